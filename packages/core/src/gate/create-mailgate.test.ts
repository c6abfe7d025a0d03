import { describe, expect, it } from 'vitest';
import { useDisposableDomains } from '../address/use-disposable-domains';
import { disposableDomains } from '../disposable';
import { en, nl, sv } from '../locales';
import { describeReason } from '../reasons/describe-reason';
import type { Reason } from '../reasons/reason';
import { memoryStores } from '../stores/memory-stores';
import type { SuppressionInput } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

useDisposableDomains(disposableDomains());

const NOW = Date.parse('2026-11-23T12:00:00Z');
const DAY = 86_400_000;

async function gateWith(suppressions: SuppressionInput[] = []) {
  const stores = memoryStores();
  await stores.suppressions.add(suppressions, { actor: 'test' });
  const transport = recordingTransport();
  const gate = createMailgate({ transport, stores, now: () => NOW });
  return { gate, transport, stores };
}

const suppression = (fields: Partial<SuppressionInput>): SuppressionInput => ({
  key: 'ada@example.com',
  scope: { tenant: 'acme' },
  reason: 'previously_bounced',
  source: 'bounce',
  ...fields,
});

describe('createMailgate', () => {
  it('should send a request that passes every policy, exactly once, to the resolved address', async () => {
    const { gate, transport } = await gateWith();
    const result = await gate.send(aRequest());
    expect(result.isOk()).toBe(true);
    expect(result._unsafeUnwrap()).toMatchObject({
      status: 'sent',
      address: 'ada@example.com',
      transport: 'recording',
    });
    expect(transport.sent).toHaveLength(1);
    expect(transport.sent[0]).toMatchObject({
      to: [{ address: 'ada@example.com', name: 'Ada Lovelace' }],
      from: { address: 'jobs-team@agency.example', name: 'Agency' },
      subject: 'A vacancy for you',
    });
  });

  const resolveCases: [string, Parameters<typeof aRequest>[0], Reason][] = [
    [
      'a missing private address',
      {
        message: { addressLabel: 'private' },
        recipient: { addresses: [{ address: 'a@work.example', label: 'business' }] },
      },
      'no_address',
    ],
    ['a template for contacts', { message: { recipientType: 'contact' } }, 'wrong_recipient_type'],
    [
      'a malformed to-address',
      { recipient: { addresses: [{ address: 'ada(at)example.com' }] } },
      'invalid_recipient_address',
    ],
    ['a malformed from-address', { message: { from: 'jobs@@agency' } }, 'invalid_sender_address'],
    [
      'an address flagged invalid',
      { recipient: { addresses: [{ address: 'ada@example.com', state: 'flagged_invalid' }] } },
      'address_flagged_invalid',
    ],
    [
      'a role address in marketing',
      { recipient: { addresses: [{ address: 'info@example.com' }] } },
      'role_address',
    ],
    [
      'a disposable address',
      { recipient: { addresses: [{ address: 'someone@mailinator.com' }] } },
      'disposable_address',
    ],
    [
      'a line break in the subject',
      { message: { subject: 'Hi\r\nBcc: all@example.com' } },
      'invalid_request',
    ],
    [
      'a Bcc smuggled in as a header',
      { message: { headers: { Bcc: 'all@example.com' } } },
      'invalid_request',
    ],
  ];
  it.each(resolveCases)(
    'should refuse %s at the resolve stage',
    async (_name, overrides, reason) => {
      const { gate, transport } = await gateWith();
      const result = await gate.send(aRequest(overrides));
      expect(result._unsafeUnwrapErr()).toMatchObject({
        status: 'not_sent',
        reason,
        stage: 'resolve',
        recipientId: 'r-1',
      });
      expect(transport.sent).toHaveLength(0);
    },
  );

  const policyCases: [string, Parameters<typeof aRequest>[0], SuppressionInput[], Reason][] = [
    ['a tenant bounce', {}, [suppression({})], 'previously_bounced'],
    ['a global bounce', {}, [suppression({ scope: 'global' })], 'globally_bounced'],
    [
      'a complaint',
      {},
      [suppression({ reason: 'previously_complained', source: 'complaint' })],
      'previously_complained',
    ],
    [
      'an unsubscribe from all',
      {},
      [suppression({ reason: 'unsubscribed_from_all' })],
      'unsubscribed_from_all',
    ],
    [
      'an unsubscribe marked on the record',
      { recipient: { subscriptions: { all: 'unsubscribed' } } },
      [],
      'unsubscribed_from_all',
    ],
    [
      'an unsubscribe from the type',
      { context: { subscriptionType: 'vacancies' } },
      [suppression({ reason: 'unsubscribed_from_type', subscriptionType: 'vacancies' })],
      'unsubscribed_from_type',
    ],
    [
      'a type unsubscribed on the record',
      {
        context: { subscriptionType: 'news' },
        recipient: { subscriptions: { byType: { news: 'unsubscribed' } } },
      },
      [],
      'unsubscribed_from_type',
    ],
    [
      'an unconfirmed address',
      {
        recipient: { addresses: [{ address: 'ada@example.com', state: 'confirmation_requested' }] },
      },
      [],
      'opt_in_unconfirmed',
    ],
    [
      'a pending subscription',
      { recipient: { subscriptions: { all: 'pending' } } },
      [],
      'opt_in_unconfirmed',
    ],
    [
      'a platform opt-out',
      { recipient: { optedOutOfPlatform: true } },
      [],
      'recipient_opted_out_of_platform',
    ],
    [
      'a platform opt-out on the list',
      {},
      [suppression({ reason: 'recipient_opted_out_of_platform', scope: 'global' })],
      'recipient_opted_out_of_platform',
    ],
    [
      'a company opt-out',
      { recipient: { company: { id: 'co-1', optedOut: true } } },
      [],
      'company_opted_out',
    ],
    [
      'a blocked domain',
      {},
      [suppression({ key: '@example.com', reason: 'domain_blocked', scope: 'global' })],
      'domain_blocked',
    ],
    [
      'a status that forbids mailings',
      { recipient: { status: { name: 'Deceased', forbidsMailings: true } } },
      [],
      'recipient_status_blocked',
    ],
    [
      'a group that forbids mailings',
      { recipient: { groups: [{ name: 'Do not mail', forbidsMailings: true }] } },
      [],
      'recipient_group_blocked',
    ],
    [
      'an address flagged invalid on the list',
      {},
      [suppression({ reason: 'address_flagged_invalid' })],
      'address_flagged_invalid',
    ],
    [
      'no engagement for a year',
      { recipient: { lastEngagementAt: NOW - 365 * DAY } },
      [],
      'low_engagement',
    ],
    [
      'a deleted sender',
      { context: { sender: { id: 'u-9', deleted: true } } },
      [],
      'sender_deleted',
    ],
  ];
  it.each(policyCases)('should refuse %s', async (_name, overrides, suppressions, reason) => {
    const { gate, transport } = await gateWith(suppressions);
    const result = await gate.send(aRequest(overrides));
    expect(result._unsafeUnwrapErr()).toMatchObject({ reason, recipientId: 'r-1' });
    expect(transport.sent).toHaveLength(0);
  });

  it('should compare addresses case-insensitively and in punycode', async () => {
    const { gate } = await gateWith([suppression({ key: 'ada@xn--bcher-kva.example' })]);
    const result = await gate.check(
      aRequest({ recipient: { addresses: [{ address: 'Ada@Bücher.example' }] } }),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      reason: 'previously_bounced',
      address: 'Ada@Bücher.example',
    });
  });

  it('should let an individual message through a status or group that forbids mailings', async () => {
    const overrides = {
      recipient: {
        status: { name: 'Not available', forbidsMailings: true },
        groups: [{ name: 'No mail', forbidsMailings: true }],
      },
      context: { mode: 'individual' as const, category: 'recruiting' },
    };
    const { gate, transport } = await gateWith();
    expect((await gate.send(aRequest(overrides))).isOk()).toBe(true);
    expect(transport.sent).toHaveLength(1);
  });

  it('should still stop an individual message to an address that bounced or complained', async () => {
    const individual = { context: { mode: 'individual' as const, category: 'recruiting' } };
    const bounced = await gateWith([suppression({})]);
    expect((await bounced.gate.send(aRequest(individual)))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
    const complained = await gateWith([suppression({ reason: 'previously_complained' })]);
    expect((await complained.gate.send(aRequest(individual)))._unsafeUnwrapErr().reason).toBe(
      'previously_complained',
    );
  });

  it('should send transactional mail to someone unsubscribed from marketing', async () => {
    const { gate } = await gateWith([suppression({ reason: 'unsubscribed_from_all' })]);
    const result = await gate.send(aRequest({ context: { category: 'transactional' } }));
    expect(result.isOk()).toBe(true);
  });

  it('should warn about a likely typo without rewriting the address', async () => {
    const { gate, transport } = await gateWith();
    const result = await gate.send(
      aRequest({ recipient: { addresses: [{ address: 'ada@gnail.com' }] } }),
    );
    expect(result._unsafeUnwrap().warnings).toContainEqual({
      type: 'address_suggestion',
      address: 'ada@gnail.com',
      suggestion: 'ada@gmail.com',
    });
    expect(transport.sent[0]?.to[0]?.address).toBe('ada@gnail.com');
  });

  it('should never send the same idempotency key twice', async () => {
    const { gate, transport } = await gateWith();
    const request = aRequest({ context: { idempotencyKey: 'welcome-r-1' } });
    expect((await gate.send(request)).isOk()).toBe(true);
    expect((await gate.send(request))._unsafeUnwrapErr()).toMatchObject({
      reason: 'duplicate_request',
    });
    expect(transport.sent).toHaveLength(1);
  });

  it('should give the key back after a failure that surely did not send, so a retry may go', async () => {
    const stores = memoryStores();
    const transport = recordingTransport({
      respond: [
        {
          status: 'failed',
          reason: 'provider_rate_limited',
          permanent: false,
          retryable: true,
          retryAfterMs: 1_000,
        },
        { status: 'accepted', messageId: 'm-2' },
      ],
    });
    const gate = createMailgate({ transport, stores });
    const request = aRequest({ context: { idempotencyKey: 'k-1' } });
    expect((await gate.send(request))._unsafeUnwrapErr()).toMatchObject({
      reason: 'provider_rate_limited',
      stage: 'transport',
      retryable: true,
      retryAfterMs: 1_000,
    });
    expect((await gate.send(request))._unsafeUnwrap()).toMatchObject({ messageId: 'm-2' });
  });

  it('should keep the key after an uncertain failure: the message may have gone out', async () => {
    const transport = recordingTransport({
      respond: {
        status: 'failed',
        reason: 'provider_timeout',
        permanent: false,
        retryable: true,
        uncertain: true,
      },
    });
    const gate = createMailgate({ transport });
    const request = aRequest({ context: { idempotencyKey: 'k-2' } });
    expect((await gate.send(request))._unsafeUnwrapErr()).toMatchObject({
      uncertain: true,
      retryable: false,
    });
    expect((await gate.send(request))._unsafeUnwrapErr().reason).toBe('duplicate_request');
    expect(transport.sent).toHaveLength(1);
  });

  it('should report each recipient the provider refused while accepting the message', async () => {
    const transport = recordingTransport({
      respond: {
        status: 'accepted',
        messageId: 'm',
        refused: [{ address: 'cc@example.com', reason: 'recipient_unknown', permanent: true }],
      },
    });
    const gate = createMailgate({ transport });
    const result = await gate.send(aRequest({ message: { cc: ['cc@example.com'] } }));
    expect(result._unsafeUnwrap().refused).toEqual([
      { address: 'cc@example.com', reason: 'recipient_unknown', permanent: true },
    ]);
  });

  it('should turn a throwing transport into an uncertain unknown outcome', async () => {
    const gate = createMailgate({
      transport: {
        specificationVersion: 'v1',
        name: 'broken',
        send: () => Promise.reject(new Error('password=hunter2')),
      },
    });
    const outcome = (await gate.send(aRequest()))._unsafeUnwrapErr();
    expect(outcome).toMatchObject({ reason: 'unknown', stage: 'transport', uncertain: true });
    expect(JSON.stringify(outcome)).not.toContain('hunter2');
  });

  it('should turn an answer it does not understand into an uncertain unknown outcome', async () => {
    const gate = createMailgate({
      transport: {
        specificationVersion: 'v1',
        name: 'odd',
        send: async () => ({ status: 'maybe' }) as never,
      },
    });
    expect((await gate.send(aRequest()))._unsafeUnwrapErr()).toMatchObject({
      reason: 'unknown',
      uncertain: true,
    });
  });

  it('should give up on a transport that does not answer in time', async () => {
    const gate = createMailgate({
      transport: { specificationVersion: 'v1', name: 'slow', send: () => new Promise(() => {}) },
      sendTimeoutMs: 50,
    });
    expect((await gate.send(aRequest()))._unsafeUnwrapErr()).toMatchObject({
      reason: 'provider_timeout',
      stage: 'transport',
      uncertain: true,
    });
  });

  it('should answer every request with invalid_request when it has no transport', async () => {
    const gate = createMailgate({} as never);
    expect((await gate.send(aRequest()))._unsafeUnwrapErr()).toMatchObject({
      reason: 'invalid_request',
    });
    expect((await gate.check(aRequest()))._unsafeUnwrapErr().detail).toContain('transport');
  });

  it('should refuse to send with an erasure key shorter than 16 bytes, and send with one of 16', async () => {
    for (const erasureKey of ['short', 'fifteen bytes..', 42]) {
      const transport = recordingTransport();
      const gate = createMailgate({ transport, erasureKey: erasureKey as string });
      const refused = (await gate.send(aRequest()))._unsafeUnwrapErr();
      expect(refused).toMatchObject({ reason: 'invalid_request' });
      expect(refused.detail).toContain('erasureKey');
      expect(transport.sent).toHaveLength(0);
    }
    const transport = recordingTransport();
    const gate = createMailgate({ transport, erasureKey: 'sixteen bytes!!!' });
    expect((await gate.send(aRequest())).isOk()).toBe(true);
    expect(transport.sent).toHaveLength(1);
  });

  it('should turn a throwing policy into policy_failed and not send', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      policies: [
        {
          name: 'broken',
          evaluate: () => {
            throw new Error('bug');
          },
        },
      ],
    });
    expect((await gate.send(aRequest()))._unsafeUnwrapErr()).toMatchObject({
      reason: 'policy_failed',
      policy: 'broken',
    });
    expect(transport.sent).toHaveLength(0);
  });

  it('should report every outcome to the onOutcome hook, and survive a hook that throws', async () => {
    const seen: string[] = [];
    const errors: string[] = [];
    const gate = createMailgate({
      transport: recordingTransport(),
      hooks: {
        onOutcome: (outcome) => {
          seen.push(outcome.status);
          throw new Error('hook bug');
        },
        onError: (_error, where) => errors.push(where),
      },
    });
    expect((await gate.send(aRequest())).isOk()).toBe(true);
    expect(seen).toEqual(['sent']);
    expect(errors).toEqual(['onOutcome']);
  });

  it('should describe reasons in the configured language', () => {
    const gate = createMailgate({ transport: recordingTransport(), locale: 'sv', texts: { sv } });
    expect(gate.describe('mailbox_full')).toEqual(sv.mailbox_full);
    expect(gate.describe('mailbox_full', 'en')).toEqual(en.mailbox_full);
    expect(gate.describe('no_such_reason' as Reason, 'sv')).toEqual(sv.unknown);
  });

  it('should describe in English, and say so once, when the texts of its locale were not given', () => {
    const errors: string[] = [];
    const gate = createMailgate({
      transport: recordingTransport(),
      locale: 'nl',
      texts: { sv },
      hooks: { onError: (error, where) => errors.push(`${where}: ${String(error)}`) },
    });
    expect(gate.describe('mailbox_full')).toEqual(en.mailbox_full);
    expect(gate.describe('mailbox_full', 'sv')).toEqual(sv.mailbox_full);
    expect(errors).toEqual([
      "config.texts: Error: no reason texts for locale 'nl': describing in English; pass texts: { nl } from '@mailgate/core/locales'",
    ]);
  });

  it('should give every language of describeReason when all texts are passed', () => {
    const gate = createMailgate({ transport: recordingTransport(), texts: { nl, sv } });
    for (const locale of ['en', 'nl', 'sv'] as const)
      expect(gate.describe('mailbox_full', locale)).toEqual(describeReason('mailbox_full', locale));
  });
});

describe('check and explain', () => {
  it('should answer where a message would go, without sending or counting', async () => {
    const { gate, transport } = await gateWith();
    const result = await gate.check(aRequest());
    expect(result._unsafeUnwrap()).toEqual({
      status: 'ready',
      recipientId: 'r-1',
      address: 'ada@example.com',
      warnings: [],
    });
    expect(transport.sent).toHaveLength(0);
  });

  it('should list every blocking reason in policy order', async () => {
    const { gate } = await gateWith([
      suppression({}),
      suppression({ reason: 'previously_complained' }),
    ]);
    const reasons = await gate.explain(
      aRequest({
        recipient: {
          status: { name: 'Deceased', forbidsMailings: true },
          subscriptions: { all: 'unsubscribed' },
        },
      }),
    );
    expect(reasons.map((outcome) => outcome.reason)).toEqual([
      'previously_complained',
      'unsubscribed_from_all',
      'previously_bounced',
      'recipient_status_blocked',
    ]);
  });

  it('should list resolve problems together', async () => {
    const { gate } = await gateWith();
    const reasons = await gate.explain(
      aRequest({ message: { from: 'bad', recipientType: 'contact' } }),
    );
    expect(reasons.map((outcome) => outcome.reason)).toEqual([
      'invalid_sender_address',
      'wrong_recipient_type',
    ]);
  });

  it('should answer [] when the message would go out', async () => {
    const { gate } = await gateWith();
    expect(await gate.explain(aRequest())).toEqual([]);
  });
});
