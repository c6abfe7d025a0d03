/**
 * A mailing through the BullMQ queue: 1 and 3 worker processes against one process's plain
 * `sendBulk`, in the same run, to the testkit SMTP server answering every message's DATA
 * 5 ms late (so that the transport is not free). The server runs in a process of its own.
 * Every contender is one process with the same transport: `CONNECTIONS` SMTP connections
 * and as many messages in flight, Redis stores for the idempotency keys, a mailing in
 * memory; so one process is bound by the transport's latency (at most CONNECTIONS / 5 ms),
 * as a process sending to a provider is, and more processes add throughput while the CPU
 * lasts.
 *
 *   cd bench && node --import tsx queue.ts [recipients]
 *
 * MAILGATE_BENCH_QUEUE_RECIPIENTS scales it down for a quick run (default 100,000);
 * MAILGATE_BENCH_SMTP_CONNECTIONS sets the connections per process (default 4).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** SMTP connections, and messages in flight, of every contender's process. */
const CONNECTIONS = Number(process.env.MAILGATE_BENCH_SMTP_CONNECTIONS ?? 4);
/** Requests per `sendBulk` batch, in the plain run and in every job. */
const BATCH = 100;

/** The SMTP server's process: its port, and questions over IPC. */
interface ServerProcess {
  readonly port: number;
  ask(question: 'count'): Promise<{ messages: number; recipients: number }>;
  ask(question: 'reset'): Promise<unknown>;
  close(): Promise<void>;
}

async function startServer(): Promise<ServerProcess> {
  const child: ChildProcess = fork(
    fileURLToPath(new URL('./smtp-server-process.ts', import.meta.url)),
    [],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const next = () =>
    new Promise<Record<string, number>>((resolve, reject) => {
      child.once('message', (answer) => resolve(answer as Record<string, number>));
      child.once('exit', (code) => reject(new Error(`the SMTP server exited (${code})`)));
    });
  const { port } = await next();
  return {
    port: port!,
    ask: ((question: string) => {
      const answer = next();
      child.send(question);
      return answer;
    }) as ServerProcess['ask'],
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      await exited;
    },
  };
}

async function plainSendBulk(server: ServerProcess, redis: Redis, count: number, prefix: string) {
  const gate = createMailgate({
    transport: smtpTransport({ host: '127.0.0.1', port: server.port, maxConnections: CONNECTIONS }),
    stores: redisStores(redis, { prefix: `${prefix}:plain:` }),
  });
  const started = performance.now();
  const summary = await gate
    .sendBulk(members(count) as Iterable<SendRequestInput>, {
      concurrency: CONNECTIONS,
      batchSize: BATCH,
      mailing: { id: 'bench-plain', tenant: 'acme' },
    })
    .done();
  const seconds = (performance.now() - started) / 1000;
  await gate.close();
  if (summary.sent !== count) throw new Error(`sendBulk sent ${summary.sent} of ${count}`);
  await received(server, count, 'sendBulk');
  return count / seconds;
}

async function received(server: ServerProcess, count: number, who: string) {
  const { messages, recipients } = await server.ask('count');
  if (messages !== count || recipients !== count)
    throw new Error(`${who}: ${messages} messages to ${recipients} of ${count} received`);
  await server.ask('reset');
}

async function throughWorkers(
  server: ServerProcess,
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
    // Two jobs at once keep the connections busy across a job's batch boundaries; the
    // transport's pool caps what is in flight at CONNECTIONS, as in the sendBulk run.
    concurrency: 2,
    sendConcurrency: CONNECTIONS,
    smtpConnections: CONNECTIONS,
    jobSize: 500,
    batchSize: BATCH,
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
  await received(server, count, `${workers} workers`);
  return count / seconds;
}

export async function measureQueue(recipients?: number): Promise<QueueFigures> {
  const count = recipients ?? Number(process.env.MAILGATE_BENCH_QUEUE_RECIPIENTS ?? 100_000);
  const redis = new Redis(benchRedisUrl(), { maxRetriesPerRequest: null });
  const prefix = uniqueName('bench');
  const server = await startServer();
  try {
    const sendBulkPerSecond = await plainSendBulk(server, redis, count, prefix);
    const oneWorkerPerSecond = await throughWorkers(server, redis, count, 1, prefix);
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
    await server.close();
    await dropPrefix(redis, prefix);
    redis.disconnect();
  }
}

export function printQueue(figures: QueueFigures): void {
  console.log(
    `${figures.recipients.toLocaleString('en')} recipients; every process: ${CONNECTIONS} SMTP connections, ${CONNECTIONS} in flight; DATA answered 5 ms late`,
  );
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
