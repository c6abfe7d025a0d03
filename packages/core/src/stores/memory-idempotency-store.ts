import { ExpiringMap } from './expiring-map';
import type { IdempotencyStore } from './types';

/** Options of `memoryIdempotencyStore`. */
export interface MemoryIdempotencyStoreOptions {
  /** The clock that claims lapse on; inject one in tests instead of sleeping. */
  readonly now?: () => number;
}

/**
 * Idempotency claims in memory, for one process. `claim` checks and takes every key
 * before its first `await` — there is none — so it is atomic within the process: of two
 * claims of one key, in one batch or in concurrent calls, only the first wins.
 *
 * @example
 * ```ts
 * import { memoryIdempotencyStore } from '@mailgate/core';
 *
 * const keys = memoryIdempotencyStore();
 * const [first] = await keys.claim(['mailing-42:cand-81'], 7 * 86_400_000); // true
 * const [again] = await keys.claim(['mailing-42:cand-81'], 7 * 86_400_000); // false: never sent twice
 * ```
 */
export function memoryIdempotencyStore(
  options: MemoryIdempotencyStoreOptions = {},
): IdempotencyStore {
  const clock = options.now ?? Date.now;
  const claims = new ExpiringMap<true>(clock);
  return {
    async claim(keys, ttlMs) {
      const now = clock();
      return keys.map((key) => {
        if (claims.get(key, now) !== undefined) return false;
        claims.set(key, true, now + Math.max(0, ttlMs), now);
        return true;
      });
    },
    async release(keys) {
      for (const key of keys) claims.delete(key);
    },
  };
}
