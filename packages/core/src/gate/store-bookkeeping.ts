import type { CounterIncrement } from '../policy/policy';
import { type GateContext, safeHook } from './gate-context';
import { callStore } from './with-timeout';

/** Adds what was sent to the counters, one call per time to live. */
export function countSent(
  context: GateContext,
  increments: readonly CounterIncrement[],
): Promise<void>[] {
  const byTtl = new Map<number, string[]>();
  for (const { key, ttlMs } of increments) {
    const keys = byTtl.get(ttlMs);
    if (keys === undefined) byTtl.set(ttlMs, [key]);
    else keys.push(key);
  }
  const calls: Promise<void>[] = [];
  for (const [ttlMs, keys] of byTtl) {
    calls.push(
      afterSend(
        context,
        () => context.stores.counters.increment(keys, ttlMs),
        'counters.increment',
      ),
    );
  }
  return calls;
}

/** How to read the answer of a bookkeeping call that has one. */
export interface AfterSendAnswer<T> {
  /** Checks the answer's shape; one of the wrong shape is reported to `onError`. */
  readonly valid: (value: unknown) => value is T;
  /** What the answer says went wrong, if anything: reported to `onError`. */
  readonly problem: (value: T) => unknown;
}

/**
 * Bookkeeping after a send must not change its outcome: a failure, or an answer that
 * reports a problem, goes to the host through `onError`, and the promise never rejects.
 */
export async function afterSend<T = void>(
  context: GateContext,
  call: () => PromiseLike<T> | T,
  where: string,
  answer?: AfterSendAnswer<T>,
): Promise<void> {
  const result = await callStore(
    call,
    context.storeTimeoutMs,
    answer === undefined ? {} : { valid: answer.valid },
  );
  const problem = !result.ok
    ? new Error(result.failure.message)
    : answer === undefined
      ? undefined
      : answer.problem(result.value);
  if (problem !== undefined)
    safeHook(context, (hooks) => hooks.onError?.(problem, where), 'onError');
}
