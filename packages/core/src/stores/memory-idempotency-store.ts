import { ExpiringMap } from './expiring-map';
import type { IdempotencyStore } from './types';

/** Options of `memoryIdempotencyStore`. */
export interface MemoryIdempotencyStoreOptions {
  /** The clock that leases and sent keys lapse on; inject one in tests instead of sleeping. */
  readonly now?: () => number;
}

const CLAIMED = 0;
const SENT = 1;

/**
 * Idempotency leases in memory, for one process. Each call reads the clock once and
 * checks and takes every key before its first `await` — there is none — so it is atomic
 * within the process: of two claims of one key, in one batch or in concurrent calls,
 * only the first wins.
 *
 * @example
 * ```ts
 * import { memoryIdempotencyStore } from '@mailgate/core';
 *
 * const keys = memoryIdempotencyStore();
 * const [first] = await keys.claim(['mailing-42:cand-81'], 60_000); // true: leased for a minute
 * await keys.confirm(['mailing-42:cand-81'], 7 * 86_400_000); // sent: kept for a week
 * const [again] = await keys.claim(['mailing-42:cand-81'], 60_000); // false: never sent twice
 * ```
 */
export function memoryIdempotencyStore(
  options: MemoryIdempotencyStoreOptions = {},
): IdempotencyStore {
  const clock = options.now ?? Date.now;
  const keys = new ExpiringMap<typeof CLAIMED | typeof SENT>(clock);
  return {
    async claim(batch, leaseMs) {
      const now = clock();
      return batch.map((key) => {
        if (typeof key !== 'string' || keys.get(key, now) !== undefined) return false;
        keys.set(key, CLAIMED, now + duration(leaseMs), now);
        return true;
      });
    },
    async confirm(batch, ttlMs) {
      const now = clock();
      for (const key of batch) {
        if (typeof key === 'string') keys.set(key, SENT, now + duration(ttlMs), now);
      }
    },
    async release(batch) {
      const now = clock();
      for (const key of batch) {
        if (typeof key === 'string' && keys.get(key, now) === CLAIMED) keys.delete(key);
      }
    },
  };
}

/** A lease or time to live in ms; anything but a positive finite number is none. */
function duration(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
