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

/**
 * Bookkeeping after a send must not change its outcome: a failure is reported to the
 * host through `onError`, and the promise never rejects.
 */
export async function afterSend(
  context: GateContext,
  call: () => PromiseLike<void> | void,
  where: string,
): Promise<void> {
  const result = await callStore(call, context.storeTimeoutMs);
  if (!result.ok)
    safeHook(
      context,
      (hooks) => hooks.onError?.(new Error(result.failure.message), where),
      'onError',
    );
}
