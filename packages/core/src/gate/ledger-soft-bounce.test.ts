import { describe, expect, it } from 'vitest';
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
