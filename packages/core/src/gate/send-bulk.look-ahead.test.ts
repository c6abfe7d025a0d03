import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import type { SuppressionStore } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';
import type { BulkItem } from './send-bulk';

const requests = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    aRequest({ recipient: { id: `r-${i}`, addresses: [{ address: `person${i}@example.com` }] } }),
  );

/**
 * A suppression store whose look-ups answer only when the test says so, in any order:
 * it shows how many batches are decided at once and what comes out meanwhile.
 */
function heldLookups(stores = memoryStores()) {
  const held: { readonly first: string; release(fail?: boolean): void }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const suppressions: SuppressionStore = {
    ...stores.suppressions,
    lookup(tenant, keys, now) {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return new Promise((resolve, reject) => {
        held.push({
          first: keys[0]!,
          release(fail = false) {
            inFlight--;
            if (fail) reject(new Error('connection terminated'));
            else resolve(stores.suppressions.lookup(tenant, keys, now));
          },
        });
      });
    },
  };
  return { stores: { ...stores, suppressions }, held, mostInFlight: () => mostInFlight };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function untilHeld(held: readonly unknown[], count: number): Promise<void> {
  for (let i = 0; i < 200 && held.length < count; i++) await tick();
  expect(held).toHaveLength(count);
}

describe('sendBulk look-ahead', () => {
  it('should decide the next batch of a dry run while the one before waits for its stores, and answer in order', async () => {
    const { stores, held, mostInFlight } = heldLookups();
    await stores.suppressions.add(
      [{ key: 'person3@example.com', scope: 'global', reason: 'previously_bounced', source: 't' }],
      { actor: 'test' },
    );
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const items: BulkItem[] = [];
    const run = gate.sendBulk(requests(6), { dryRun: true, batchSize: 2 });
    const reading = (async () => {
      for await (const item of run) items.push(item);
    })();
    // The second batch is asked about before the first is answered; no third yet.
    await untilHeld(held, 2);
    expect(held.map((h) => h.first)).toEqual(['person0@example.com', 'person2@example.com']);
    // The second batch answers first: nothing comes out until the first has.
    held[1]!.release();
    await tick();
    expect(items).toHaveLength(0);
    held[0]!.release();
    await untilHeld(held, 3);
    held[2]!.release();
    await reading;
    expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(items.map((item) => item.outcome.status)).toEqual([
      'ready',
      'ready',
      'ready',
      'not_sent',
      'ready',
      'ready',
    ]);
    expect(mostInFlight()).toBe(2);
  });

  it('should fail closed only the batch whose store failed while the next was decided', async () => {
    const { stores, held } = heldLookups();
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const run = gate.sendBulk(requests(4), { dryRun: true, batchSize: 2 });
    const done = (async () => {
      const items: BulkItem[] = [];
      for await (const item of run) items.push(item);
      return items;
    })();
    await untilHeld(held, 2);
    held[1]!.release();
    held[0]!.release(true);
    const items = await done;
    expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3]);
    expect(
      items.map((item) =>
        item.outcome.status === 'not_sent' ? item.outcome.reason : item.outcome.status,
      ),
    ).toEqual(['suppression_store_unavailable', 'suppression_store_unavailable', 'ready', 'ready']);
  });

  it('should not look ahead when sending: a batch is decided after the one before is counted', async () => {
    const { stores, held, mostInFlight } = heldLookups();
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores });
    const done = gate.sendBulk(requests(4), { batchSize: 2 }).done();
    await untilHeld(held, 1);
    await tick();
    expect(held).toHaveLength(1);
    held[0]!.release();
    await untilHeld(held, 2);
    expect(transport.sent).toHaveLength(2);
    held[1]!.release();
    expect(await done).toMatchObject({ total: 4, sent: 4 });
    expect(mostInFlight()).toBe(1);
  });
});
