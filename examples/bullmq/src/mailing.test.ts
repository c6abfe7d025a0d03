import { mailingProgress } from '@mailgate/queue-bullmq';
import { createSmtpTestServer } from '@mailgate/testkit';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { produce } from './producer';
import { startWorker } from './worker';

const redisUrl = process.env.MAILGATE_TEST_REDIS_URL;
if (!redisUrl)
  console.log('examples/bullmq: skipped (no Redis server); set MAILGATE_TEST_REDIS_URL');

describe.skipIf(!redisUrl)('the BullMQ example', () => {
  it('should mail every member once through two workers', async () => {
    const queue = `example-bullmq-${process.pid}-${Date.now()}`;
    const smtp = await createSmtpTestServer();
    // Stores of their own: idempotency keys outlive a run (Redis keeps them for days), and a
    // second run under the same keys would rightly send nothing.
    const prefix = `${queue}:`;
    const workers = [1, 2].map(() => startWorker({ redisUrl: redisUrl!, queue, smtp, prefix }));
    const redis = new Redis(redisUrl!);
    try {
      const enqueued = await produce(redisUrl!, queue, 500);
      expect(enqueued._unsafeUnwrap()).toEqual({ jobs: 3, requests: 500 });
      const mailing = { id: 'weekly-48', tenant: 'acme' };
      const end = Date.now() + 30_000;
      while ((await mailingProgress(redis, { queue, mailing }))._unsafeUnwrap().done < 500) {
        if (Date.now() > end) throw new Error('the mailing did not finish');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const to = smtp.messages.map((message) => message.to[0]);
      expect(new Set(to).size).toBe(500);
      expect(to).toHaveLength(500);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
      const keys = [...(await redis.keys(`bull:${queue}*`)), ...(await redis.keys(`${prefix}*`))];
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      await smtp.close();
    }
  }, 60_000);
});
