import {
  createMailgate,
  type Mailgate,
  memoryLedgerStore,
  memoryMailingStore,
  memoryStores,
  recordingTransport,
} from '@mailgate/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMailgateWorker, type MailgateWorker } from './create-mailgate-worker';
import { enqueueMailing } from './enqueue-mailing';
import { mailingProgress } from './mailing-progress';
import { members } from './test-support/members';
import { drained, dropPrefix, redisUrl, uniqueName, waitFor } from './test-support/test-redis';

const url = redisUrl('queue-bullmq pause');
const BATCH = 10;
const WORKERS = 3;

describe.skipIf(url === undefined)('pausing a queued mailing', () => {
  let redis: Redis;
  const prefixes: string[] = [];
  let workers: MailgateWorker[] = [];

  beforeAll(() => {
    redis = new Redis(url!, { maxRetriesPerRequest: null });
  });
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    workers = [];
  });
  afterAll(async () => {
    for (const prefix of prefixes) await dropPrefix(redis, prefix);
    redis?.disconnect();
  });

  /**
   * Three workers in this process, each with its own gate on the same stores (as processes
   * on one database); `auto-pause.test.ts` runs three worker processes on PostgreSQL.
   */
  async function setUp(count: number, mailing: Parameters<typeof enqueueMailing>[1]['mailing']) {
    const prefix = uniqueName('bull');
    prefixes.push(prefix);
    const queue = new Queue('mailings', { connection: redis, prefix });
    const transport = recordingTransport({
      respond: async () => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return { status: 'accepted' };
      },
    });
    const stores = {
      ...memoryStores(),
      ledger: memoryLedgerStore(),
      mailings: memoryMailingStore(),
    };
    const gates: Mailgate[] = Array.from({ length: WORKERS }, () =>
      createMailgate({ transport, stores }),
    );
    expect(
      (await enqueueMailing(queue, { mailing, requests: members(count), batchSize: 50 })).isOk(),
    ).toBe(true);
    workers = gates.map((gate) =>
      createMailgateWorker({
        gate,
        connection: redis,
        queue: 'mailings',
        prefix,
        concurrency: 1,
        batchSize: BATCH,
        holdMs: 100,
      }),
    );
    return { queue, transport, gate: gates[0]!, prefix };
  }

  const addresses = (sent: readonly { to: readonly { address: string }[] }[]) =>
    sent.map((message) => message.to[0]!.address);

  it('should stop every worker within a batch on pauseMailing, and go on after resumeMailing', async () => {
    const mailing = { id: 'weekly-49', tenant: 'acme' };
    const { queue, transport, gate, prefix } = await setUp(600, mailing);
    await waitFor(() => transport.sent.length >= 60, 20_000, 'the first sends');
    expect((await gate.pauseMailing(mailing.id, { tenant: 'acme' })).isOk()).toBe(true);
    const atPause = transport.sent.length;
    // Each worker finishes the batch it was handing over, and takes nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const held = transport.sent.length;
    expect(held - atPause).toBeLessThanOrEqual(WORKERS * BATCH);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(transport.sent.length).toBe(held);
    expect(held).toBeLessThan(600);
    const summary = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap();
    expect(summary?.state).toBe('paused');

    expect((await gate.resumeMailing(mailing.id, { tenant: 'acme' })).isOk()).toBe(true);
    await waitFor(() => drained(queue), 30_000, 'the queue to drain');
    const sent = addresses(transport.sent);
    expect(sent).toHaveLength(600);
    expect(new Set(sent).size).toBe(600);
    const after = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap()!;
    expect(after.counts).toMatchObject({ handedOver: 600, sent: 600, uncertain: 0 });
    const progress = (
      await mailingProgress(redis, { queue: 'mailings', prefix, mailing })
    )._unsafeUnwrap();
    expect(progress).toMatchObject({ sent: 600, done: 600 });
    await queue.close();
  });

  it('should mail the remaining of a paused mailing across the workers (sendToRemaining)', async () => {
    const mailing = { id: 'weekly-51', tenant: 'acme' };
    const { queue, transport, gate } = await setUp(300, mailing);
    await waitFor(() => transport.sent.length >= 60, 20_000, 'the first sends');
    await gate.pauseMailing(mailing.id, { tenant: 'acme' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await queue.obliterate({ force: true });
    const first = transport.sent.length;
    const remaining = { id: 'weekly-51-rest', tenant: 'acme' };
    const enqueued = await enqueueMailing(queue, {
      mailing: remaining,
      remainingOf: mailing.id,
      requests: members(300),
      batchSize: 50,
    });
    expect(enqueued.isOk()).toBe(true);
    await waitFor(() => drained(queue), 30_000, 'the queue to drain');
    const sent = addresses(transport.sent);
    expect(sent).toHaveLength(300);
    expect(new Set(sent).size).toBe(300);
    const rest = (await gate.mailing(remaining.id, { tenant: 'acme' }))._unsafeUnwrap()!;
    expect(rest.parentId).toBe(mailing.id);
    expect(rest.counts.sent).toBe(300 - first);
  });
});
