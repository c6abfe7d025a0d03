import { memoryCounterStore } from './memory-counter-store';
import { memoryIdempotencyStore } from './memory-idempotency-store';
import { memorySuppressionStore } from './memory-suppression-store';
import type { Stores } from './types';

export interface MemoryStoresOptions {
  /** One clock for all three stores (ms since the epoch); `Date.now` by default. */
  readonly now?: () => number;
}

/**
 * The default stores: everything in this process's memory. Right for one machine and
 * for tests; a host that runs on several machines needs shared stores instead.
 */
export function memoryStores(options: MemoryStoresOptions = {}): Stores {
  return {
    suppressions: memorySuppressionStore(options),
    counters: memoryCounterStore(options),
    idempotency: memoryIdempotencyStore(options),
  };
}
