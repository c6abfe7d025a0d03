import type { MessageStatus } from '../ledger/statuses';
import type { ApplyResult, LedgerEventInput } from '../ledger/types';
import type { MailingEventCounts } from '../mailing/types';
import { type GateContext, safeHook } from './gate-context';
import { pauseIfTripped } from './mailing-pause';
import { callStore } from './with-timeout';

const BOUNCED = new Set<MessageStatus>(['bounced', 'invalid']);

/**
 * Counts what ingested events did to messages of mailings — a first hard bounce, a
 * complaint, an unsubscribe — and the engagement (opens, clicks) of their addresses, in
 * one store call; then pauses the mailings whose rates passed their thresholds. A
 * message counts once per kind: the ledger's status change says whether it is new.
 */
export async function countMailingEvents(
  context: GateContext,
  events: readonly LedgerEventInput[],
  result: ApplyResult,
  now: number,
): Promise<void> {
  const counts = new Map<
    string,
    { -readonly [K in keyof MailingEventCounts]: MailingEventCounts[K] }
  >();
  const engaged: { tenant: string; address: string; at: number }[] = [];
  result.events.forEach((answer, i) => {
    const event = events[i]!;
    if (answer.result !== 'applied') return;
    if (event.type === 'open' || event.type === 'click')
      engaged.push({ tenant: event.tenant, address: event.address, at: event.at });
    const message = answer.message;
    if (message?.mailingId === undefined) return;
    const before = answer.previousStatus;
    const status = message.status;
    const field =
      BOUNCED.has(status) && (before === undefined || !BOUNCED.has(before))
        ? 'bounced'
        : status === 'complained' && before !== 'complained'
          ? 'complaints'
          : status === 'unsubscribed' && before !== 'unsubscribed'
            ? 'unsubscribes'
            : undefined;
    if (field === undefined) return;
    const key = `${message.tenant}\u0000${message.mailingId}`;
    let entry = counts.get(key);
    if (entry === undefined) {
      entry = { tenant: message.tenant, id: message.mailingId };
      counts.set(key, entry);
    }
    entry[field] = (entry[field] ?? 0) + 1;
  });
  if (counts.size === 0 && engaged.length === 0) return;
  const added = await callStore(
    () => context.stores.mailings.addEvents([...counts.values()], engaged, now),
    context.storeTimeoutMs,
  );
  if (!added.ok) {
    safeHook(
      context,
      (hooks) => hooks.onError?.(new Error(added.failure.message), 'mailings.addEvents'),
      'onError',
    );
    return;
  }
  for (const record of added.value)
    if (record !== undefined) await pauseIfTripped(context, record, now);
}
