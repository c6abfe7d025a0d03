import type { Redis } from 'ioredis';
import { err, ok, type Result } from 'neverthrow';
import { jobIdPart, type QueuedMailing, type UncertainRequest } from './mailing-job';
import { type QueueError, queueError } from './queue-error';

/** How far a queued mailing has come, summed over every worker (`mailingProgress`). */
export interface MailingProgress {
  /** Requests `enqueueMailing` put in the queue (0 until it has finished). */
  readonly enqueued: number;
  /** Jobs it made. */
  readonly jobs: number;
  /** Requests answered, over every job and retry. */
  readonly done: number;
  readonly sent: number;
  /** Final not-sent outcomes (a refusal retried later is not one until it gives up). */
  readonly notSent: number;
  /** Requests that may have gone out: never sent again on their own. */
  readonly uncertain: number;
  /** Refusals-for-now handed to delayed jobs. */
  readonly retried: number;
  /** Refusals-for-now whose retry window ended. */
  readonly gaveUp: number;
  /** Requests handed back to the queue untried at a shutdown. */
  readonly requeued: number;
  /** Requests held by a pause of the mailing, in jobs that wait for it to resume. */
  readonly held: number;
}

const fields = [
  'enqueued',
  'jobs',
  'done',
  'sent',
  'notSent',
  'uncertain',
  'retried',
  'gaveUp',
  'requeued',
  'held',
] as const;

/** The hash of a mailing's progress, beside the queue's own keys (`<prefix>:<queue>`). */
export function progressKey(qualifiedQueueName: string, mailing: QueuedMailing): string {
  return `${qualifiedQueueName}:mailgate:${jobIdPart(mailing.tenant)}:${jobIdPart(mailing.id)}`;
}

/** Adds a job run's counts to its mailing's progress, in one round trip. */
export async function addProgress(
  redis: Redis,
  key: string,
  counts: Partial<Record<(typeof fields)[number], number>>,
): Promise<void> {
  const multi = redis.multi();
  for (const [field, value] of Object.entries(counts)) {
    if (value !== undefined && value !== 0) multi.hincrby(key, field, value);
  }
  await multi.exec();
}

/**
 * A queued mailing's progress, readable from any process. `queue` is the queue's name and
 * `prefix` BullMQ's key prefix ('bull' unless the queue was given another).
 */
export async function mailingProgress(
  redis: Redis,
  options: { readonly queue: string; readonly mailing: QueuedMailing; readonly prefix?: string },
): Promise<Result<MailingProgress, QueueError>> {
  try {
    const key = progressKey(`${options.prefix ?? 'bull'}:${options.queue}`, options.mailing);
    const stored = await redis.hgetall(key);
    const progress = Object.fromEntries(
      fields.map((field) => [field, Number(stored[field] ?? 0) || 0]),
    ) as unknown as MailingProgress;
    return ok(progress);
  } catch (error) {
    return err(queueError(error));
  }
}

/**
 * The requests of a queued mailing that may have gone out (a worker died while sending
 * them, or the provider's answer was lost): never sent again on their own, for the host
 * to check. Oldest first, `limit` at a time from `offset`.
 */
export async function uncertainRequests(
  redis: Redis,
  options: {
    readonly queue: string;
    readonly mailing: QueuedMailing;
    readonly prefix?: string;
    readonly offset?: number;
    readonly limit?: number;
  },
): Promise<Result<UncertainRequest[], QueueError>> {
  try {
    const key = `${progressKey(`${options.prefix ?? 'bull'}:${options.queue}`, options.mailing)}:uncertain`;
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(1, Math.min(10_000, Math.floor(options.limit ?? 1_000)));
    const rows = await redis.lrange(key, offset, offset + limit - 1);
    return ok(rows.map((row) => JSON.parse(row) as UncertainRequest));
  } catch (error) {
    return err(queueError(error));
  }
}
