import type { NotSent, Preflight, Sent } from '../outcome';
import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import { RefusalWindow } from './breaker';
import { type Decision, decideBatch } from './decide';
import { deliverBatch, type Interruption } from './deliver-batch';
import { catchRejection, type GateContext, safeHook } from './gate-context';
import { type MailingRun, mailingRun } from './mailing-batch';
import { notSent } from './not-sent';
import { OutcomeQueue } from './outcome-queue';
import { recipientIdOf, UNREADABLE } from './prepare-request';
import type { BulkItem, BulkOptions, BulkProgress, BulkRun, BulkSummary } from './send-bulk';
import { errorMessage } from './with-timeout';

type Outcome = Sent | Preflight | NotSent;

/** What reading the next element came to when the run was stopped meanwhile. */
const STOPPED = Symbol('stopped');

export function createBulkRun(
  context: GateContext,
  requests: Iterable<unknown> | AsyncIterable<unknown>,
  options: BulkOptions,
  misconfigured: (() => NotSent) | undefined,
  remainingOf?: { readonly parentId: string; readonly unengagedBefore: number },
): BulkRun {
  const mailingProblem = badMailing(options.mailing);
  const mailing: MailingRun | undefined =
    options.mailing === undefined || options.dryRun === true || mailingProblem !== undefined
      ? undefined
      : mailingRun(context, options.mailing, remainingOf);
  const batchSize = clamp(options.batchSize, 500, 1, 10_000);
  const concurrency = clamp(options.concurrency, 8, 1, 256);
  const breaker =
    options.breaker === false
      ? undefined
      : new RefusalWindow({ minAttempts: 100, maxRefusalRate: 0.1, ...options.breaker });
  const started = context.now();
  const counts = { read: 0, done: 0, sent: 0, ready: 0, notSent: 0 };
  const byReason: Partial<Record<Reason, number>> = {};
  let stoppedBy: BulkSummary['stoppedBy'];
  let paused = false;
  let resumeWaiters: (() => void)[] = [];
  let running: Promise<BulkSummary> | undefined;
  // Aborted by cancel(): ends the reading of the input and the sends in flight.
  const cancelSends = new AbortController();
  let wakeReader: (() => void) | undefined;
  const stopped = new Promise<typeof STOPPED>((resolve) => {
    wakeReader = () => resolve(STOPPED);
  });

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
        catchRejection(context, context.hooks.onOutcome?.(outcome), 'onOutcome');
      } catch (error) {
        safeHook(context, (hooks) => hooks.onError?.(error, 'onOutcome'), 'onError');
      }
      if (outcome.status === 'sent' || outcome.stage === 'transport')
        breaker?.record(isRecipientRefusal(outcome));
    }
    queue.push(index, outcome);
  };

  const stop = (reason: 'cancelled' | 'gate_closed') => {
    stoppedBy ??= reason;
    wakeReader?.();
    if (reason === 'cancelled') cancelSends.abort();
    run.resume();
  };

  const waitWhilePaused = async () => {
    while (paused && stoppedBy === undefined)
      await new Promise<void>((resolve) => resumeWaiters.push(resolve));
  };

  /**
   * Before each send: a stopped or tripped run sends no more; a paused one waits. Answers
   * at once unless the run is paused (no promise per message).
   */
  const interrupt = (): Interruption | undefined | Promise<Interruption | undefined> => {
    if (paused && stoppedBy === undefined) return waitWhilePaused().then(interruption);
    return interruption();
  };
  const interruption = (): Interruption | undefined => {
    if (stoppedBy === undefined && (breaker?.tripped() || mailing?.held))
      stoppedBy = 'campaign_paused';
    return stoppedBy === 'input_failed' ? undefined : stoppedBy;
  };

  /**
   * Decides (and, unless a dry run, delivers) one batch. `before` is the batch before it,
   * still in flight (dry runs only): this one is decided meanwhile, but answered after it.
   * Never rejects.
   */
  const processBatch = async (
    batch: unknown[],
    first: number,
    before?: Promise<void>,
  ): Promise<void> => {
    // Every request of the batch gets exactly one outcome, whatever fails below.
    const answered = new Uint8Array(batch.length);
    const answer = (i: number, outcome: Outcome) => {
      if (answered[i] === 1) return;
      answered[i] = 1;
      emit(first + i, outcome);
    };
    try {
      await decideAndDeliver(batch, answer, before);
    } catch (error) {
      if (before !== undefined) await before;
      safeHook(context, (hooks) => hooks.onError?.(error, 'sendBulk'), 'onError');
      const detail = `internal error in sendBulk: ${errorMessage(error)}`;
      for (let i = 0; i < batch.length; i++) {
        answer(
          i,
          notSent('unknown', 'policy', {
            recipientId: recipientIdOf(batch[i]),
            detail,
            retryable: false,
          }),
        );
      }
    }
  };

  const decideAndDeliver = async (
    batch: unknown[],
    answer: (i: number, o: Outcome) => void,
    before: Promise<void> | undefined,
  ) => {
    const reason = await interrupt();
    if (reason !== undefined || misconfigured || mailingProblem) {
      if (before !== undefined) await before;
      for (let i = 0; i < batch.length; i++) {
        const recipientId = recipientIdOf(batch[i]);
        answer(
          i,
          reason !== undefined
            ? notSent(reason, 'policy', { recipientId })
            : mailingProblem !== undefined
              ? notSent('invalid_request', 'policy', { recipientId, detail: mailingProblem })
              : misconfigured!(),
        );
      }
      return;
    }
    const decisions: Decision[] = await decideBatch(batch, {
      stores: context.stores,
      policies: context.policies,
      storeTimeoutMs: context.storeTimeoutMs,
      now: context.now(),
      all: false,
      project: options.dryRun === true,
      ledger: { store: context.stores.ledger, erasureKey: context.erasureKey },
    });
    if (options.dryRun) {
      if (before !== undefined) await before;
      for (let i = 0; i < decisions.length; i++) answer(i, preflightOf(decisions[i]!));
      return;
    }
    const { bookkeeping } = await deliverBatch(context, decisions, {
      concurrency,
      interrupt,
      cancel: cancelSends.signal,
      emit: answer,
      ...(mailing === undefined ? {} : { mailing }),
    });
    // The next batch reads the counters: let this one's sends be counted first.
    await bookkeeping;
  };

  const produce = async (): Promise<BulkSummary> => {
    const onAbort = () => run.cancel();
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) stop('cancelled');
    if (context.lifecycle.closed) stop('gate_closed');
    const forget = context.lifecycle.addRun({ closeRun: () => stop('gate_closed') });
    let batch: unknown[] = [];
    let first = 0;
    // A dry run decides a batch while the one before it waits for the stores (one batch
    // ahead at most; outcomes stay in order). Its batches do not depend on each other:
    // nothing is sent or counted. A real send decides each batch after the one before
    // is counted, so it never looks ahead.
    let ahead: Promise<void> | undefined;
    const reading = () => stoppedBy === undefined || stoppedBy === 'campaign_paused';
    const flush = async (): Promise<boolean> => {
      const current = processBatch(batch, first, ahead);
      first += batch.length;
      batch = [];
      if (options.dryRun === true) {
        const previous = ahead;
        ahead = current;
        if (previous !== undefined) await previous;
      } else await current;
      report();
      await queue.waitForRoom();
      return reading();
    };
    const settled = (value: unknown): boolean | Promise<boolean> => {
      batch.push(value);
      if (!reading()) return false;
      return batch.length < batchSize || flush();
    };
    // Synchronous for a plain element: most inputs are arrays of objects.
    const take = (request: unknown): boolean | Promise<boolean> => {
      counts.read++;
      const then = thenOf(request);
      if (typeof then !== 'function') return settled(then === UNREADABLE ? UNREADABLE : request);
      return Promise.race([Promise.resolve(request), stopped]).then(
        // A stop while the element was still pending: it was read, so it is answered.
        (value) => settled(value === STOPPED ? UNREADABLE : value),
        () => settled(UNREADABLE),
      );
    };
    try {
      if (stoppedBy === undefined) await readAll(requests, take, stopped);
    } catch (error) {
      // The input itself failed: what was read still gets its outcomes; no more can be known.
      safeHook(context, (hooks) => hooks.onError?.(error, 'sendBulk input'), 'onError');
      stoppedBy ??= 'input_failed';
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
    if (batch.length > 0) await processBatch(batch, first, ahead);
    await ahead;
    if (mailing !== undefined && stoppedBy === undefined && !mailing.held) await mailing.finish();
    forget();
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
    running ??= context.lifecycle.track(produce());
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
      stop('cancelled');
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

/**
 * Reads the input element by element until `take` answers false. A sync iterable is read
 * directly (`for await` would cost a promise and a microtask per element); an async one
 * by hand, so that a stop ends a `next()` that never settles instead of waiting for it.
 */
async function readAll(
  requests: Iterable<unknown> | AsyncIterable<unknown>,
  take: (request: unknown) => boolean | Promise<boolean>,
  stopped: Promise<typeof STOPPED>,
): Promise<void> {
  if (isSyncIterable(requests)) {
    for (const request of requests) {
      const more = take(request);
      if (more === false || (more !== true && !(await more))) return;
    }
    return;
  }
  const iterator = (requests as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), stopped]);
    if (next === STOPPED) return leave(iterator);
    if (next.done) return;
    const more = take(next.value);
    if (more === false || (more !== true && !(await more))) return leave(iterator);
  }
}

/** Tells an input we stopped reading, without waiting for it or minding its errors. */
function leave(iterator: AsyncIterator<unknown>): void {
  try {
    const left = iterator.return?.();
    if (left !== undefined) Promise.resolve(left).catch(() => {});
  } catch {
    // Its return() threw: it is left all the same.
  }
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

/**
 * The element's `then`, which `for await` would call; `UNREADABLE` when reading it
 * throws (a revoked proxy, a throwing getter): that element cannot be read.
 */
function thenOf(request: unknown): unknown {
  if ((typeof request !== 'object' && typeof request !== 'function') || request === null)
    return undefined;
  try {
    return (request as { then?: unknown }).then;
  } catch {
    return UNREADABLE;
  }
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

/** What is wrong with `BulkOptions.mailing`, if anything: every request is then refused. */
function badMailing(ref: unknown): string | undefined {
  if (ref === undefined) return undefined;
  const { id, tenant, parentId, part } = (ref ?? {}) as Record<string, unknown>;
  const text = (value: unknown) =>
    typeof value === 'string' && value.length > 0 && value.length <= 256;
  if (!text(id) || !text(tenant) || (parentId !== undefined && !text(parentId)))
    return 'mailing: id and tenant must be strings of 1 to 256 characters';
  if (part !== undefined && typeof part !== 'boolean') return 'mailing: part must be a boolean';
  return undefined;
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
