import type { NotSent, Preflight, Sent } from '../outcome';
import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import { type Decision, decideBatch } from './decide';
import { deliverBatch } from './deliver-batch';
import { type GateContext, safeHook } from './gate-context';
import { notSent } from './not-sent';
import { OutcomeQueue } from './outcome-queue';
import { recipientIdOf } from './prepare-request';
import type { BulkItem, BulkOptions, BulkProgress, BulkRun, BulkSummary } from './send-bulk';
import { errorMessage } from './with-timeout';

type Outcome = Sent | Preflight | NotSent;

export function createBulkRun(
  context: GateContext,
  requests: Iterable<unknown> | AsyncIterable<unknown>,
  options: BulkOptions,
  misconfigured: (() => NotSent) | undefined,
): BulkRun {
  const batchSize = clamp(options.batchSize, 500, 1, 10_000);
  const concurrency = clamp(options.concurrency, 8, 1, 256);
  const breaker =
    options.breaker === false
      ? undefined
      : { minAttempts: 100, maxRefusalRate: 0.1, ...options.breaker };
  const started = context.now();
  const counts = { read: 0, done: 0, sent: 0, ready: 0, notSent: 0, attempts: 0, refusals: 0 };
  const byReason: Partial<Record<Reason, number>> = {};
  let stoppedBy: BulkSummary['stoppedBy'];
  let paused = false;
  let resumeWaiters: (() => void)[] = [];
  let running: Promise<BulkSummary> | undefined;

  const queue = new OutcomeQueue();

  const progress = (): BulkProgress => ({
    read: counts.read,
    done: counts.done,
    sent: counts.sent,
    ready: counts.ready,
    notSent: counts.notSent,
    paused,
  });

  const emit = (index: number, outcome: Outcome) => {
    counts.done++;
    if (outcome.status === 'sent') counts.sent++;
    else if (outcome.status === 'ready') counts.ready++;
    else {
      counts.notSent++;
      byReason[outcome.reason] = (byReason[outcome.reason] ?? 0) + 1;
    }
    if (outcome.status !== 'ready') {
      // As `safeHook` does, without a closure per outcome.
      try {
        context.hooks.onOutcome?.(outcome);
      } catch (error) {
        safeHook(context, (hooks) => hooks.onError?.(error, 'onOutcome'), 'onError');
      }
      if (outcome.status === 'sent' || outcome.stage === 'transport') {
        counts.attempts++;
        if (isRecipientRefusal(outcome)) counts.refusals++;
      }
    }
    queue.push(index, outcome);
  };

  const tripped = () =>
    breaker !== undefined &&
    counts.attempts >= breaker.minAttempts &&
    counts.refusals / counts.attempts > breaker.maxRefusalRate;

  const waitWhilePaused = async () => {
    while (paused && stoppedBy === undefined)
      await new Promise<void>((resolve) => resumeWaiters.push(resolve));
  };

  /** Before each send: a cancelled or tripped run stops; a paused one waits. */
  const interrupt = async (): Promise<'cancelled' | 'campaign_paused' | undefined> => {
    await waitWhilePaused();
    if (stoppedBy === undefined && tripped()) stoppedBy = 'campaign_paused';
    return stoppedBy === 'cancelled' || stoppedBy === 'campaign_paused' ? stoppedBy : undefined;
  };

  /** Gives every request of a batch the same outcome. */
  const emitAll = (
    batch: readonly unknown[],
    first: number,
    outcomeOf: (request: unknown) => NotSent,
  ) => {
    for (let i = 0; i < batch.length; i++) emit(first + i, outcomeOf(batch[i]));
  };

  const processBatch = async (batch: unknown[], first: number): Promise<void> => {
    const stop = await interrupt();
    if (stop !== undefined) {
      emitAll(batch, first, (request) =>
        notSent(stop, 'policy', { recipientId: recipientIdOf(request) }),
      );
      return;
    }
    if (misconfigured) {
      emitAll(batch, first, misconfigured);
      return;
    }
    let decisions: Decision[];
    try {
      decisions = await decideBatch(batch, {
        stores: context.stores,
        policies: context.policies,
        storeTimeoutMs: context.storeTimeoutMs,
        now: context.now(),
        all: false,
        project: true,
      });
    } catch (error) {
      safeHook(context, (hooks) => hooks.onError?.(error, 'sendBulk'), 'onError');
      const detail = `internal error in sendBulk: ${errorMessage(error)}`;
      emitAll(batch, first, (request) =>
        notSent('unknown', 'policy', {
          recipientId: recipientIdOf(request),
          detail,
          retryable: false,
        }),
      );
      return;
    }
    if (options.dryRun) {
      for (let i = 0; i < decisions.length; i++) emit(first + i, preflightOf(decisions[i]!));
      return;
    }
    await deliverBatch(context, decisions, {
      concurrency,
      interrupt,
      emit: (i, outcome) => emit(first + i, outcome),
    });
  };

  const produce = async (): Promise<BulkSummary> => {
    const onAbort = () => run.cancel();
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) stoppedBy = 'cancelled';
    let batch: unknown[] = [];
    let first = 0;
    const take = async (request: unknown) => {
      batch.push(request);
      counts.read++;
      if (batch.length < batchSize) return;
      await processBatch(batch, first);
      first += batch.length;
      batch = [];
      report();
      await queue.waitForRoom();
    };
    try {
      if (isSyncIterable(requests)) {
        // `for await` over a sync iterable costs a promise and a microtask per request;
        // read it directly, awaiting only what is a promise, as `for await` would.
        for (const request of requests) {
          if (isThenable(request)) await take(await request);
          else if (batch.length + 1 < batchSize) {
            batch.push(request);
            counts.read++;
          } else await take(request);
        }
      } else {
        for await (const request of requests) await take(request);
      }
    } catch (error) {
      // The input itself failed: what was read still gets its outcomes; no more can be known.
      safeHook(context, (hooks) => hooks.onError?.(error, 'sendBulk input'), 'onError');
      stoppedBy ??= 'input_failed';
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
    if (batch.length > 0) await processBatch(batch, first);
    queue.finish();
    report();
    return {
      total: counts.done,
      sent: counts.sent,
      ready: counts.ready,
      notSent: counts.notSent,
      byReason: { ...byReason },
      durationMs: context.now() - started,
      ...(stoppedBy === undefined ? {} : { stoppedBy }),
    };
  };

  const report = () => {
    const current = progress();
    if (options.onProgress) safeHook(context, () => options.onProgress?.(current), 'onProgress');
  };

  const start = () => {
    running ??= produce();
    return running;
  };

  const run: BulkRun = {
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      const waiters = resumeWaiters;
      resumeWaiters = [];
      for (const wake of waiters) wake();
    },
    cancel() {
      if (stoppedBy === undefined) stoppedBy = 'cancelled';
      run.resume();
    },
    get progress() {
      return progress();
    },
    done: start,
    [Symbol.asyncIterator](): AsyncIterator<BulkItem> {
      const iterator = queue.iterator();
      void start();
      return iterator;
    },
  };
  return run;
}

function preflightOf(decision: Decision): Preflight | NotSent {
  const blocked = decision.blocked[0];
  if (blocked !== undefined) return blocked;
  const prepared = decision.prepared!;
  return {
    status: 'ready',
    recipientId: prepared.request.recipient.id,
    address: prepared.display!,
    warnings: prepared.warnings,
  };
}

/** An iterable that `for await` would read through its sync iterator. */
function isSyncIterable(value: unknown): value is Iterable<unknown> {
  const iterable = value as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
  return (
    typeof value === 'object' &&
    value !== null &&
    iterable[Symbol.asyncIterator] == null &&
    typeof iterable[Symbol.iterator] === 'function'
  );
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

function clamp(value: number | undefined, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

/** A permanent refusal of the recipient at the transport: what the breaker counts. */
function isRecipientRefusal(outcome: Outcome): boolean {
  return (
    outcome.status === 'not_sent' &&
    outcome.stage === 'transport' &&
    reasonInfo[outcome.reason].suppress
  );
}
