import type { Mailgate } from '@mailgate/core';
import { type Job, Queue, Worker, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { MAILING_JOB, type MailingJobData, type MailingJobResult } from './mailing-job';
import { addProgress, progressKey } from './mailing-progress';
import { closeJob, openJobs } from './open-jobs';
import { defaultRetryRules, type RetryRules } from './retry-schedule';
import { type JobRunContext, runMailingJob } from './run-job';

/** A provider quota in messages, as SES and Gmail state theirs: `max` per `duration` ms. */
export interface MessageRateLimit {
  readonly max: number;
  readonly duration: number;
}

/** What `createMailgateWorker` takes. */
export interface MailgateWorkerOptions {
  /** The gate that decides and sends; give it shared stores (Redis, PostgreSQL) for claims. */
  readonly gate: Mailgate;
  /** An ioredis client made with `maxRetriesPerRequest: null`, as BullMQ requires. */
  readonly connection: Redis;
  /** The queue's name, as given to `new Queue(name)` for `enqueueMailing`. */
  readonly queue: string;
  /** BullMQ's key prefix, if the queue has another than 'bull'. */
  readonly prefix?: string;
  /** Jobs this worker runs at once (default 2). */
  readonly concurrency?: number;
  /** Messages in flight per job (default 8): `sendBulk`'s concurrency. */
  readonly sendConcurrency?: number;
  /** Requests decided together inside a job (default 100): `sendBulk`'s batch size. */
  readonly batchSize?: number;
  /**
   * Messages per `duration` shared by every worker of the queue (BullMQ's limiter, which
   * counts jobs: each job is counted as `jobSize` messages).
   */
  readonly limiter?: MessageRateLimit;
  /** The `batchSize` given to `enqueueMailing` (default 500): how the limiter counts a job. */
  readonly jobSize?: number;
  /** Retries of refusals-for-now: waits and window (default: ends in the soft-bounce window). */
  readonly retry?: Partial<RetryRules>;
  /** How long the queue stops after a rate-limit answer without `retryAfterMs` (default 1,000 ms). */
  readonly rateLimitMs?: number;
  /** How often a job of a paused mailing looks whether it was resumed (default 5,000 ms). */
  readonly holdMs?: number;
  /** More BullMQ worker options (lockDuration, stalledInterval, maxStalledCount, …). */
  readonly workerOptions?: Omit<
    WorkerOptions,
    'connection' | 'prefix' | 'concurrency' | 'limiter' | 'autorun'
  >;
  /** The clock; for tests. */
  readonly now?: () => number;
}

/** A running worker. */
export interface MailgateWorker {
  /** The BullMQ worker, for its events ('completed', 'failed', 'error'). */
  readonly worker: Worker<MailingJobData, MailingJobResult>;
  /**
   * Graceful shutdown (call it on SIGTERM): takes no new job, every job in hand finishes
   * the batch it is sending and hands the rest back to the queue. The gate stays open.
   */
  close(): Promise<void>;
}

/**
 * A worker that runs mailing jobs through `gate.sendBulk`: progress on the job and on the
 * mailing (`mailingProgress`), retries by mailgate's rules (only what surely did not go
 * out, delayed after the provider's `retryAfterMs` or on a schedule that ends in the
 * soft-bounce window), a rate limit shared by every worker, a provider's rate-limit answer
 * slowing the whole queue. A worker that dies mid-job loses nothing: BullMQ hands the job to
 * another worker, which starts after the last batch the dead one finished, and the
 * idempotency claims (in a shared store) keep anyone from being mailed twice.
 */
export function createMailgateWorker(options: MailgateWorkerOptions): MailgateWorker {
  const jobSize = whole(options.jobSize, 500);
  const prefix = options.prefix ?? 'bull';
  const qualified = `${prefix}:${options.queue}`;
  const queue = new Queue<MailingJobData>(options.queue, {
    connection: options.connection,
    prefix,
  });
  let closing = false;
  const context: Omit<JobRunContext, 'report'> = {
    gate: options.gate,
    batchSize: whole(options.batchSize, 100),
    sendConcurrency: whole(options.sendConcurrency, 8),
    retry: { ...defaultRetryRules, ...options.retry },
    rateLimitMs: whole(options.rateLimitMs, 1_000),
    holdMs: whole(options.holdMs, 5_000),
    now: options.now ?? Date.now,
    closing: () => closing,
    slowDown: (ms) => queue.rateLimit(ms),
    addJob: async (data, jobId, delayMs) => {
      await openJobs(await queue.getBackend().client, progressKey(qualified, data.mailing), [
        jobId,
      ]);
      await queue.add(MAILING_JOB, data, {
        jobId,
        attempts: 1,
        removeOnComplete: { count: 1_000 },
        removeOnFail: { count: 10_000 },
        ...(delayMs > 0 ? { delay: Math.ceil(delayMs) } : {}),
      });
    },
  };
  const worker = new Worker<MailingJobData, MailingJobResult>(
    options.queue,
    async (job, token) => {
      const key = progressKey(qualified, job.data.mailing);
      const result = await runMailingJob(job, token, {
        ...context,
        report: (counts, uncertain) => reportProgress(options.connection, key, counts, uncertain),
      });
      await finishIfLast(options.gate, await queue.getBackend().client, key, job);
      return result;
    },
    {
      ...options.workerOptions,
      connection: options.connection,
      prefix,
      concurrency: whole(options.concurrency, 2),
      limiter: jobLimiter(options.limiter, jobSize),
    },
  );
  return {
    worker,
    async close() {
      closing = true;
      try {
        await worker.close();
      } finally {
        await queue.close();
      }
    },
  };
}

/**
 * Closes the job in its mailing's open jobs; the run that closes the last one marks the
 * mailing done (`gate.finishMailing`), readable from any process. A job held by a pause or
 * one that failed stays open, and so the mailing stays as it is.
 */
async function finishIfLast(
  gate: Mailgate,
  client: Parameters<typeof closeJob>[0],
  key: string,
  job: Job<MailingJobData, MailingJobResult>,
): Promise<void> {
  if (job.id === undefined || (await closeJob(client, key, job.id)) > 0) return;
  const { mailing } = job.data;
  const finished = await gate.finishMailing(mailing.id, { tenant: mailing.tenant });
  // No mailing: every request of it was refused before the mailing store (nothing to mark).
  if (finished.isErr() && finished.error.type !== 'invalid_argument')
    throw new Error(`the mailing could not be marked done: ${finished.error.message}`);
}

async function reportProgress(
  redis: Redis,
  key: string,
  counts: Parameters<JobRunContext['report']>[0],
  uncertain: Parameters<JobRunContext['report']>[1],
): Promise<void> {
  await addProgress(redis, key, counts);
  if (uncertain.length > 0)
    await redis.rpush(`${key}:uncertain`, ...uncertain.map((entry) => JSON.stringify(entry)));
}

/**
 * BullMQ's limiter counts jobs; a job holds up to `jobSize` messages, so it is counted as
 * that many (never above the quota). Without a quota a limiter is set all the same, so that
 * a rate-limit answer (`queue.rateLimit`) stops every worker: BullMQ heeds it only then.
 */
function jobLimiter(limit: MessageRateLimit | undefined, jobSize: number) {
  if (limit === undefined || !(limit.max > 0) || !(limit.duration > 0))
    return { max: 1_000_000, duration: 1_000 };
  if (limit.max >= jobSize)
    return { max: Math.floor(limit.max / jobSize), duration: Math.ceil(limit.duration) };
  return { max: 1, duration: Math.ceil((limit.duration * jobSize) / limit.max) };
}

function whole(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;
}
