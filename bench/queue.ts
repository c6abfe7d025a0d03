/**
 * A mailing through the BullMQ queue: 1 and 3 worker processes against one process's plain
 * `sendBulk`, in the same run, to the testkit SMTP server answering every message 5 ms late
 * (so that the transport is not free). Every side uses the same Redis stores and the same
 * messages in flight per process (16).
 *
 *   cd bench && node --import tsx queue.ts [recipients]
 *
 * MAILGATE_BENCH_QUEUE_RECIPIENTS scales it down for a quick run (default 100,000).
 */
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createMailgate, type SendRequestInput } from '../packages/core/src/index';
import { enqueueMailing } from '../packages/queue-bullmq/src/index';
import { members } from '../packages/queue-bullmq/src/test-support/members';
import {
  drained,
  dropPrefix,
  uniqueName,
} from '../packages/queue-bullmq/src/test-support/test-redis';
import { startWorker, stopWorker } from '../packages/queue-bullmq/src/test-support/worker-pool';
import { redisStores } from '../packages/store-redis/src/index';
import { createSmtpTestServer, type SmtpTestServer } from '../packages/testkit/src/index';
import { smtpTransport } from '../packages/transport-smtp/src/index';

export interface QueueFigures {
  readonly recipients: number;
  /** Messages per second of one process's `sendBulk`. */
  readonly sendBulkPerSecond: number;
  readonly oneWorkerPerSecond: number;
  readonly threeWorkersPerSecond: number;
  /** `oneWorkerPerSecond / sendBulkPerSecond` (target ≥ 0.8). */
  readonly oneWorkerRatio: number;
  /** `threeWorkersPerSecond / oneWorkerPerSecond` (target ≥ 2). */
  readonly threeWorkersRatio: number;
}

export function benchRedisUrl(): string {
  return process.env.MAILGATE_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
}

const LATENCY_MS = 5;

async function plainSendBulk(server: SmtpTestServer, redis: Redis, count: number, prefix: string) {
  const gate = createMailgate({
    transport: smtpTransport({ host: server.host, port: server.port, maxConnections: 16 }),
    stores: redisStores(redis, { prefix: `${prefix}:plain:` }),
  });
  const started = performance.now();
  const summary = await gate
    .sendBulk(members(count) as Iterable<SendRequestInput>, { concurrency: 16, batchSize: 100 })
    .done();
  const seconds = (performance.now() - started) / 1000;
  await gate.close();
  if (summary.sent !== count) throw new Error(`sendBulk sent ${summary.sent} of ${count}`);
  return count / seconds;
}

async function throughWorkers(
  server: SmtpTestServer,
  redis: Redis,
  count: number,
  workers: number,
  prefix: string,
) {
  const queueName = `bench${workers}`;
  const queue = new Queue(queueName, { connection: redis, prefix });
  const mailing = { id: `bench-${workers}`, tenant: 'acme' };
  const setup = {
    redisUrl: benchRedisUrl(),
    queue: queueName,
    prefix,
    storePrefix: `${prefix}:w${workers}:`,
    smtpPort: server.port,
  };
  // The workers start (and compile) first; timed from the enqueue to the last answer.
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(setup)));
  const started = performance.now();
  const enqueued = await enqueueMailing(queue, {
    mailing,
    requests: members(count),
    batchSize: 500,
  });
  if (enqueued.isErr()) throw new Error(enqueued.error.message);
  while (!(await drained(queue))) await new Promise((resolve) => setTimeout(resolve, 20));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(children.map((child) => stopWorker(child)));
  await queue.close();
  if (server.messages.length !== count)
    throw new Error(`${workers} workers: ${server.messages.length} of ${count} received`);
  return count / seconds;
}

export async function measureQueue(recipients?: number): Promise<QueueFigures> {
  const count = recipients ?? Number(process.env.MAILGATE_BENCH_QUEUE_RECIPIENTS ?? 100_000);
  const redis = new Redis(benchRedisUrl(), { maxRetriesPerRequest: null });
  const prefix = uniqueName('bench');
  const server = await createSmtpTestServer();
  server.script.data({ delayMs: LATENCY_MS });
  try {
    const sendBulkPerSecond = await plainSendBulk(server, redis, count, prefix);
    server.reset();
    server.script.data({ delayMs: LATENCY_MS });
    const oneWorkerPerSecond = await throughWorkers(server, redis, count, 1, prefix);
    server.reset();
    server.script.data({ delayMs: LATENCY_MS });
    const threeWorkersPerSecond = await throughWorkers(server, redis, count, 3, prefix);
    return {
      recipients: count,
      sendBulkPerSecond,
      oneWorkerPerSecond,
      threeWorkersPerSecond,
      oneWorkerRatio: oneWorkerPerSecond / sendBulkPerSecond,
      threeWorkersRatio: threeWorkersPerSecond / oneWorkerPerSecond,
    };
  } finally {
    server.reset();
    await server.close();
    await dropPrefix(redis, prefix);
    redis.disconnect();
  }
}

export function printQueue(figures: QueueFigures): void {
  const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits });
  console.log(`plain sendBulk:        ${fmt(figures.sendBulkPerSecond)} msgs/s`);
  console.log(`1 worker:              ${fmt(figures.oneWorkerPerSecond)} msgs/s`);
  console.log(`3 workers:             ${fmt(figures.threeWorkersPerSecond)} msgs/s`);
  console.log(`1 worker / sendBulk:   ${fmt(figures.oneWorkerRatio, 2)} (target ≥ 0.8)`);
  console.log(`3 workers / 1 worker:  ${fmt(figures.threeWorkersRatio, 2)} (target ≥ 2)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = process.argv[2] ? Number(process.argv[2]) : undefined;
  printQueue(await measureQueue(count));
}
