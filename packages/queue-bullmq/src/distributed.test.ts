import type { ChildProcess } from 'node:child_process';
import { createSmtpTestServer, type SmtpTestServer } from '@mailgate/testkit';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMailing } from './enqueue-mailing';
import { mailingProgress, uncertainRequests } from './mailing-progress';
import { members } from './test-support/members';
import { drained, dropPrefix, redisUrl, uniqueName, waitFor } from './test-support/test-redis';
import { startWorker, stopWorker } from './test-support/worker-pool';

const url = redisUrl('queue-bullmq distributed');
// The size; MAILGATE_QUEUE_TEST_RECIPIENTS makes a quick run smaller (a multiple of 500).
const RECIPIENTS = Number(process.env.MAILGATE_QUEUE_TEST_RECIPIENTS ?? 30_000);

describe.skipIf(url === undefined)('a mailing across three worker processes', () => {
  const prefix = uniqueName('bull');
  const storePrefix = `${uniqueName('stores')}:`;
  const queueName = 'mailings';
  let redis: Redis;
  let server: SmtpTestServer;
  let queue: Queue;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = new Redis(url!, { maxRetriesPerRequest: null });
    server = await createSmtpTestServer();
    queue = new Queue(queueName, { connection: redis, prefix });
  });

  afterAll(async () => {
    await Promise.all(workers.map((child) => stopWorker(child)));
    await queue?.close();
    await server?.close();
    if (redis) {
      await dropPrefix(redis, prefix);
      await dropPrefix(redis, storePrefix);
      redis.disconnect();
    }
  });

  it('should mail every member once, though a worker is killed (SIGKILL) in the middle', async () => {
    const mailing = { id: 'weekly-48', tenant: 'acme' };
    const enqueued = await enqueueMailing(queue, {
      mailing,
      requests: members(RECIPIENTS),
      batchSize: 500,
    });
    expect(enqueued._unsafeUnwrap()).toEqual({ jobs: RECIPIENTS / 500, requests: RECIPIENTS });

    const setup = { redisUrl: url!, queue: queueName, prefix, storePrefix, smtpPort: server.port };
    workers.push(...(await Promise.all([1, 2, 3].map(() => startWorker(setup)))));
    await waitFor(() => server.messages.length >= RECIPIENTS / 3, 200_000, 'a third sent');
    const victim = workers[0]!;
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.once('exit', resolve));
    const atKill = server.messages.length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    // BullMQ finds the dead worker's jobs stalled and hands them to the others.
    await waitFor(() => drained(queue), 400_000, 'the queue to drain');
    await Promise.all(workers.slice(1).map((child) => stopWorker(child)));

    const received = new Map<string, number>();
    for (const message of server.messages) {
      for (const to of message.to) received.set(to, (received.get(to) ?? 0) + 1);
    }
    const uncertain = (
      await uncertainRequests(redis, { queue: queueName, prefix, mailing, limit: 10_000 })
    )._unsafeUnwrap();
    const uncertainIds = new Set(uncertain.map((entry) => entry.recipientId));
    const problems: string[] = [];
    for (let i = 0; i < RECIPIENTS; i++) {
      const count = received.get(`member.${i}@example.test`) ?? 0;
      const allowed = uncertainIds.has(`member-${i}`) ? count <= 1 : count === 1;
      if (!allowed) problems.push(`member-${i}: ${count}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(server.messages.length).toBeLessThanOrEqual(RECIPIENTS);
    // Only the batch each interrupted job was sending can be uncertain.
    const jobs = await queue.getJobs(['completed']);
    const rerun = jobs.filter((job) => job.attemptsStarted > 1).length;
    expect(rerun).toBeGreaterThan(0);
    expect(uncertain.length).toBeLessThanOrEqual(rerun * 100);

    const progress = (
      await mailingProgress(redis, { queue: queueName, prefix, mailing })
    )._unsafeUnwrap();
    expect(progress.enqueued).toBe(RECIPIENTS);
    expect(progress.sent).toBeLessThanOrEqual(server.messages.length);
    expect(progress.sent + progress.uncertain).toBeGreaterThanOrEqual(server.messages.length);
    expect(progress.notSent).toBe(0);
    // Exact unless a worker died between a job's progress and the mailing's (one batch).
    expect(progress.done).toBeLessThanOrEqual(RECIPIENTS);
    expect(progress.done).toBeGreaterThanOrEqual(RECIPIENTS - rerun * 100);
  }, 600_000);
});
