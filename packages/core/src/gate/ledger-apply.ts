import type { ApplyResult, LedgerEventInput } from '../ledger/types';
import { describeIn } from '../reasons/describe-in';
import { type GateContext, safeHook } from './gate-context';
import { callStore, type StoreFailure } from './with-timeout';

const UNDELIVERED = new Set(['bounced', 'invalid']);

/** Where applying a batch of events stopped, if it did. */
export type ApplyFailure = {
  readonly store: 'ledger' | 'suppressions';
  readonly failure: StoreFailure;
};

/**
 * Applies events to the ledger in one call, writes the suppressions they imply in one
 * call, then tells the hooks. A failed suppression write is reported as such: applying
 * the same events again gives the same suppressions (the ledger answers them for
 * duplicates too), so the caller can retry without losing one.
 */
export async function applyAndNotify(
  context: GateContext,
  events: readonly LedgerEventInput[],
  now: number,
): Promise<{ ok: true; value: ApplyResult } | ({ ok: false } & ApplyFailure)> {
  if (events.length === 0)
    return { ok: true, value: { events: [], addresses: [], suppressions: [] } };
  const applied = await callStore(
    () => context.stores.ledger.applyEvents(events, now),
    context.storeTimeoutMs,
  );
  if (!applied.ok) return { ok: false, store: 'ledger', failure: applied.failure };
  return settle(context, events, applied.value);
}

/**
 * Writes the suppressions an applied batch implies (one call) and tells the hooks;
 * `events[i]` is the event of `result.events[i]`.
 */
export async function settle(
  context: GateContext,
  events: readonly LedgerEventInput[],
  result: ApplyResult,
): Promise<{ ok: true; value: ApplyResult } | ({ ok: false } & ApplyFailure)> {
  if (result.suppressions.length > 0) {
    const stored = await callStore(
      () => context.stores.suppressions.add(result.suppressions, { actor: 'ledger' }),
      context.storeTimeoutMs,
    );
    if (!stored.ok) return { ok: false, store: 'suppressions', failure: stored.failure };
  }
  notify(context, events, result);
  return { ok: true, value: result };
}

function notify(context: GateContext, events: readonly LedgerEventInput[], result: ApplyResult) {
  const { onDeliveryEvent, onUndeliverable } = context.hooks;
  if (onDeliveryEvent === undefined && onUndeliverable === undefined) return;
  result.events.forEach((answer, i) => {
    if (answer.result !== 'applied') return;
    const event = events[i]!;
    const message = answer.message;
    safeHook(context, (hooks) => hooks.onDeliveryEvent?.(event, message), 'onDeliveryEvent');
    if (
      message === undefined ||
      !UNDELIVERED.has(message.status) ||
      (answer.previousStatus !== undefined && UNDELIVERED.has(answer.previousStatus))
    )
      return;
    const reason = message.reason ?? event.reason ?? 'unknown';
    safeHook(
      context,
      (hooks) =>
        hooks.onUndeliverable?.({
          message,
          status: message.status,
          reason,
          text: describeIn(context.texts, reason, context.locale),
        }),
      'onUndeliverable',
    );
  });
}
