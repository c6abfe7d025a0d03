import type { NotSent, Sent } from '../outcome';
import type { Policy } from '../policy/policy';
import type { Locale } from '../reasons/reason-types';
import type { Stores } from '../stores/types';
import type { Transport } from '../transport/transport';
import type { GateLifecycle } from './lifecycle';

/** Callbacks for logging and metrics. They may throw or be slow; the gate shields itself. */
export interface MailgateHooks {
  /** Called once for every outcome of `send` and `sendBulk` (not for `check`). */
  onOutcome?(outcome: Sent | NotSent): void;
  /**
   * Called when something went wrong that did not change an outcome: a counter could
   * not be updated, a hook threw. `where` names the step.
   */
  onError?(error: unknown, where: string): void;
}

/** What every gate operation needs, resolved once from the config. */
export interface GateContext {
  readonly transport: Transport;
  readonly stores: Stores;
  readonly policies: readonly Policy[];
  readonly locale: Locale;
  readonly hooks: MailgateHooks;
  readonly storeTimeoutMs: number;
  readonly sendTimeoutMs: number;
  readonly idempotencyTtlMs: number;
  readonly now: () => number;
  readonly lifecycle: GateLifecycle;
}

/** Calls a host hook without letting it break the gate. */
export function safeHook(
  context: GateContext,
  call: (hooks: MailgateHooks) => void,
  where: string,
): void {
  try {
    call(context.hooks);
  } catch (error) {
    if (where === 'onError') return;
    safeHook(context, (hooks) => hooks.onError?.(error, where), 'onError');
  }
}
