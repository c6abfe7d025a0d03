import { enqueueMailing } from '@mailgate/queue-bullmq';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { members } from './members';

/** Puts a mailing in the queue, in jobs of 200, as the members stream in. */
export async function produce(
  redisUrl: string,
  queueName: string,
  count: number,
): ReturnType<typeof enqueueMailing> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection });
  try {
    return await enqueueMailing(queue, {
      mailing: { id: 'weekly-48', tenant: 'acme', name: 'Vacancies of week 48' },
      requests: members(count),
      batchSize: 200,
    });
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await produce(
    process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    process.env.QUEUE ?? 'mailings',
    Number(process.env.MEMBERS ?? 1_000),
  );
  result.match(
    (enqueued) => console.log(`enqueued ${enqueued.requests} requests in ${enqueued.jobs} jobs`),
    (error) => console.error(`not enqueued: ${error.kind}: ${error.message}`),
  );
}
