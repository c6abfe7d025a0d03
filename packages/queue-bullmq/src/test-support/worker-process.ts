// A worker process for the distributed tests and the bench (not exported): one gate with
// Redis stores (and, with QUEUE_TEST_POSTGRES_SCHEMA, the ledger and the mailings in that
// PostgreSQL schema, shared with the test), sending to the testkit SMTP server, running
// mailing jobs until SIGTERM. Asked { type: 'sends', since } over IPC, it answers how many
// messages it handed to its transport in all and since that time (ms since the epoch).
import { createMailgate, type Transport } from '@mailgate/core';
import { postgresStores } from '@mailgate/store-postgres';
import { redisStores } from '@mailgate/store-redis';
import { smtpTransport } from '@mailgate/transport-smtp';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createMailgateWorker } from '../index';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`worker-process: ${name} is not set`);
  return value;
};
const optional = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const redisUrl = env('QUEUE_TEST_REDIS_URL');
const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
const storeConnection = new Redis(redisUrl);
const schema = process.env.QUEUE_TEST_POSTGRES_SCHEMA;
const pool =
  schema === undefined
    ? undefined
    : new pg.Pool({
        connectionString: env('QUEUE_TEST_POSTGRES_URL'),
        options: `-c search_path=${schema}`,
        max: 4,
      });
pool?.on('error', () => {});
const shared = pool === undefined ? undefined : postgresStores(pool);

/** When each message was handed to the transport: what the IPC question counts. */
const handedAt: number[] = [];
const smtp = smtpTransport({
  host: '127.0.0.1',
  port: Number(env('QUEUE_TEST_SMTP_PORT')),
  maxConnections: optional('QUEUE_TEST_SMTP_CONNECTIONS', 16),
});
const transport: Transport = {
  specificationVersion: 'v1',
  name: smtp.name,
  send(message, options) {
    handedAt.push(Date.now());
    return smtp.send(message, options);
  },
  close: () => smtp.close?.(),
};
const gate = createMailgate({
  transport,
  storeTimeoutMs: optional('QUEUE_TEST_STORE_TIMEOUT_MS', 2_000),
  stores: {
    ...redisStores(storeConnection, { prefix: env('QUEUE_TEST_STORE_PREFIX') }),
    ...(shared === undefined ? {} : { ledger: shared.ledger, mailings: shared.mailings }),
  },
});
const lockDuration = optional('QUEUE_TEST_LOCK_MS', 15_000);
const worker = createMailgateWorker({
  gate,
  connection,
  queue: env('QUEUE_TEST_QUEUE'),
  prefix: env('QUEUE_TEST_PREFIX'),
  concurrency: optional('QUEUE_TEST_CONCURRENCY', 2),
  jobSize: optional('QUEUE_TEST_JOB_SIZE', 500),
  batchSize: optional('QUEUE_TEST_BATCH', 100),
  sendConcurrency: optional('QUEUE_TEST_SEND_CONCURRENCY', 8),
  holdMs: optional('QUEUE_TEST_HOLD_MS', 5_000),
  workerOptions: { lockDuration, stalledInterval: Math.ceil(lockDuration / 3) },
});
worker.worker.on('error', (error) => console.error(`worker ${process.pid}: ${error.message}`));
worker.worker.on('failed', (job, error) =>
  console.error(`worker ${process.pid}: job ${job?.id} failed: ${error.message}`),
);

process.on('message', (question: { type?: string; since?: number }) => {
  if (question?.type !== 'sends') return;
  const since = question.since ?? 0;
  process.send?.({
    type: 'sends',
    total: handedAt.length,
    since: handedAt.filter((at) => at >= since).length,
  });
});

process.on('SIGTERM', () => {
  void (async () => {
    await worker.close();
    await gate.close();
    await pool?.end();
    connection.disconnect();
    storeConnection.disconnect();
    process.exit(0);
  })();
});
await worker.worker.waitUntilReady();
process.send?.('ready');
