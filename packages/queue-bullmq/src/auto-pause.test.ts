import type { ChildProcess } from 'node:child_process';
import { createMailgate, recordingTransport } from '@mailgate/core';
import { migrate, postgresStores } from '@mailgate/store-postgres';
import { redisStores } from '@mailgate/store-redis';
import { createSmtpTestServer, type SmtpTestServer } from '@mailgate/testkit';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The PostgreSQL test schema helper of the store's own tests (test support, not published).
import { postgresUrl, type TestSchema, testSchema } from '../../store-postgres/src/test-database';
import { enqueueMailing } from './enqueue-mailing';
import { members } from './test-support/members';
import { dropPrefix, redisUrl, uniqueName, waitFor } from './test-support/test-redis';
import { handedOver, startWorker, stopWorker } from './test-support/worker-pool';

const redis = redisUrl('queue-bullmq auto-pause');
const postgres = postgresUrl('queue-bullmq auto-pause');
const RECIPIENTS = 3_000;
/** Requests per `sendBulk` batch in a job: what a worker may still hand over after a pause. */
const BATCH = 10;
/** Two cores shared with other test files: a store may be slow, and must not fail a send. */
const STORE_TIMEOUT_MS = 30_000;

describe.skipIf(redis === undefined || postgres === undefined)(
  'an auto-pause across three worker processes',
  () => {
    const prefix = uniqueName('bull');
    const storePrefix = `${uniqueName('stores')}:`;
    const queueName = 'mailings';
    let connection: Redis;
    let db: TestSchema;
    let server: SmtpTestServer;
    let queue: Queue;
    const workers: ChildProcess[] = [];

    beforeAll(async () => {
      connection = new Redis(redis!, { maxRetriesPerRequest: null });
      db = await testSchema(postgres!, 'queue');
      await migrate(db.pool);
      // Each message takes 5 ms at the server: the workers are mid-mailing when it pauses.
      server = await createSmtpTestServer({ latencyMs: 5 });
      queue = new Queue(queueName, { connection, prefix });
      // Three worker processes, each with its own gate on the shared ledger and mailings.
      const setup = {
        redisUrl: redis!,
        queue: queueName,
        prefix,
        storePrefix,
        smtpPort: server.port,
        concurrency: 1,
        jobSize: 50,
        batchSize: BATCH,
        holdMs: 200,
        storeTimeoutMs: STORE_TIMEOUT_MS,
        postgres: { url: postgres!, schema: db.schema },
      };
      workers.push(...(await Promise.all([1, 2, 3].map(() => startWorker(setup)))));
    }, 120_000);

    afterAll(async () => {
      await Promise.all(workers.map((child) => stopWorker(child)));
      await queue?.close();
      await server?.close();
      await db?.drop();
      if (connection) {
        await dropPrefix(connection, prefix);
        await dropPrefix(connection, storePrefix);
        connection.disconnect();
      }
    });

    it('should stop all three workers within one batch each when ingested bounces pause the mailing', async () => {
      // This process ingests the bounces, on the ledger and mailings the workers write.
      const shared = postgresStores(db.pool);
      const gate = createMailgate({
        transport: recordingTransport(),
        storeTimeoutMs: STORE_TIMEOUT_MS,
        stores: {
          ...redisStores(connection, { prefix: storePrefix }),
          ledger: shared.ledger,
          mailings: shared.mailings,
        },
      });
      const mailing = {
        id: 'weekly-50',
        tenant: 'acme',
        thresholds: { hardBounceRate: 0.05, minSample: 100 },
      };
      const enqueued = await enqueueMailing(queue, {
        mailing,
        requests: members(RECIPIENTS),
        batchSize: 50,
      });
      expect(enqueued.isOk()).toBe(true);
      const sends = () => Promise.all(workers.map((child) => handedOver(child)));
      await waitFor(
        async () =>
          server.messages.length >= 200 && (await sends()).every((count) => count.total > 0),
        60_000,
        'every worker to be sending',
      );

      // Bounce reports for a quarter of the messages recorded so far: far over the 5%
      // threshold, however many more are sent while they are ingested.
      const recorded = (
        await gate.messages({ mailingId: mailing.id, limit: 1_000 })
      )._unsafeUnwrap().items;
      const bounced = recorded
        .slice(0, Math.ceil(recorded.length / 4))
        .map((message) => message.address!);
      expect(bounced.length).toBeGreaterThanOrEqual(25);
      const ingested = await gate.ingest(
        bounced.map((address) => ({
          type: 'bounce' as const,
          reason: 'recipient_unknown' as const,
          permanent: true,
          address,
          tenant: 'acme',
        })),
      );
      expect(ingested._unsafeUnwrap().events.length).toBe(bounced.length);
      // The pause is in the shared store now: whatever a worker claims from here is held.
      const pausedAt = Date.now();
      const paused = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap();
      expect(paused).toMatchObject({ state: 'paused', pause: { cause: 'hard_bounce_rate' } });

      // Each worker finishes the batch it was handing over, and takes nothing more.
      let last = -1;
      await waitFor(
        async () => {
          const total = (await sends()).reduce((sum, count) => sum + count.total, 0);
          const quiet = total === last;
          last = total;
          if (!quiet) await new Promise((resolve) => setTimeout(resolve, 1_000));
          return quiet;
        },
        60_000,
        'the workers to stop sending',
      );
      const after = await Promise.all(workers.map((child) => handedOver(child, pausedAt)));
      for (const count of after) expect(count.since).toBeLessThanOrEqual(BATCH);
      const held = server.messages.length;
      expect(held).toBeLessThan(RECIPIENTS);
      expect(after.reduce((sum, count) => sum + count.total, 0)).toBe(held);
      // The mailing's count is what the server received, each address once.
      const stopped = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap()!;
      expect(stopped.state).toBe('paused');
      expect(stopped.counts).toMatchObject({ handedOver: held, sent: held, inFlight: 0 });
      expect(new Set(server.messages.map((message) => message.to[0])).size).toBe(held);

      await gate.close();
    }, 300_000);

    it('should read done from another process only after the last job of a mailing has ended', async () => {
      // The workers of the first case still run (its jobs wait for the paused mailing).
      const gate = createMailgate({
        transport: recordingTransport(),
        storeTimeoutMs: STORE_TIMEOUT_MS,
        stores: { mailings: postgresStores(db.pool).mailings },
      });
      const mailing = { id: 'weekly-51', tenant: 'acme' };
      const before = server.messages.length;
      const enqueued = await enqueueMailing(queue, {
        mailing,
        requests: members(600, 10_000),
        batchSize: 50,
      });
      expect(enqueued._unsafeUnwrap().jobs).toBe(12);
      const states = new Set<string>();
      await waitFor(
        async () => {
          const state = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap()?.state;
          if (state !== undefined) states.add(state);
          return state === 'done';
        },
        120_000,
        'the mailing to be done',
      );
      // Done means done: every recipient was handed over when it first read so.
      const done = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap()!;
      expect(done.counts).toMatchObject({ handedOver: 600, sent: 600, inFlight: 0 });
      expect(server.messages.length - before).toBe(600);
      expect(states.has('running')).toBe(true);
      await gate.close();
    }, 180_000);
  },
);
