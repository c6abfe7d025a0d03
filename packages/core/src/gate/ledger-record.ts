import { recordOutcome } from '../ledger/from-outcome';
import type { LedgerEventInput, LedgerMessageInput } from '../ledger/types';
import type { NotSent, Sent } from '../outcome';
import { type GateContext, safeHook } from './gate-context';
import { applyAndNotify } from './ledger-apply';
import type { PreparedRequest } from './prepare-request';
import { callStore } from './with-timeout';

/** One decided request of a batch, as the ledger records it. */
export interface Recorded {
  readonly id: string;
  readonly outcome: Sent | NotSent;
  readonly prepared: PreparedRequest | undefined;
  /** Refused because its address was forgotten: recorded without the address. */
  readonly forgotten?: boolean;
  /** The mailing of the run (`BulkOptions.mailing`), over the request's `campaignId`. */
  readonly mailingId?: string;
}

/**
 * Records a batch's outcomes: one `recordMessages` and one `applyEvents` (the refusals at
 * send time, which act as bounces) for the whole batch. After the send, so it never
 * changes an outcome: a failure goes to `onError`. A request that could not be read has
 * no tenant and is not recorded.
 */
export async function recordBatch(
  context: GateContext,
  entries: readonly Recorded[],
  now: number,
): Promise<void> {
  const messages: LedgerMessageInput[] = [];
  const events: LedgerEventInput[] = [];
  for (const { id, outcome, prepared, forgotten, mailingId } of entries) {
    if (prepared === undefined) continue;
    const { context: request } = prepared.request;
    const attempted =
      outcome.status === 'sent' || outcome.stage === 'transport' || outcome.stage === 'delivery';
    const mailing = mailingId ?? request.campaignId;
    const rows = recordOutcome(
      id,
      outcome,
      {
        tenant: request.tenant,
        category: request.category,
        mailingId: mailing,
        actor: request.sender?.id,
        transport: attempted ? context.transport.name : undefined,
        // Normalized once already, when the request was prepared.
        chosenAddress: prepared.display,
        normalizedAddress: prepared.policyRequest?.address,
      },
      now,
    );
    if (forgotten === true) {
      // Erasure holds: the refusal is kept, but not who it was for.
      const { address: _address, recipientId: _recipient, ...anonymous } = rows.message;
      messages.push(anonymous);
      continue;
    }
    messages.push(rows.message);
    for (const event of rows.events) events.push(event);
  }
  if (messages.length === 0) return;
  const recorded = await callStore(
    () => context.stores.ledger.recordMessages(messages),
    context.storeTimeoutMs,
  );
  if (!recorded.ok) {
    report(context, recorded.failure.message, 'ledger.recordMessages');
    return;
  }
  const applied = await applyAndNotify(context, events, now);
  if (!applied.ok) report(context, applied.failure.message, `${applied.store}.applyEvents`);
}

function report(context: GateContext, message: string, where: string) {
  safeHook(context, (hooks) => hooks.onError?.(new Error(message), where), 'onError');
}
