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
