import { createMailgate } from '@mailgate/core';
import { createMailgateWorker, type MailgateWorker } from '@mailgate/queue-bullmq';
import { redisStores } from '@mailgate/store-redis';
import { smtpTransport } from '@mailgate/transport-smtp';
import { Redis } from 'ioredis';

/**
 * A worker: a gate whose idempotency keys, counters and suppressions are in Redis (shared by
 * every worker), sending through SMTP. Run as many as you like.
 */
export function startWorker(options: {
  redisUrl: string;
  queue: string;
  smtp: { host: string; port: number };
  /** Where the stores' keys live in Redis; one per deployment (tests use their own). */
  prefix?: string;
}): { worker: MailgateWorker; stop: () => Promise<void> } {
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const stores = new Redis(options.redisUrl);
  const gate = createMailgate({
    transport: smtpTransport({ ...options.smtp, maxConnections: 8 }),
    stores: redisStores(stores, { prefix: options.prefix ?? 'example-bullmq:' }),
  });
  const worker = createMailgateWorker({ gate, connection, queue: options.queue, concurrency: 2 });
  const stop = async () => {
    await worker.close();
    await gate.close();
    connection.disconnect();
    stores.disconnect();
  };
  return { worker, stop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { worker, stop } = startWorker({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    queue: process.env.QUEUE ?? 'mailings',
    smtp: {
      host: process.env.SMTP_HOST ?? '127.0.0.1',
      port: Number(process.env.SMTP_PORT ?? 2525),
    },
  });
  worker.worker.on('completed', (job, result) =>
    console.log(`job ${job.id}: ${result.sent} sent, ${result.notSent} not sent`),
  );
  // SIGTERM (a deploy): the batch in flight finishes, the rest stays in the queue.
  process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
  console.log('worker running; SIGTERM stops it gracefully');
}
