/**
 * What became of one message, as the membership registry of seed 004 lists it. The ids
 * are stable; `describeStatus` gives their texts.
 */
export const messageStatuses = [
  'none',
  'queued',
  'sent',
  'delivered',
  'deferred',
  'soft_bounced',
  'bounced',
  'invalid',
  'complained',
  'unsubscribed',
  'blocked',
  'opened',
  'clicked',
  'unknown',
] as const;
/** The status of one message in the ledger (`messageStatuses` lists them). */
export type MessageStatus = (typeof messageStatuses)[number];

/** Where an address stands: its confirmation (double opt-in), or a problem. */
export const addressStatuses = [
  'unconfirmed',
  'confirmation_requested',
  'confirmed',
  'problem',
] as const;
/** The status of an address: unconfirmed, confirmation_requested, confirmed or problem. */
export type AddressStatusId = (typeof addressStatuses)[number];

/** The confirmation part of an address status, kept underneath a problem. */
export type ConfirmationState = Exclude<AddressStatusId, 'problem'>;

/** Which problem an address has. */
export const problemKinds = [
  'blocked',
  'bounced',
  'invalid',
  'unsubscribed',
  'complained',
] as const;
/** What is wrong with a `problem` address: bounced, complained, unsubscribed, blocked or invalid. */
export type ProblemKind = (typeof problemKinds)[number];

/**
 * What can happen to a message: each event moves its status by the transition table
 * (`applyEvent`). `expired` is written by the ledger itself when a soft bounce saw no
 * delivery within the window; `invalid` is a hard bounce because the address is wrong.
 */
export const ledgerEventTypes = [
  'queued',
  'sent',
  'deferred',
  'soft_bounce',
  'blocked',
  'delivered',
  'open',
  'click',
  'expired',
  'bounce',
  'unsubscribe',
  'complaint',
  'invalid',
  'unknown',
] as const;
/** The kinds of delivery event the ledger applies. */
export type LedgerEventType = (typeof ledgerEventTypes)[number];

export function isMessageStatus(value: unknown): value is MessageStatus {
  return typeof value === 'string' && (messageStatuses as readonly string[]).includes(value);
}

export function isLedgerEventType(value: unknown): value is LedgerEventType {
  return typeof value === 'string' && (ledgerEventTypes as readonly string[]).includes(value);
}

/** How an event was matched to its message, strongest first. */
export const matchKinds = [
  'mailgate_id',
  'provider_id',
  'message_id_header',
  'address_time',
  // Appended (the memory store keeps kinds by position): the id in a VERP return path.
  'verp',
] as const;
/** How an event was matched to its message: mailgate id, VERP return path, provider id, Message-ID, or address and time. */
export type MatchKind = (typeof matchKinds)[number];
