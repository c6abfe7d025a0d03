import type { SendRequestInput } from '@mailgate/core';
import type { JobsOptions, Queue } from 'bullmq';
import { err, ok, type Result } from 'neverthrow';
import {
  MAILING_JOB,
  type MailingJobData,
  mailingEndJobId,
  mailingJobId,
  type QueuedMailing,
} from './mailing-job';
import { progressKey } from './mailing-progress';
import { openJobs, type ScriptClient } from './open-jobs';
import { type QueueError, queueError } from './queue-error';

/** What `enqueueMailing` takes. */
export interface EnqueueMailingOptions {
  readonly mailing: QueuedMailing;
  /** The requests, read once and in order; an async iterable streams from a database cursor. */
  readonly requests: Iterable<SendRequestInput> | AsyncIterable<SendRequestInput>;
  /** Requests per job (default 500, at most 10,000). */
  readonly batchSize?: number;
  /**
   * `sendToRemaining` across the workers: the id of the mailing (same tenant) whose
   * remaining recipients this one mails; who was handed over in it is left out.
   */
  readonly remainingOf?: string;
  /** BullMQ options of every job (priority, removeOnComplete, …); the job id is mailgate's. */
  readonly jobOptions?: Omit<JobsOptions, 'jobId' | 'attempts' | 'delay' | 'repeat'>;
}

/** What `enqueueMailing` put in the queue. */
export interface EnqueuedMailing {
  readonly jobs: number;
  readonly requests: number;
}

/** Jobs written to Redis at once: bounds what is held in memory while the input streams. */
const JOBS_PER_WRITE = 10;

/**
 * Splits a mailing into jobs of `batchSize` requests and adds them to the queue as the
 * requests stream in: at most a few jobs are held in memory, whatever the mailing's size.
 * Job ids follow from the mailing and the position, so enqueuing the same mailing again
 * (after the producer crashed) adds no job twice while the first ones are kept; and every
 * request carries an idempotency key of the mailing, so nobody is mailed twice either way.
 *
 * Jobs have one attempt: retries follow mailgate's rules in the worker, never BullMQ's
 * blind ones. Never rejects: a failure of Redis or of the input answers a `QueueError`
 * (the jobs added before it stay in the queue).
 */
export async function enqueueMailing(
  queue: Queue,
  options: EnqueueMailingOptions,
): Promise<Result<EnqueuedMailing, QueueError>> {
  const problem = inputProblem(options);
  if (problem !== undefined) return err({ kind: 'invalid_input', message: problem });
  const { mailing } = options;
  const ref: QueuedMailing = {
    id: mailing.id,
    tenant: mailing.tenant,
    ...(mailing.name === undefined ? {} : { name: mailing.name }),
    ...(mailing.thresholds === undefined ? {} : { thresholds: mailing.thresholds }),
  };
  const batchSize = options.batchSize ?? 500;
  const jobOptions: JobsOptions = {
    removeOnComplete: { count: 1_000 },
    removeOnFail: { count: 10_000 },
    ...options.jobOptions,
    attempts: 1,
  };
  let jobs = 0;
  let requests = 0;
  let batch: SendRequestInput[] = [];
  let pending: ReturnType<typeof jobOf>[] = [];
  const key = progressKey(queue.getBackend().qualifiedName, ref);
  const endJobId = mailingEndJobId(ref);
  const jobOf = (
    requests: SendRequestInput[],
    jobId: string,
  ): { name: string; data: MailingJobData; opts: JobsOptions & { jobId: string } } => ({
    name: MAILING_JOB,
    data: {
      mailing: ref,
      requests,
      retry: 0,
      ...(options.remainingOf === undefined ? {} : { remainingOf: options.remainingOf }),
    },
    opts: { ...jobOptions, jobId },
  });
  const write = async () => {
    if (pending.length === 0) return;
    // Opened before they exist: a job cannot end before it counts as open.
    await openJobs(
      client,
      key,
      pending.map((job) => job.opts.jobId),
    );
    await queue.addBulk(pending);
    pending = [];
  };
  const close = async () => {
    if (batch.length === 0) return;
    pending.push(jobOf(batch, mailingJobId(ref, jobs)));
    jobs++;
    batch = [];
    if (pending.length >= JOBS_PER_WRITE) await write();
  };
  let client: ScriptClient & { hset(key: string, data: Record<string, number>): Promise<unknown> };
  try {
    client = await queue.getBackend().client;
    // The end job is open until it runs, after every other job was added: until then no
    // worker can find the mailing's jobs all ended and mark it done.
    await openJobs(client, key, [endJobId]);
    for await (const request of options.requests) {
      batch.push(request);
      requests++;
      if (batch.length >= batchSize) await close();
    }
    await close();
    await write();
    await client.hset(key, { enqueued: requests, jobs });
    await queue.add(MAILING_JOB, jobOf([], endJobId).data, { ...jobOptions, jobId: endJobId });
    return ok({ jobs, requests });
  } catch (error) {
    return err(queueError(error));
  }
}

function inputProblem(options: EnqueueMailingOptions): string | undefined {
  const mailing = options?.mailing;
  if (typeof mailing?.id !== 'string' || mailing.id.length === 0)
    return 'mailing.id must be a non-empty string';
  if (typeof mailing.tenant !== 'string' || mailing.tenant.length === 0)
    return 'mailing.tenant must be a non-empty string';
  const size = options.batchSize;
  if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > 10_000))
    return 'batchSize must be a whole number from 1 to 10,000';
  const requests = options.requests as unknown as Record<symbol, unknown> | undefined;
  if (
    requests == null ||
    (typeof requests[Symbol.iterator] !== 'function' &&
      typeof requests[Symbol.asyncIterator] !== 'function')
  )
    return 'requests must be an iterable or an async iterable';
  return undefined;
}
