import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import type { SuppressionStore } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

function gateWithLookup(lookup: SuppressionStore['lookup']) {
  const stores = memoryStores();
  const transport = recordingTransport();
  const suppressions: SuppressionStore = { ...stores.suppressions, lookup };
  return {
    gate: createMailgate({ transport, stores: { suppressions }, storeTimeoutMs: 50 }),
    transport,
  };
}

describe('a store that fails', () => {
  it('should refuse to send when the suppression store throws', async () => {
    const { gate, transport } = gateWithLookup(() => {
      throw new Error('connection refused');
    });
    const outcome = (await gate.send(aRequest()))._unsafeUnwrapErr();
    expect(outcome).toMatchObject({
      reason: 'suppression_store_unavailable',
      stage: 'policy',
      recipientId: 'r-1',
    });
    expect(transport.sent).toHaveLength(0);
  });

  it('should refuse to send when the suppression store hangs past the time-out', async () => {
    const { gate, transport } = gateWithLookup(() => new Promise(() => {}));
    expect((await gate.send(aRequest()))._unsafeUnwrapErr().reason).toBe(
      'suppression_store_unavailable',
    );
    expect((await gate.check(aRequest()))._unsafeUnwrapErr().reason).toBe(
      'suppression_store_unavailable',
    );
    expect(transport.sent).toHaveLength(0);
  });

  it('should give every request of a bulk run the same answer, and send none', async () => {
    const { gate, transport } = gateWithLookup(() => Promise.reject(new Error('down')));
    const run = gate.sendBulk(
      Array.from({ length: 20 }, (_, i) => aRequest({ recipient: { id: `r-${i}` } })),
    );
    const summary = await run.done();
    expect(summary).toMatchObject({
      total: 20,
      sent: 0,
      byReason: { suppression_store_unavailable: 20 },
    });
    expect(transport.sent).toHaveLength(0);
  });

  it('should refuse to send when the idempotency store fails', async () => {
    const stores = memoryStores();
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      stores: {
        idempotency: { ...stores.idempotency, claim: () => Promise.reject(new Error('down')) },
      },
    });
    const outcome = (
      await gate.send(aRequest({ context: { idempotencyKey: 'k' } }))
    )._unsafeUnwrapErr();
    expect(outcome.reason).toBe('suppression_store_unavailable');
    expect(transport.sent).toHaveLength(0);
  });
});

describe('a slow store', () => {
  it('should give back a claim that answers after the time-out, so the retry may go', async () => {
    const stores = memoryStores();
    let answerLate: (() => void) | undefined;
    const transport = recordingTransport();
    const late = createMailgate({
      transport,
      storeTimeoutMs: 20,
      stores: {
        ...stores,
        idempotency: {
          ...stores.idempotency,
          // Claims in the store at once, but answers only after the gate gave up.
          claim: async (keys, ttlMs, owner) => {
            const claimed = await stores.idempotency.claim(keys, ttlMs, owner);
            await new Promise<void>((resolve) => {
              answerLate = resolve;
            });
            return claimed;
          },
        },
      },
    });
    const request = aRequest({ context: { idempotencyKey: 'late-1' } });
    expect((await late.send(request))._unsafeUnwrapErr().reason).toBe(
      'suppression_store_unavailable',
    );
    answerLate!();
    // The late answer, and the release it starts, settle within this turn of the loop.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const retry = createMailgate({ transport, stores });
    expect((await retry.send(request)).isOk()).toBe(true);
    expect(transport.sent).toHaveLength(1);
  });

  it('should not hold back the outcome of a sent message while the counter store hangs', async () => {
    const { frequencyCapPolicy } = await import('../policy/builtin/counter-policies');
    const stores = memoryStores();
    const errors: string[] = [];
    const hanging = new Promise<void>(() => {});
    const gate = createMailgate({
      transport: recordingTransport(),
      storeTimeoutMs: 60_000,
      policies: [frequencyCapPolicy({ max: 5 })],
      stores: { counters: { ...stores.counters, increment: () => hanging } },
      hooks: { onError: (_error, where) => errors.push(where) },
    });
    // With the 60 s store time-out, the test's own time-out fails this if the send waits.
    const outcome = await gate.send(aRequest());
    expect(outcome.isOk()).toBe(true);
    expect(errors).toEqual([]);
  });
});
