import { memoryCounterStore } from './memory-counter-store';
import { memoryIdempotencyStore } from './memory-idempotency-store';
import { memorySuppressionStore } from './memory-suppression-store';
import type { Stores } from './types';

/** Options of `memoryStores`. */
export interface MemoryStoresOptions {
  /** One clock for all three stores (ms since the epoch); `Date.now` by default. */
  readonly now?: () => number;
}

/**
 * The default stores: everything in this process's memory. Right for one machine and
 * for tests; a host that runs on several machines needs shared stores instead.
 *
 * @example
 * ```ts
 * import { createMailgate, memoryStores } from '@mailgate/core';
 * import { smtpTransport } from '@mailgate/transport-smtp';
 *
 * const stores = memoryStores();
 * await stores.suppressions.add(
 *   [{ key: 'ann@example.com', scope: 'global', reason: 'previously_bounced', source: 'import' }],
 *   { actor: 'admin' },
 * );
 * const gate = createMailgate({ transport: smtpTransport({ host: 'localhost', port: 587 }), stores });
 * ```
 */
export function memoryStores(options: MemoryStoresOptions = {}): Stores {
  return {
    suppressions: memorySuppressionStore(options),
    counters: memoryCounterStore(options),
    idempotency: memoryIdempotencyStore(options),
  };
}
