import { describe, expect, it } from 'vitest';
import { memoryLedgerStore } from '../ledger/memory-ledger-store';
import type { LedgerStore } from '../ledger/types';
import { memoryStores } from '../stores/memory-stores';
import type { IdempotencyStore } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

/** A ledger whose every call fails, as a database that is down does. */
function downLedger(): LedgerStore {
  return Object.fromEntries(
    Object.keys(memoryLedgerStore()).map((name) => [
      name,
      () => Promise.reject(new Error('connection refused')),
    ]),
  ) as unknown as LedgerStore;
}

const bounce = {
  type: 'bounce',
  address: 'ada@example.com',
  tenant: 'acme',
  reason: 'mailbox_disabled',
  permanent: true,
} as const;

describe('a ledger store that is down', () => {
  it('should refuse to send, one message or a mailing, and say why', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores: { ledger: downLedger() } });
    const outcome = (await gate.send(aRequest()))._unsafeUnwrapErr();
    expect(outcome).toMatchObject({ reason: 'suppression_store_unavailable', stage: 'policy' });
    expect(outcome.detail).toContain('delivery ledger');
    const bulk = await gate.sendBulk([aRequest(), aRequest()]).done();
    expect(bulk.byReason).toEqual({ suppression_store_unavailable: 2 });
    expect(transport.sent).toHaveLength(0);
  });

  it('should answer ingest and every query with a typed error, never a throw', async () => {
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: { ledger: downLedger() },
      erasureKey: 'a test key of at least 16 bytes',
    });
    expect((await gate.ingest(bounce))._unsafeUnwrapErr().type).toBe('store_unavailable');
    const answers = await Promise.all([
      gate.message('01M94ZAT3P0A9RSQV0ZXKRA4N1'),
      gate.messages({ tenant: 'acme' }),
      gate.addressStatus('ada@example.com', { tenant: 'acme' }),
      gate.addressHistory('r-1', { tenant: 'acme' }),
      gate.changeAddress({ tenant: 'acme', recipientId: 'r-1', to: 'a@b.example', actor: 'x' }),
      gate.setConfirmation({ tenant: 'acme', address: 'a@b.example', state: 'confirmed' }),
      gate.forget('ada@example.com'),
      gate.sweep(),
    ]);
    for (const answer of answers)
      expect(answer._unsafeUnwrapErr()).toMatchObject({ type: 'store_unavailable' });
  });

  it('should lose nothing when the suppression write fails: the same ingest again suppresses', async () => {
    const stores = memoryStores();
    let down = true;
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: {
        ...stores,
        suppressions: {
          ...stores.suppressions,
          add: (entries, by) =>
            down ? Promise.reject(new Error('down')) : stores.suppressions.add(entries, by),
        },
      },
    });
    expect((await gate.ingest(bounce))._unsafeUnwrapErr().type).toBe('store_unavailable');
    expect((await gate.check(aRequest())).isOk()).toBe(true);
    down = false;
    const again = (await gate.ingest(bounce))._unsafeUnwrap();
    expect(again).toMatchObject({
      suppressed: 'previously_bounced',
      events: [{ result: 'duplicate' }],
    });
    expect((await gate.send(aRequest()))._unsafeUnwrapErr().reason).toBe('previously_bounced');
  });
});

describe('idempotency leases', () => {
  function spied() {
    const store = memoryStores().idempotency;
    const calls: string[] = [];
    const idempotency: IdempotencyStore = {
      claim: (keys, leaseMs) => {
        calls.push(`claim ${keys.join()} ${leaseMs}`);
        return store.claim(keys, leaseMs);
      },
      confirm: (keys, ttlMs) => {
        calls.push(`confirm ${keys.join()} ${ttlMs}`);
        return store.confirm(keys, ttlMs);
      },
      release: (keys) => {
        calls.push(`release ${keys.join()}`);
        return store.release(keys);
      },
    };
    return { idempotency, calls };
  }

  it('should claim a lease for the send, and confirm the key once it went out', async () => {
    const { idempotency, calls } = spied();
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: { idempotency },
      sendTimeoutMs: 10_000,
      storeTimeoutMs: 1_000,
      idempotencyTtlMs: 86_400_000,
    });
    const request = aRequest({ context: { idempotencyKey: 'invite-42' } });
    expect((await gate.send(request)).isOk()).toBe(true);
    await gate.close();
    expect(calls).toEqual(['claim invite-42 74000', 'confirm invite-42 86400000']);
  });

  it('should confirm after an uncertain send and release after one that surely failed', async () => {
    const { idempotency, calls } = spied();
    const gate = createMailgate({
      transport: recordingTransport({
        respond: [
          { status: 'failed', reason: 'provider_rate_limited', permanent: false, retryable: true },
          {
            status: 'failed',
            reason: 'unknown',
            permanent: false,
            retryable: false,
            uncertain: true,
          },
        ],
      }),
      stores: { idempotency },
    });
    await gate.send(aRequest({ context: { idempotencyKey: 'a' } }));
    await gate.send(aRequest({ context: { idempotencyKey: 'b' } }));
    await gate.close();
    expect(calls.filter((call) => !call.startsWith('claim'))).toEqual([
      'release a',
      expect.stringMatching(/^confirm b /),
    ]);
    expect((await gate.send(aRequest({ context: { idempotencyKey: 'b' } }))).isErr()).toBe(true);
  });
});
