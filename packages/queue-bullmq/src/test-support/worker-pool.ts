// Test helper (not exported): worker processes started with `fork`, on the TypeScript sources.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./worker-process.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../../', import.meta.url));

export interface WorkerSetup {
  readonly redisUrl: string;
  readonly queue: string;
  readonly prefix: string;
  readonly storePrefix: string;
  readonly smtpPort: number;
  readonly concurrency?: number;
  readonly jobSize?: number;
  /** SMTP connections of the worker's transport (default 16). */
  readonly smtpConnections?: number;
  /** Messages in flight per job (default 8). */
  readonly sendConcurrency?: number;
  /** Requests per `sendBulk` batch inside a job (default 100). */
  readonly batchSize?: number;
  readonly holdMs?: number;
  /** The gate's `storeTimeoutMs` (default 2,000). */
  readonly storeTimeoutMs?: number;
  /** The ledger and the mailings in this schema of this server, shared with the test. */
  readonly postgres?: { readonly url: string; readonly schema: string };
}

/** Starts a worker process and waits until it takes jobs. */
export function startWorker(setup: WorkerSetup): Promise<ChildProcess> {
  const child = fork(script, [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      QUEUE_TEST_REDIS_URL: setup.redisUrl,
      QUEUE_TEST_QUEUE: setup.queue,
      QUEUE_TEST_PREFIX: setup.prefix,
      QUEUE_TEST_STORE_PREFIX: setup.storePrefix,
      QUEUE_TEST_SMTP_PORT: String(setup.smtpPort),
      QUEUE_TEST_CONCURRENCY: String(setup.concurrency ?? 2),
      QUEUE_TEST_JOB_SIZE: String(setup.jobSize ?? 500),
      QUEUE_TEST_BATCH: String(setup.batchSize ?? 100),
      QUEUE_TEST_SMTP_CONNECTIONS: String(setup.smtpConnections ?? 16),
      QUEUE_TEST_SEND_CONCURRENCY: String(setup.sendConcurrency ?? 8),
      QUEUE_TEST_HOLD_MS: String(setup.holdMs ?? 5_000),
      QUEUE_TEST_STORE_TIMEOUT_MS: String(setup.storeTimeoutMs ?? 2_000),
      ...(setup.postgres === undefined
        ? {}
        : {
            QUEUE_TEST_POSTGRES_URL: setup.postgres.url,
            QUEUE_TEST_POSTGRES_SCHEMA: setup.postgres.schema,
          }),
    },
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

/** Sends SIGTERM and waits for the process to end; SIGKILL if it takes over `ms`. */
export async function stopWorker(child: ChildProcess, ms = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited;
  clearTimeout(timer);
}

/** How many messages a worker process handed to its transport: in all, and since `since`. */
export function handedOver(
  child: ChildProcess,
  since = 0,
): Promise<{ readonly total: number; readonly since: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the worker did not answer')), 10_000);
    const listen = (answer: { type?: string; total: number; since: number }) => {
      if (answer?.type !== 'sends') return;
      clearTimeout(timer);
      child.off('message', listen);
      resolve({ total: answer.total, since: answer.since });
    };
    child.on('message', listen);
    child.send({ type: 'sends', since });
  });
}
