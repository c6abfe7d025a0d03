import type { Mailgate, NotSent, SendRequestInput } from '@mailgate/core';
import type { Job } from 'bullmq';
import {
  type MailingJobData,
  type MailingJobProgress,
  type MailingJobResult,
  type UncertainRequest,
  withMailingKey,
} from './mailing-job';
import { dispositionOf, nextRetryAt, type RetryRules } from './retry-schedule';

/** What a job run needs from the worker around it. */
export interface JobRunContext {
  readonly gate: Mailgate;
  /** Requests decided together in `sendBulk` (one store round trip each). */
  readonly batchSize: number;
  /** Messages in flight per job. */
  readonly sendConcurrency: number;
  readonly retry: RetryRules;
  /** The wait after a rate-limit answer without `retryAfterMs`. */
  readonly rateLimitMs: number;
  readonly now: () => number;
  /** True once the worker shuts down: the job reads no further, the rest goes back. */
  readonly closing: () => boolean;
  /** Slows the whole queue down: no worker takes a job for this long. */
  readonly slowDown: (ms: number) => Promise<void>;
  /** Adds a follow-up job (a retry or the untried rest); the id makes a repeat add a no-op. */
  readonly addJob: (data: MailingJobData, jobId: string, delayMs: number) => Promise<void>;
  /** Adds counts (and uncertain requests) to the mailing's progress. */
  readonly report: (counts: BatchCounts, uncertain: readonly UncertainRequest[]) => Promise<void>;
}

/** The counts one batch adds to its mailing. */
export interface BatchCounts {
  done: number;
  sent: number;
  notSent: number;
  uncertain: number;
  retried: number;
  gaveUp: number;
  requeued: number;
}

interface Pending {
  readonly request: SendRequestInput;
  readonly reason: string;
  readonly retryAfterMs: number;
}

/**
 * Runs one job: its requests (from where an earlier, crashed run of it stopped) through
 * `gate.sendBulk`, batch by batch. After each batch the job's progress says how far it got,
 * so a run after a crash starts there; in that run, a request whose key is already claimed
 * was with the dead worker, perhaps already sent: it is reported `uncertain`, never resent.
 */
export async function runMailingJob(
  job: Job<MailingJobData, MailingJobResult>,
  context: JobRunContext,
): Promise<MailingJobResult> {
  const { mailing, requests } = job.data;
  const firstTriedAt = job.data.firstTriedAt ?? context.now();
  const earlier = progressOf(job.progress);
  const rerun = (job.attemptsStarted ?? 1) > 1 || (job.stalledCounter ?? 0) > 0;
  const start = rerun ? Math.min(earlier.done, requests.length) : 0;
  const keyed = requests.slice(start).map((request) => withMailingKey(request, mailing));

  const total = { sent: 0, notSent: 0, uncertain: 0 };
  const byReason: Record<string, number> = {};
  const uncertain: UncertainRequest[] = [];
  let batch: BatchCounts = emptyCounts();
  let batchUncertain: UncertainRequest[] = [];
  const retry: Pending[] = [];
  const requeue: SendRequestInput[] = [];
  let rateLimitedFor = 0;
  let read = 0;

  // Read lazily, so that a shutdown stops the input at a batch's end.
  const input = function* () {
    for (const request of keyed) {
      if (context.closing() && read % context.batchSize === 0) return;
      read++;
      yield request;
    }
  };
  const flush = async (progress: { done: number; sent: number; notSent: number }) => {
    const counts = batch;
    const lost = batchUncertain;
    batch = emptyCounts();
    batchUncertain = [];
    const next: MailingJobProgress = {
      done: start + progress.done,
      sent: earlier.sent + progress.sent,
      notSent: earlier.notSent + progress.notSent,
    };
    // The job's progress first: a crash between the two writes undercounts the mailing's
    // progress by this batch rather than have a rerun count it twice.
    await job.updateProgress(next as unknown as object);
    await context.report(counts, lost);
  };
  // Progress writes run one after another, in batch order, and are awaited at the end.
  let progressChain: Promise<void> = Promise.resolve();
  const run = context.gate.sendBulk(input(), {
    batchSize: context.batchSize,
    concurrency: context.sendConcurrency,
    onProgress: (progress) => {
      progressChain = progressChain.then(() => flush(progress)).catch(() => {});
    },
  });
  for await (const { index, outcome } of run) {
    if (outcome.status === 'sent') {
      batch.done++;
      batch.sent++;
      total.sent++;
      continue;
    }
    if (outcome.status !== 'not_sent') continue;
    const request = keyed[index]!;
    const claimedElsewhere =
      outcome.reason === 'duplicate_request' && ownKey(requests[start + index], request);
    // Another run of this job holds the claim: a dead one (this is a rerun), whose send may
    // have gone out; or, when this worker's lock lapsed, a live one that answers for it.
    if (claimedElsewhere && !rerun) continue;
    const kind = claimedElsewhere ? 'uncertain' : dispositionOf(outcome);
    if (kind === 'uncertain') {
      const lost = uncertainOf(request, outcome);
      batch.done++;
      batch.uncertain++;
      total.uncertain++;
      batchUncertain.push(lost);
      uncertain.push(lost);
      continue;
    }
    if (kind === 'requeue') {
      requeue.push(request);
      continue;
    }
    if (kind === 'retry') {
      if (outcome.reason === 'provider_rate_limited')
        rateLimitedFor = Math.max(rateLimitedFor, outcome.retryAfterMs ?? context.rateLimitMs);
      retry.push({
        request,
        reason: outcome.reason,
        retryAfterMs: waitOf(outcome, context.rateLimitMs),
      });
      continue;
    }
    batch.done++;
    batch.notSent++;
    total.notSent++;
    byReason[outcome.reason] = (byReason[outcome.reason] ?? 0) + 1;
  }
  await run.done();
  await progressChain;

  // A provider's rate-limit answer slows every worker of the queue, not only this one.
  if (rateLimitedFor > 0) await context.slowDown(rateLimitedFor);
  // What the loop counted after the last progress report is reported with the follow-ups.
  const after = batch;
  const afterUncertain = batchUncertain;
  if (retry.length > 0) {
    const wait = Math.max(...retry.map((pending) => pending.retryAfterMs));
    const rateOnly = retry.every((pending) => pending.retryAfterMs > 0);
    const at = rateOnly
      ? context.now() + wait <= firstTriedAt + context.retry.windowMs
        ? context.now() + wait
        : undefined
      : nextRetryAt(context.retry, job.data.retry, firstTriedAt, context.now(), wait);
    if (at === undefined) {
      after.gaveUp += retry.length;
      after.notSent += retry.length;
      after.done += retry.length;
      for (const pending of retry) byReason[pending.reason] = (byReason[pending.reason] ?? 0) + 1;
    } else {
      await context.addJob(
        {
          mailing,
          requests: retry.map((pending) => pending.request),
          retry: job.data.retry + 1,
          firstTriedAt,
        },
        `${job.id}.retry${job.data.retry + 1}`,
        at - context.now(),
      );
      after.retried += retry.length;
    }
  }
  // Not read (a shutdown) or not tried (the gate closed): back to the queue, as they were.
  const untried = [...requeue, ...keyed.slice(read)];
  if (untried.length > 0) {
    await context.addJob(
      { mailing, requests: untried, retry: job.data.retry, firstTriedAt },
      `${job.id}.rest`,
      0,
    );
    after.requeued += untried.length;
  }
  await context.report(after, afterUncertain);
  return {
    total: total.sent + total.notSent + total.uncertain + retry.length + untried.length,
    sent: total.sent,
    notSent: total.notSent + after.gaveUp,
    byReason,
    uncertain,
    retried: after.retried,
    gaveUp: after.gaveUp,
    requeued: after.requeued,
  };
}

/** Whether the request's key is the one this package gave it (not the host's own). */
function ownKey(original: SendRequestInput | undefined, keyed: SendRequestInput): boolean {
  return (
    original?.context?.idempotencyKey === undefined && keyed.context?.idempotencyKey !== undefined
  );
}

function emptyCounts(): BatchCounts {
  return { done: 0, sent: 0, notSent: 0, uncertain: 0, retried: 0, gaveUp: 0, requeued: 0 };
}

function progressOf(value: unknown): MailingJobProgress {
  const progress = value as Partial<MailingJobProgress> | undefined;
  const number = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0);
  return {
    done: number(progress?.done),
    sent: number(progress?.sent),
    notSent: number(progress?.notSent),
  };
}

/** A rate-limit answer waits what the provider asked (or the default); others follow the schedule. */
function waitOf(outcome: NotSent, rateLimitMs: number): number {
  if (outcome.reason === 'provider_rate_limited') return outcome.retryAfterMs ?? rateLimitMs;
  return outcome.retryAfterMs ?? 0;
}

function uncertainOf(request: SendRequestInput, outcome: NotSent): UncertainRequest {
  const recipientId = outcome.recipientId ?? String(request?.recipient?.id ?? '');
  return outcome.address === undefined
    ? { recipientId }
    : { recipientId, address: outcome.address };
}
