import type { MessageStatus } from '../ledger/statuses';
import type { LedgerEvent, LedgerMessage, LedgerStore } from '../ledger/types';
import type {
  MailingPauseCause,
  MailingStore,
  MailingSummary,
  MailingThresholds,
} from '../mailing/types';
import type { NotSent, Sent } from '../outcome';
import type { Policy } from '../policy/policy';
import type { LocaleTexts } from '../reasons/describe-in';
import type { Reason } from '../reasons/reason';
import type { Locale, ReasonText } from '../reasons/reason-types';
import type { Stores } from '../stores/types';
import type { Transport } from '../transport/transport';
import type { ResolvedUnsubscribe } from '../unsubscribe/unsubscribe-config';
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
  /** Called for every delivery event the ledger applied (not for duplicates). */
  onDeliveryEvent?(event: LedgerEvent, message: LedgerMessage | undefined): void;
  /**
   * Called once when a message ends undelivered (bounced, invalid, expired), with the
   * recorded message (who sent it: `actor`), so the host can tell the sender.
   */
  onUndeliverable?(notice: UndeliverableNotice): void;
  /**
   * Called once when a mailing pauses itself (a rate passed its threshold), on the process
   * whose store call paused it; also after `pauseMailing`.
   */
  onMailingPaused?(event: MailingPausedEvent): void;
}

/** A mailing was paused: by which rate, against which threshold, over which sample, and what to do. */
export interface MailingPausedEvent {
  readonly mailing: MailingSummary;
  readonly cause: MailingPauseCause;
  /** The rate that passed its threshold (absent for a manual pause). */
  readonly rate?: number;
  readonly threshold?: number;
  readonly sample?: number;
  /** Title, cause and what to do, in the gate's language. */
  readonly text: ReasonText;
}

/** A message that ended undelivered, with what a host needs to tell its sender. */
export interface UndeliverableNotice {
  readonly message: LedgerMessage;
  /** `bounced` or `invalid`. */
  readonly status: MessageStatus;
  readonly reason: Reason;
  /** The reason's title, cause and remedy in the gate's locale. */
  readonly text: ReasonText;
}

/** The gate's stores: the three of `Stores` plus the delivery ledger and the mailings. */
export interface GateStores extends Stores {
  readonly ledger: LedgerStore;
  readonly mailings: MailingStore;
}

/** What every gate operation needs, resolved once from the config. */
export interface GateContext {
  readonly transport: Transport;
  readonly stores: GateStores;
  /** The key of the keyed hash that keeps forgotten addresses blocked (`forget`). */
  readonly erasureKey: string | undefined;
  /** The domain of the Message-ID mailgate generates; default: the sender's domain. */
  readonly messageIdDomain: string | undefined;
  readonly policies: readonly Policy[];
  readonly locale: Locale;
  /** Reason texts besides English, as given in the config. */
  readonly texts: LocaleTexts;
  readonly hooks: MailgateHooks;
  readonly storeTimeoutMs: number;
  readonly sendTimeoutMs: number;
  readonly idempotencyTtlMs: number;
  /** The gate's mailing thresholds, and those of each tenant (config `mailings`). */
  readonly mailingThresholds?: Partial<MailingThresholds>;
  readonly tenantThresholds?: Readonly<Record<string, Partial<MailingThresholds>>>;
  readonly now: () => number;
  readonly lifecycle: GateLifecycle;
  /** How unsubscribe links are made; undefined: messages get no unsubscribe headers. */
  readonly unsubscribe?: ResolvedUnsubscribe | undefined;
}

/**
 * Calls a host hook without letting it break the gate. A hook typed `void` may still be
 * an async function: its rejection goes to `onError` too, never to an unhandled rejection
 * that would end the host's process.
 */
export function safeHook(
  context: GateContext,
  call: (hooks: MailgateHooks) => unknown,
  where: string,
): void {
  try {
    catchRejection(context, call(context.hooks), where);
  } catch (error) {
    hookFailed(context, error, where);
  }
}

/** When a hook answered a promise, routes its rejection to `onError`. */
export function catchRejection(context: GateContext, answer: unknown, where: string): void {
  if (typeof answer !== 'object' || answer === null) return;
  const then = (answer as { then?: unknown }).then;
  if (typeof then !== 'function') return;
  then.call(answer, undefined, (error: unknown) => hookFailed(context, error, where));
}

function hookFailed(context: GateContext, error: unknown, where: string): void {
  if (where === 'onError') return;
  safeHook(context, (hooks) => hooks.onError?.(error, where), 'onError');
}
