import { ExpiringMap } from './expiring-map';
import type { CounterStore } from './types';

/** Options of `memoryCounterStore`. */
export interface MemoryCounterStoreOptions {
  /** The clock that expiry is measured on; inject one in tests instead of sleeping. */
  readonly now?: () => number;
}

/**
 * Counters in memory, for one process. A counter lives `ttlMs` from its first
 * increment (a fixed window: the period bucket is part of the key the policy builds).
 *
 * @example
 * ```ts
 * import { memoryCounterStore } from '@mailgate/core';
 *
 * const counters = memoryCounterStore();
 * await counters.increment(['mailings:acme:ann@example.com:2026-12'], 31 * 86_400_000);
 * const [count] = await counters.get(['mailings:acme:ann@example.com:2026-12']); // 1
 * ```
 */
export function memoryCounterStore(options: MemoryCounterStoreOptions = {}): CounterStore {
  const clock = options.now ?? Date.now;
  const counters = new ExpiringMap<number>(clock);
  return {
    async get(keys) {
      const now = clock();
      return keys.map((key) => counters.get(key, now) ?? 0);
    },
    async increment(keys, ttlMs) {
      const now = clock();
      for (const key of keys) {
        const entry = counters.live(key, now);
        if (entry !== undefined) entry.value++;
        else counters.set(key, 1, now + Math.max(0, ttlMs), now);
      }
    },
  };
}
