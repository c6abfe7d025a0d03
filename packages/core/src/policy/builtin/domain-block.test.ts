import { describe, expect, it } from 'vitest';
import { createMailgate } from '../../gate/create-mailgate';
import { memoryStores } from '../../stores/memory-stores';
import { domainKeyChain } from '../../stores/suppression-key';
import { aRequest } from '../../test-support/requests';
import { recordingTransport } from '../../transport/recording-transport';

const to = (address: string, id = 'r-1') =>
  aRequest({ recipient: { id, addresses: [{ address }] } });

async function gateBlocking(domain: string) {
  const stores = memoryStores();
  await stores.suppressions.add(
    [{ key: domain, scope: { tenant: 'acme' }, reason: 'domain_blocked', source: 'admin' }],
    { actor: 'test' },
  );
  const calls: (readonly string[])[] = [];
  const suppressions = {
    ...stores.suppressions,
    lookup: (...args: Parameters<typeof stores.suppressions.lookup>) => {
      calls.push(args[1]);
      return stores.suppressions.lookup(...args);
    },
  };
  const gate = createMailgate({ transport: recordingTransport(), stores: { suppressions } });
  return { gate, calls };
}

describe('domain blocks', () => {
  it.each([
    ['the blocked domain itself', 'ann@blocked.example', 'blocked.example on the tenant list'],
    [
      'a subdomain',
      'ann@mail.blocked.example',
      'mail.blocked.example, under blocked.example, on the tenant list',
    ],
    [
      'a deeper subdomain, in capitals',
      'Ann@EU.Mail.Blocked.Example',
      'eu.mail.blocked.example, under blocked.example,',
    ],
  ])('should cover %s', async (_name, address, detail) => {
    const { gate } = await gateBlocking('@blocked.example');
    const outcome = (await gate.check(to(address)))._unsafeUnwrapErr();
    expect(outcome).toMatchObject({ reason: 'domain_blocked', policy: 'domain-blocked' });
    expect(outcome.detail).toContain(detail);
  });

  it.each([
    ['a domain that only ends in the same letters', 'ann@notblocked.example'],
    ['a sibling domain', 'ann@other.example'],
    ['a longer domain that starts with the blocked one', 'ann@blocked.example.org'],
  ])('should not cover %s', async (_name, address) => {
    const { gate } = await gateBlocking('@blocked.example');
    expect((await gate.check(to(address))).isOk()).toBe(true);
  });

  it('should not let a block on a subdomain cover its parent', async () => {
    const { gate } = await gateBlocking('@mail.blocked.example');
    expect((await gate.check(to('ann@blocked.example'))).isOk()).toBe(true);
    expect((await gate.check(to('ann@mail.blocked.example'))).isErr()).toBe(true);
  });

  it('should look a batch up in one store call, asking for each domain and parent once', async () => {
    const { gate, calls } = await gateBlocking('@blocked.example');
    const requests = [
      to('a@mail.blocked.example', 'r-1'),
      to('b@mail.blocked.example', 'r-2'),
      to('c@eu.blocked.example', 'r-3'),
      to('d@example.com', 'r-4'),
    ];
    const summary = await gate.sendBulk(requests, { dryRun: true }).done();
    expect(summary).toMatchObject({ ready: 1, byReason: { domain_blocked: 3 } });
    expect(calls).toEqual([
      [
        'a@mail.blocked.example',
        'b@mail.blocked.example',
        'c@eu.blocked.example',
        'd@example.com',
        '@mail.blocked.example',
        '@blocked.example',
        '@eu.blocked.example',
        '@example.com',
      ],
    ]);
  });

  it('should find a domain under itself and each parent of two labels or more', () => {
    expect(domainKeyChain('@example.com')).toEqual(['@example.com']);
    expect(domainKeyChain('@a.b.example.co.uk')).toEqual([
      '@a.b.example.co.uk',
      '@b.example.co.uk',
      '@example.co.uk',
      '@co.uk',
    ]);
  });
});
