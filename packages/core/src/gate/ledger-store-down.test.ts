import { describe, expect, it } from 'vitest';
import { memoryLedgerStore } from '../ledger/memory-ledger-store';
import type { LedgerStore } from '../ledger/types';
import { memoryStores } from '../stores/memory-stores';
import type { IdempotencyStore } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';
import { LeaseTakenOverError } from './lease-taken-over';

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
      claim: (keys, leaseMs, owner) => {
        calls.push(`claim ${keys.join()} ${leaseMs}`);
        return store.claim(keys, leaseMs, owner);
      },
      confirm: (keys, ttlMs, owner) => {
        calls.push(`confirm ${keys.join()} ${ttlMs}`);
        return store.confirm(keys, ttlMs, owner);
      },
      release: (keys, owner) => {
        calls.push(`release ${keys.join()}`);
        return store.release(keys, owner);
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

  it('should claim, confirm and release a batch in one owner name, a new one per batch', async () => {
    const store = memoryStores().idempotency;
    const owners: string[] = [];
    const idempotency: IdempotencyStore = {
      claim: (keys, leaseMs, owner) => {
        owners.push(`claim ${owner}`);
        return store.claim(keys, leaseMs, owner);
      },
      confirm: (keys, ttlMs, owner) => {
        owners.push(`confirm ${owner}`);
        return store.confirm(keys, ttlMs, owner);
      },
      release: (keys, owner) => {
        owners.push(`release ${owner}`);
        return store.release(keys, owner);
      },
    };
    const gate = createMailgate({
      transport: recordingTransport({
        respond: (message) =>
          message.idempotencyKey?.endsWith('fails') === true
            ? {
                status: 'failed',
                reason: 'provider_rate_limited',
                permanent: false,
                retryable: true,
              }
            : { status: 'accepted', messageId: '<m@x>' },
      }),
      stores: { idempotency },
    });
    const batch = (run: string) =>
      ['sent', 'fails'].map((end) => aRequest({ context: { idempotencyKey: `${run}-${end}` } }));
    await gate.sendBulk([...batch('one'), ...batch('two')], { batchSize: 2 }).done();
    await gate.close();
    const names = owners.map((call) => call.split(' ')[1]);
    expect(owners.map((call) => call.split(' ')[0]).sort()).toEqual(
      ['claim', 'claim', 'confirm', 'confirm', 'release', 'release'].sort(),
    );
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(names.filter((other) => other === name)).toHaveLength(3);
  });

  it('should report keys taken over during a send to onError, and keep their outcomes', async () => {
    let now = 1_000_000;
    const stores = memoryStores({ now: () => now });
    const errors: { error: unknown; where: string }[] = [];
    // While the gate sends, its lease lapses and another process takes each key over.
    const takeOver = async (key: string) => {
      now += 10 * 60_000;
      expect(await stores.idempotency.claim([key], 60_000, 'other-process')).toEqual([true]);
    };
    const gate = createMailgate({
      transport: recordingTransport({
        respond: async (message) => {
          await takeOver(message.idempotencyKey!);
          return message.idempotencyKey === 'went-out'
            ? { status: 'accepted', messageId: '<m@x>' }
            : {
                status: 'failed',
                reason: 'provider_rate_limited',
                permanent: false,
                retryable: true,
              };
        },
      }),
      stores,
      now: () => now,
      hooks: { onError: (error, where) => errors.push({ error, where }) },
    });
    const sent = await gate.send(aRequest({ context: { idempotencyKey: 'went-out' } }));
    const failed = await gate.send(aRequest({ context: { idempotencyKey: 'failed' } }));
    await gate.close();
    expect(sent.isOk()).toBe(true);
    expect(failed._unsafeUnwrapErr().reason).toBe('provider_rate_limited');
    expect(errors.map(({ where }) => where)).toEqual([
      'idempotency.confirm',
      'idempotency.release',
    ]);
    const [confirmed, released] = errors.map(({ error }) => error as LeaseTakenOverError);
    expect(confirmed).toBeInstanceOf(LeaseTakenOverError);
    expect(confirmed).toMatchObject({ action: 'confirm', keys: ['went-out'] });
    expect(released).toMatchObject({ action: 'release', keys: ['failed'] });
    // The message that went out keeps its key sent, even against the other claimant's
    // release; the failed send left the other claimant's claim alone.
    expect(await stores.idempotency.release(['went-out'], 'other-process')).toEqual([false]);
    expect(await stores.idempotency.claim(['went-out', 'failed'], 60_000, 'third')).toEqual([
      false,
      false,
    ]);
  });

  it('should report a confirm answer of the wrong shape to onError', async () => {
    const store = memoryStores().idempotency;
    const errors: string[] = [];
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: {
        idempotency: {
          ...store,
          confirm: async () => [] as boolean[],
        },
      },
      hooks: { onError: (_error, where) => errors.push(where) },
    });
    expect((await gate.send(aRequest({ context: { idempotencyKey: 'k' } }))).isOk()).toBe(true);
    await gate.close();
    expect(errors).toEqual(['idempotency.confirm']);
  });
});
