import { describe, expect, it } from 'vitest';
import { memoryLedgerStore } from '../ledger/memory-ledger-store';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 9);

const to = (id: string, address: string) =>
  aRequest({ recipient: { id, addresses: [{ address, state: 'confirmed' }] } });

describe('the registry five-day soft bounce (seed 004)', () => {
  it('should count a mailbox-full message that never recovers as bounced on day 5, and one delivered on day 3 as delivered', async () => {
    let now = START;
    const gate = createMailgate({ transport: recordingTransport(), now: () => now });
    const ada = (await gate.send(to('r-1', 'ada@example.com')))._unsafeUnwrap();
    const bob = (await gate.send(to('r-2', 'bob@example.com')))._unsafeUnwrap();
    // The receiving side says "mailbox full" for both; the events name no tenant.
    for (const [sent, address] of [
      [ada, 'ada@example.com'],
      [bob, 'bob@example.com'],
    ] as const) {
      const soft = await gate.ingest({
        type: 'bounce',
        address,
        reason: 'mailbox_full',
        permanent: false,
        messageId: sent.messageId!,
        at: START + DAY / 2,
      });
      expect(soft._unsafeUnwrap().events).toMatchObject([
        { result: 'applied', id: sent.id, match: 'provider_id', tenant: 'acme' },
      ]);
    }
    now = START + 3 * DAY;
    await gate.ingest({ type: 'delivered', address: 'bob@example.com', messageId: bob.id! });
    expect((await gate.message(ada.id!))._unsafeUnwrap()?.status).toBe('soft_bounced');

    now = START + 5 * DAY + 1;
    // Read before any sweep: the window has passed, so the read already says bounced.
    expect((await gate.message(ada.id!))._unsafeUnwrap()?.status).toBe('bounced');
    const swept = (await gate.sweep())._unsafeUnwrap();
    expect(swept).toEqual({ expired: 1, more: false });
    expect((await gate.message(ada.id!))._unsafeUnwrap()).toMatchObject({
      status: 'bounced',
      reason: 'delivery_expired',
    });
    expect((await gate.message(bob.id!))._unsafeUnwrap()?.status).toBe('delivered');
    const status = (
      await gate.addressStatus('ada@example.com', { tenant: 'acme' })
    )._unsafeUnwrap();
    expect(status).toMatchObject({ status: 'problem', problem: { kind: 'bounced' } });
    expect(
      (await gate.addressStatus('bob@example.com', { tenant: 'acme' }))._unsafeUnwrap().status,
    ).toBe('unconfirmed');
    // The problem is a suppression too: the next message to Ada is not sent.
    expect((await gate.send(to('r-1', 'ada@example.com')))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
    expect((await gate.send(to('r-2', 'bob@example.com'))).isOk()).toBe(true);
  });
});

describe('a problem that only time made, before any sweep (fail closed)', () => {
  const softBounce = (messageId: string, address: string, at: number) => ({
    type: 'bounce' as const,
    address,
    reason: 'mailbox_full' as const,
    permanent: false,
    messageId,
    at,
  });

  it('should block the next send, preflight and explain once a soft bounce is past the window, with no sweep', async () => {
    let now = START;
    const transport = recordingTransport();
    const gate = createMailgate({ transport, now: () => now });
    const ada = (await gate.send(to('r-1', 'ada@example.com')))._unsafeUnwrap();
    await gate.ingest(softBounce(ada.messageId!, 'ada@example.com', START + DAY / 2));

    now = START + 4 * DAY;
    expect((await gate.check(to('r-1', 'ada@example.com'))).isOk()).toBe(true);

    now = START + 5 * DAY + 1;
    const status = (
      await gate.addressStatus('ada@example.com', { tenant: 'acme' })
    )._unsafeUnwrap();
    expect(status).toMatchObject({ status: 'problem', problem: { kind: 'bounced' } });
    const refused = (await gate.send(to('r-1', 'ada@example.com')))._unsafeUnwrapErr();
    expect(refused).toMatchObject({ reason: 'previously_bounced', stage: 'policy' });
    expect(refused.detail).toContain('no delivery within 5 days');
    expect((await gate.check(to('r-1', 'ada@example.com')))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
    expect((await gate.explain(to('r-1', 'ada@example.com'))).map((o) => o.reason)).toEqual([
      'previously_bounced',
    ]);
    const dry = await gate
      .sendBulk([to('r-1', 'ada@example.com'), to('r-2', 'bob@example.com')], { dryRun: true })
      .done();
    expect(dry.byReason).toEqual({ previously_bounced: 1 });
    expect(transport.sent).toHaveLength(1);
  });

  it('should block an address whose messages keep soft-bouncing, in the tenant it happened in', async () => {
    let now = START;
    const gate = createMailgate({ transport: recordingTransport(), now: () => now });
    for (let day = 0; day < 3; day++) {
      now = START + day * DAY;
      const sent = (await gate.send(to('r-1', 'ada@example.com')))._unsafeUnwrap();
      await gate.ingest(softBounce(sent.messageId!, 'ada@example.com', now + 60_000));
    }
    now = START + 2 * DAY + 120_000;
    const status = (
      await gate.addressStatus('ada@example.com', { tenant: 'acme' })
    )._unsafeUnwrap();
    expect(status.problem?.detail).toContain('3 messages in a row soft-bounced');
    expect((await gate.send(to('r-1', 'ada@example.com')))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
    const elsewhere = aRequest({
      recipient: { id: 'r-1', addresses: [{ address: 'ada@example.com', state: 'confirmed' }] },
      context: { tenant: 'other' },
    });
    expect((await gate.send(elsewhere)).isOk()).toBe(true);
  });

  it('should refuse the batch when the ledger cannot say, in preflight too', async () => {
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: {
        ledger: {
          ...memoryLedgerStore(),
          screen: () => Promise.reject(new Error('connection refused')),
        },
      },
    });
    const refused = (await gate.check(to('r-1', 'ada@example.com')))._unsafeUnwrapErr();
    expect(refused).toMatchObject({ reason: 'suppression_store_unavailable' });
    expect(refused.detail).toContain('delivery ledger');
  });
});
