// A worker process for the distributed tests and the bench (not exported): one gate with
// Redis stores, sending to the testkit SMTP server, running mailing jobs until SIGTERM.
import { createMailgate } from '@mailgate/core';
import { redisStores } from '@mailgate/store-redis';
import { smtpTransport } from '@mailgate/transport-smtp';
import { Redis } from 'ioredis';
import { createMailgateWorker } from '../index';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`worker-process: ${name} is not set`);
  return value;
};

const redisUrl = env('QUEUE_TEST_REDIS_URL');
const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
const storeConnection = new Redis(redisUrl);
const gate = createMailgate({
  transport: smtpTransport({
    host: '127.0.0.1',
    port: Number(env('QUEUE_TEST_SMTP_PORT')),
    maxConnections: Number(process.env.QUEUE_TEST_SMTP_CONNECTIONS ?? 16),
  }),
  stores: redisStores(storeConnection, { prefix: env('QUEUE_TEST_STORE_PREFIX') }),
});
const lockDuration = Number(process.env.QUEUE_TEST_LOCK_MS ?? 15_000);
const worker = createMailgateWorker({
  gate,
  connection,
  queue: env('QUEUE_TEST_QUEUE'),
  prefix: env('QUEUE_TEST_PREFIX'),
  concurrency: Number(process.env.QUEUE_TEST_CONCURRENCY ?? 2),
  jobSize: Number(process.env.QUEUE_TEST_JOB_SIZE ?? 500),
  workerOptions: { lockDuration, stalledInterval: Math.ceil(lockDuration / 3) },
});
worker.worker.on('error', (error) => console.error(`worker ${process.pid}: ${error.message}`));
worker.worker.on('failed', (job, error) =>
  console.error(`worker ${process.pid}: job ${job?.id} failed: ${error.message}`),
);

process.on('SIGTERM', () => {
  void (async () => {
    await worker.close();
    await gate.close();
    connection.disconnect();
    storeConnection.disconnect();
    process.exit(0);
  })();
});
await worker.worker.waitUntilReady();
process.send?.('ready');
