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
