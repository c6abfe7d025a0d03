import type { BulkOptions, Mailgate, NotSent, SendRequestInput } from '@mailgate/core';
import { DelayedError, type Job } from 'bullmq';
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
  /** Requests sent together: one `sendBulk` batch, one store round trip, one progress step. */
  readonly batchSize: number;
  /** Messages in flight per job. */
  readonly sendConcurrency: number;
  readonly retry: RetryRules;
  /** The wait after a rate-limit answer without `retryAfterMs`. */
  readonly rateLimitMs: number;
  /** How often a job of a paused mailing looks again whether it was resumed. */
  readonly holdMs: number;
  readonly now: () => number;
  /** True once the worker shuts down: the job stops after the batch in flight. */
  readonly closing: () => boolean;
  /** Slows the whole queue down: no worker takes a job for this long. */
  readonly slowDown: (ms: number) => Promise<void>;
  /** Adds a follow-up job (a retry, the held or untried rest); the id makes a repeat add a no-op. */
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
  held: number;
}

/**
 * Runs one job, a batch at a time from where an earlier run of it stopped (`job.progress`):
 * each batch goes through `gate.sendBulk` (with the mailing, unless it is a retry), its
 * follow-ups (retries, the held rest) are queued, and only then does the job's progress
 * move past it, so a crash loses nothing. In a run after a crash, a request whose claim is
 * held by the dead worker may have gone out: it is reported `uncertain`, never resent.
 * A paused mailing's job waits (delayed) and looks again every `holdMs`.
 */
export async function runMailingJob(
  job: Job<MailingJobData, MailingJobResult>,
  token: string | undefined,
  context: JobRunContext,
): Promise<MailingJobResult> {
  const { data } = job;
  if (await paused(context.gate, data)) {
    await job.moveToDelayed(context.now() + context.holdMs, token);
    throw new DelayedError();
  }
  const firstTriedAt = data.firstTriedAt ?? context.now();
  const earlier = progressOf(job.progress);
  const rerun = (job.stalledCounter ?? 0) > 0;
  const result = {
    total: 0,
    sent: 0,
    notSent: 0,
    byReason: {} as Record<string, number>,
    uncertain: [] as UncertainRequest[],
    retried: 0,
    gaveUp: 0,
    requeued: 0,
  };
  let done = Math.min(earlier.done, data.requests.length);
  let rateLimitedFor = 0;
  while (done < data.requests.length) {
    if (context.closing()) {
      const rest = data.requests.slice(done);
      await context.addJob({ ...data, requests: rest, firstTriedAt }, `${job.id}.rest${done}`, 0);
      await advance(
        job,
        context,
        data.requests.length,
        { ...emptyCounts(), requeued: rest.length },
        [],
      );
      result.requeued += rest.length;
      break;
    }
    const slice = data.requests.slice(done, done + context.batchSize);
    const batch = await sendBatch(slice, data, context, rerun);
    const follow = emptyCounts();
    if (batch.retry.length > 0) {
      const at = retryAt(context, data, firstTriedAt, batch.retry);
      if (at === undefined) {
        follow.gaveUp += batch.retry.length;
        follow.notSent += batch.retry.length;
        follow.done += batch.retry.length;
        for (const pending of batch.retry) count(result.byReason, pending.reason);
      } else {
        const retry = {
          mailing: data.mailing,
          requests: batch.retry.map((pending) => pending.request),
          retry: data.retry + 1,
          firstTriedAt,
          ...(data.remainingOf === undefined ? {} : { remainingOf: data.remainingOf }),
        };
        await context.addJob(retry, `${job.id}.retry${data.retry + 1}-${done}`, at - context.now());
        follow.retried += batch.retry.length;
      }
      rateLimitedFor = Math.max(rateLimitedFor, batch.rateLimitedFor);
    }
    // Held by a pause, or not tried (the gate closed): they wait in a job of their own.
    const stopped = batch.held.length > 0 || batch.untried.length > 0;
    const rest = stopped ? data.requests.slice(done + slice.length) : [];
    const untried = [...batch.held, ...batch.untried, ...rest];
    if (untried.length > 0) {
      await context.addJob(
        { ...data, requests: untried, firstTriedAt },
        `${job.id}.held${done}`,
        batch.held.length > 0 ? context.holdMs : 0,
      );
      if (batch.held.length > 0) follow.held += untried.length;
      else follow.requeued += untried.length;
    }
    const counts = sum(batch.counts, follow);
    done = stopped ? data.requests.length : done + slice.length;
    await advance(job, context, done, counts, batch.uncertain);
    result.total += slice.length;
    result.sent += counts.sent;
    result.notSent += counts.notSent;
    result.retried += counts.retried;
    result.gaveUp += counts.gaveUp;
    result.requeued += counts.requeued + counts.held;
    result.uncertain.push(...batch.uncertain);
    for (const [reason, n] of Object.entries(batch.byReason)) count(result.byReason, reason, n);
  }
  // A provider's rate-limit answer slows every worker of the queue, not only this one.
  if (rateLimitedFor > 0) await context.slowDown(rateLimitedFor);
  return result;
}

interface Pending {
  readonly request: SendRequestInput;
  readonly reason: string;
  readonly retryAfterMs: number;
}

interface BatchOutcome {
  readonly counts: BatchCounts;
  readonly byReason: Record<string, number>;
  readonly uncertain: UncertainRequest[];
  readonly retry: Pending[];
  readonly held: SendRequestInput[];
  readonly untried: SendRequestInput[];
  readonly rateLimitedFor: number;
}

/** One `sendBulk` batch, its outcomes sorted by what becomes of them. */
async function sendBatch(
  slice: readonly SendRequestInput[],
  data: MailingJobData,
  context: JobRunContext,
  rerun: boolean,
): Promise<BatchOutcome> {
  const keyed = slice.map((request) => withMailingKey(request, data.mailing));
  const options: BulkOptions = {
    batchSize: Math.max(1, keyed.length),
    concurrency: context.sendConcurrency,
  };
  // A retry is sent outside the mailing: its first try is recorded there (as failed), and
  // the mailing would skip a recipient it already handed over. Its keys guard it instead.
  // One part of the mailing: the run's end leaves it running; the last job marks it done.
  const mailing = {
    ...data.mailing,
    part: true,
    ...(data.remainingOf ? { parentId: data.remainingOf } : {}),
  };
  const run =
    data.retry > 0
      ? context.gate.sendBulk(keyed, options)
      : data.remainingOf !== undefined
        ? context.gate.sendToRemaining(data.remainingOf, keyed, { ...options, mailing })
        : context.gate.sendBulk(keyed, { ...options, mailing });
  const out: BatchOutcome & { rateLimitedFor: number } = {
    counts: emptyCounts(),
    byReason: {},
    uncertain: [],
    retry: [],
    held: [],
    untried: [],
    rateLimitedFor: 0,
  };
  for await (const { index, outcome } of run) {
    const { counts } = out;
    if (outcome.status === 'sent') {
      counts.done++;
      counts.sent++;
      continue;
    }
    if (outcome.status !== 'not_sent') continue;
    const request = slice[index]!;
    const claimedElsewhere =
      outcome.reason === 'duplicate_request' &&
      request?.context?.idempotencyKey === undefined &&
      rerun;
    const kind = claimedElsewhere ? 'uncertain' : dispositionOf(outcome);
    if (kind === 'uncertain') {
      const lost = uncertainOf(request, outcome);
      counts.done++;
      counts.uncertain++;
      out.uncertain.push(lost);
    } else if (kind === 'held') out.held.push(request);
    else if (kind === 'requeue') out.untried.push(request);
    else if (kind === 'retry') {
      if (outcome.reason === 'provider_rate_limited')
        out.rateLimitedFor = Math.max(
          out.rateLimitedFor,
          outcome.retryAfterMs ?? context.rateLimitMs,
        );
      out.retry.push({
        request,
        reason: outcome.reason,
        retryAfterMs: waitOf(outcome, context.rateLimitMs),
      });
    } else {
      counts.done++;
      counts.notSent++;
      count(out.byReason, outcome.reason);
    }
  }
  await run.done();
  return out;
}

/** Whether the job's mailing is paused (in the shared store); a store that fails says no. */
async function paused(gate: Mailgate, data: MailingJobData): Promise<boolean> {
  const summary = await gate.mailing(data.mailing.id, { tenant: data.mailing.tenant });
  return summary.isOk() && summary.value?.state === 'paused';
}

/** The job's progress, then the mailing's (a crash between them undercounts, never twice). */
async function advance(
  job: Job<MailingJobData, MailingJobResult>,
  context: JobRunContext,
  done: number,
  counts: BatchCounts,
  uncertain: readonly UncertainRequest[],
): Promise<void> {
  const before = progressOf(job.progress);
  const next: MailingJobProgress = {
    done,
    sent: before.sent + counts.sent,
    notSent: before.notSent + counts.notSent,
  };
  await job.updateProgress(next as unknown as object);
  await context.report(counts, uncertain);
}

function retryAt(
  context: JobRunContext,
  data: MailingJobData,
  firstTriedAt: number,
  retry: readonly Pending[],
): number | undefined {
  const now = context.now();
  const wait = Math.max(...retry.map((pending) => pending.retryAfterMs));
  // A rate limit is waited out as the provider asks, not on the refusal schedule.
  if (retry.every((pending) => pending.reason === 'provider_rate_limited'))
    return now + wait <= firstTriedAt + context.retry.windowMs ? now + wait : undefined;
  return nextRetryAt(context.retry, data.retry, firstTriedAt, now, wait);
}

function emptyCounts(): BatchCounts {
  return {
    done: 0,
    sent: 0,
    notSent: 0,
    uncertain: 0,
    retried: 0,
    gaveUp: 0,
    requeued: 0,
    held: 0,
  };
}

function sum(a: BatchCounts, b: BatchCounts): BatchCounts {
  const total = emptyCounts();
  for (const key of Object.keys(total) as (keyof BatchCounts)[]) total[key] = a[key] + b[key];
  return total;
}

function count(byReason: Record<string, number>, reason: string, n = 1): void {
  byReason[reason] = (byReason[reason] ?? 0) + n;
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

/** A rate-limit answer waits what the provider asked (or the default); others the schedule. */
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
