import { ExpiringMap } from './expiring-map';
import { checkLeaseOwner as checkOwner } from './kit/lease-owner';
import type { IdempotencyStore } from './types';

/** Options of `memoryIdempotencyStore`. */
export interface MemoryIdempotencyStoreOptions {
  /** The clock that leases and sent keys lapse on; inject one in tests instead of sleeping. */
  readonly now?: () => number;
}

interface Lease {
  readonly sent: boolean;
  readonly owner: string;
}

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
 * const owner = crypto.randomUUID(); // one per claim
 * const [first] = await keys.claim(['mailing-42:cand-81'], 60_000, owner); // true: leased for a minute
 * await keys.confirm(['mailing-42:cand-81'], 7 * 86_400_000, owner); // sent: kept for a week
 * const [again] = await keys.claim(['mailing-42:cand-81'], 60_000, crypto.randomUUID()); // false: never sent twice
 * ```
 */
export function memoryIdempotencyStore(
  options: MemoryIdempotencyStoreOptions = {},
): IdempotencyStore {
  const clock = options.now ?? Date.now;
  const keys = new ExpiringMap<Lease>(clock);
  return {
    async claim(batch, leaseMs, owner) {
      checkOwner(owner);
      const now = clock();
      return batch.map((key) => {
        if (typeof key !== 'string' || keys.get(key, now) !== undefined) return false;
        keys.set(key, { sent: false, owner }, now + duration(leaseMs), now);
        return true;
      });
    },
    async confirm(batch, ttlMs, owner) {
      checkOwner(owner);
      const now = clock();
      return batch.map((key) => {
        if (typeof key !== 'string') return true;
        const held = keys.get(key, now);
        keys.set(key, { sent: true, owner }, now + duration(ttlMs), now);
        return held === undefined || held.owner === owner;
      });
    },
    async release(batch, owner) {
      checkOwner(owner);
      const now = clock();
      return batch.map((key) => {
        if (typeof key !== 'string') return true;
        const held = keys.get(key, now);
        if (held === undefined) return true;
        if (held.owner !== owner) return false;
        if (!held.sent) keys.delete(key);
        return true;
      });
    },
  };
}

/** A lease or time to live in ms; anything but a positive finite number is none. */
function duration(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
