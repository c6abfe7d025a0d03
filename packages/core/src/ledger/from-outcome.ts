import { normalizeAddress } from '../address/normalize-address';
import type { Mutable } from '../mutable';
import type { Outcome } from '../outcome';
import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { LedgerEventType } from './statuses';
import type { LedgerEventInput, LedgerMessageInput } from './types';

/** Reasons that say the address itself is wrong: their hard bounces are `invalid`. */
const wrongAddress = new Set<Reason>([
  'recipient_unknown',
  'recipient_domain_unknown',
  'invalid_recipient_address',
]);

/**
 * The event type of a bounce: temporary → `soft_bounce`; permanent because the address
 * is wrong → `invalid` (seed 004's "felaktig studsat": most likely a typo); any other
 * permanent → `bounce`.
 */
export function bounceEventType(reason: Reason, permanent: boolean): LedgerEventType {
  if (!permanent) return 'soft_bounce';
  return wrongAddress.has(reason) ? 'invalid' : 'bounce';
}

const NO_EVENTS: readonly LedgerEventInput[] = [];

/** What the gate knows of the request besides its outcome. */
export interface RecordContext {
  readonly tenant: string;
  readonly category?: string;
  readonly mailingId?: string;
  /** Who sent it. */
  readonly actor?: string;
  /** The transport asked to send, when one was. */
  readonly transport?: string;
  /**
   * The address chosen for the request, as given, and its normalized form, when the
   * caller has both: an outcome for that address is not normalized again.
   */
  readonly chosenAddress?: string;
  readonly normalizedAddress?: string;
}

/** A message to record, and the event its outcome already is (a refusal at send time). */
export interface RecordedOutcome {
  readonly message: LedgerMessageInput;
  readonly events: readonly LedgerEventInput[];
}

/**
 * The ledger rows of one outcome. Sent → `sent`. Not sent before the transport (resolve,
 * policy) or by the sender's side of the transport → `blocked` with the reason. A
 * refusal by the receiving side during sending (550 5.1.1 at RCPT, Graph's unresolved
 * recipient) is recorded `queued` plus a bounce event `refusal:<id>` — the same effect
 * as a bounce that arrived later, with no event for the host to write. An uncertain
 * outcome (it may have gone out) is `unknown`.
 */
export function recordOutcome(
  id: string,
  outcome: Outcome,
  context: RecordContext,
  at: number,
): RecordedOutcome {
  const address =
    outcome.address === undefined
      ? undefined
      : outcome.address === context.chosenAddress && context.normalizedAddress !== undefined
        ? context.normalizedAddress
        : normalizeAddress(outcome.address);
  // Built field by field, fields set only when known: one object per message, which the
  // sending path makes for every recipient.
  const message: Mutable<LedgerMessageInput> = { id, tenant: context.tenant, status: 'sent', at };
  if (outcome.recipientId !== undefined) message.recipientId = outcome.recipientId;
  if (address !== undefined) message.address = address;
  if (context.category !== undefined) message.category = context.category;
  if (context.mailingId !== undefined) message.mailingId = context.mailingId;
  if (context.actor !== undefined) message.actor = context.actor;
  if (outcome.status === 'sent') {
    message.transport = outcome.transport;
    if (outcome.messageId !== undefined) message.providerMessageId = outcome.messageId;
    return { message, events: NO_EVENTS };
  }
  const transport = context.transport ?? outcome.provider?.name;
  if (transport !== undefined) message.transport = transport;
  if (outcome.uncertain) {
    message.status = 'unknown';
    message.reason = outcome.reason;
    return { message, events: NO_EVENTS };
  }
  const refusedByReceiver =
    outcome.stage !== 'resolve' &&
    outcome.stage !== 'policy' &&
    (reasonInfo[outcome.reason]?.stage === 'delivery' || wrongAddress.has(outcome.reason));
  if (!refusedByReceiver || address === undefined) {
    message.status = 'blocked';
    message.reason = outcome.reason;
    return { message, events: NO_EVENTS };
  }
  const event: LedgerEventInput = {
    id: `refusal:${id}`,
    type: bounceEventType(outcome.reason, outcome.permanent),
    tenant: context.tenant,
    address,
    messageId: id,
    match: 'mailgate_id',
    at,
    reason: outcome.reason,
    source: 'send',
    ...(outcome.provider?.text === undefined
      ? {}
      : { detail: outcome.provider.text.slice(0, 500) }),
  };
  message.status = 'queued';
  return { message, events: [event] };
}
