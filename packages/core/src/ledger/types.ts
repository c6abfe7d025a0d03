import type { Reason } from '../reasons/reason';
import type { Page, SuppressionInput } from '../stores/types';
import type {
  AddressStatusId,
  ConfirmationState,
  LedgerEventType,
  MatchKind,
  MessageStatus,
  ProblemKind,
} from './statuses';

/*
 * The delivery ledger's store. Every call is batch-first (many rows or keys, one round
 * trip) and, on PostgreSQL, one transaction. Time is always passed in: a store reads no
 * clock. Addresses are normalized (`normalizeAddress`) by the caller; tenants are
 * required on every row, there is no default tenant.
 */

/** A message as the gate records it when a request reaches a decision. */
export interface LedgerMessageInput {
  /** The mailgate id (`createMessageId`): a ULID, the primary key. */
  readonly id: string;
  readonly tenant: string;
  /** The host's id of the recipient. */
  readonly recipientId?: string;
  /** The normalized address the message went (or would have gone) to; absent when none was chosen. */
  readonly address?: string;
  readonly category?: string;
  readonly mailingId?: string;
  /** The transport's name ('smtp', 'ses', …); absent when none was tried. */
  readonly transport?: string;
  /** The provider's id of the message, when it gave one. */
  readonly providerMessageId?: string;
  /** Who sent it (a user id of the host), to notify when it ends undelivered. */
  readonly actor?: string;
  /** The status it starts in: `queued`, `sent`, or `blocked` for a not-sent outcome. */
  readonly status: MessageStatus;
  /** Why, for a `blocked` message (the not-sent reason). */
  readonly reason?: Reason;
  /** When it was decided (ms since the epoch). */
  readonly at: number;
}

/** A recorded message and what became of it. */
export interface LedgerMessage extends Omit<LedgerMessageInput, 'at'> {
  /** The reason of the event that decided the status (or the not-sent reason). */
  readonly reason?: Reason;
  /** When it was recorded. */
  readonly createdAt: number;
  /** When the event that decided the status happened (`createdAt` before any event). */
  readonly statusAt: number;
}

/** One delivery event, normalized, ready for `applyEvents`. */
export interface LedgerEventInput {
  /**
   * The idempotency key: the provider's event id, or `eventKey(event)` (a hash of the
   * content). The same key for the same message is applied once.
   */
  readonly id: string;
  readonly type: LedgerEventType;
  readonly tenant: string;
  /** The normalized address the event is about. */
  readonly address: string;
  /** The mailgate id of the matched message; absent: the event is about the address only. */
  readonly messageId?: string;
  /** How the message was matched, when it was. */
  readonly match?: MatchKind;
  /** When it happened (ms since the epoch). */
  readonly at: number;
  readonly reason?: Reason;
  /** For `unsubscribe`: from this subscription type only (absent: from everything). */
  readonly subscriptionType?: string;
  /** Where it came from: 'ses', 'bounce-mailbox', 'send', 'sweep', … */
  readonly source?: string;
  /** A short diagnostic (the remote server's text). Personal data: erased by `forget`. */
  readonly detail?: string;
}

/** A stored event. */
export type LedgerEvent = LedgerEventInput;

/** A problem of an address: which, how many times, and the last reason. */
export interface AddressStatusProblem {
  /** The heaviest kind seen (complained > unsubscribed > invalid > bounced > blocked). */
  readonly kind: ProblemKind;
  /** How many distinct problem events the address had. */
  readonly count: number;
  readonly lastReason?: Reason;
  /** When the last problem event happened. */
  readonly lastAt: number;
  /** Why, in words, when a rule rather than one event made it a problem. */
  readonly detail?: string;
}

/** Where one address stands for one tenant. */
export interface AddressStatus {
  readonly tenant: string;
  readonly address: string;
  /** `problem` when `problem` is set; otherwise the confirmation state. */
  readonly status: AddressStatusId;
  readonly confirmation: ConfirmationState;
  readonly problem?: AddressStatusProblem;
  /** When the confirmation last changed, if ever. */
  readonly confirmationAt?: number;
}

/** A change of the confirmation state (double opt-in). */
export interface ConfirmationChange {
  readonly tenant: string;
  readonly address: string;
  /** `confirmation_requested` again asks for a new confirmation. */
  readonly state: ConfirmationState;
  readonly at: number;
  readonly actor?: string;
}

/** Someone changed an address of a recipient. */
export interface AddressChange {
  readonly tenant: string;
  readonly recipientId: string;
  /** The normalized old address; absent when the recipient had none. */
  readonly from?: string;
  /** The normalized new address; absent when it was removed. */
  readonly to?: string;
  readonly actor: string;
  readonly at: number;
}

/** Which messages `listMessages` answers; every field narrows. */
export interface MessageFilter {
  readonly tenant?: string;
  readonly recipientId?: string;
  readonly address?: string;
  readonly mailingId?: string;
  readonly status?: MessageStatus;
  /** Recorded at or after (ms). */
  readonly since?: number;
  /** Recorded before (ms). */
  readonly until?: number;
  /** `oldest` first (the default) or `newest` first: ids are time-ordered. */
  readonly order?: 'oldest' | 'newest';
  /** From the previous page. */
  readonly cursor?: string;
  /** At most this many (default 100, at most 1,000). */
  readonly limit?: number;
}

/** An address of one tenant: the key of an address status. */
export interface AddressKey {
  readonly tenant: string;
  readonly address: string;
}

/** What one event did. */
export interface AppliedEvent {
  readonly id: string;
  /**
   * `applied`; `duplicate` (seen before: nothing changed); `unknown_message` (it names a
   * message the ledger does not have: nothing stored); `invalid` (a field is missing or
   * wrong: nothing stored).
   */
  readonly result: 'applied' | 'duplicate' | 'unknown_message' | 'invalid';
  /** The message after the event, when it names one that exists. */
  readonly message?: LedgerMessage;
  /** The status of the message before the event. */
  readonly previousStatus?: MessageStatus;
}

/** What `applyEvents` and `sweep` answer. */
export interface ApplyResult {
  /** One per input event, in order. */
  readonly events: readonly AppliedEvent[];
  /** The address statuses the batch touched, after it. */
  readonly addresses: readonly AddressStatus[];
  /**
   * The suppressions the batch implies, duplicates included, so that a caller whose
   * suppression write failed can apply the same batch again and still get them. The
   * caller writes them to the suppression store (`add` is idempotent).
   */
  readonly suppressions: readonly SuppressionInput[];
}

/** The time rules of the ledger; `defaultLedgerRules` has the defaults. */
export interface LedgerRules {
  /** A soft-bounced message counts as bounced after this long without a delivery (ms). */
  readonly softBounceWindowMs: number;
  /** An address whose last messages soft-bounced this many times in a row… */
  readonly softBounceStreak: number;
  /** …spread over at least this long (ms), becomes a problem. */
  readonly softBounceStreakSpanMs: number;
  /** Address + time matching looks this far back (ms). */
  readonly matchWindowMs: number;
}

/** What erasure keeps of a forgotten address. */
export interface ForgottenAddress {
  /** `hashAddress(address, key)`: HMAC-SHA256, never the address. */
  readonly hash: string;
  /** The problem kinds the address had, per tenant, which keep it suppressed. */
  readonly problems: readonly { readonly tenant: string; readonly kind: ProblemKind }[];
  readonly at: number;
}

/**
 * The delivery ledger: messages, their events, address statuses, address changes.
 *
 * Contract for every implementation (`describeLedgerStore` in
 * `test-support/ledger-store-contract.ts` states it as tests any store can run):
 * - Every method is async, takes many rows or keys, and on PostgreSQL runs in one
 *   transaction. Input rows that cannot be stored (missing tenant or address, unknown
 *   status or event type) are skipped and reported, never thrown.
 * - Statuses are derived with the pure functions of this module (`applyMessageEvent`,
 *   `addressEffect`, `softBounceStreak`): a store keeps the events and the derived rows
 *   and must give the same statuses for the same events in any order, any number of times.
 * - Reads never change state; `now` only decides time rules (the soft-bounce window),
 *   which reads apply as if `sweep(now)` had run.
 */
export interface LedgerStore {
  /** Records messages; a message whose id exists is left as it is. Answers how many were new. */
  recordMessages(messages: readonly LedgerMessageInput[]): Promise<number>;

  /**
   * Applies events. An event is stored once per (message id, event id) — or per
   * (tenant, address, event id) without a message — and moves the message status and the
   * address status by the transition rules. An event naming a message that does not
   * exist is answered `unknown_message` and not stored.
   */
  applyEvents(events: readonly LedgerEventInput[], now: number): Promise<ApplyResult>;

  /**
   * Messages by mailgate id, in the order of `ids`; `undefined` where none (or forgotten).
   * Each as `messageAt(message, now, rules)` shows it.
   */
  getMessages(
    ids: readonly string[],
    now: number,
  ): Promise<ReadonlyArray<LedgerMessage | undefined>>;

  /**
   * Messages by the provider's message id, in the order of `providerIds`. An id matches
   * with or without angle brackets (`<x@relay>` and `x@relay`); when two messages share a
   * provider id, the one recorded last.
   */
  getMessagesByProviderId(
    providerIds: readonly string[],
    now: number,
  ): Promise<ReadonlyArray<LedgerMessage | undefined>>;

  /**
   * Messages by the Message-ID header a report quotes (`<id@domain>`, brackets optional):
   * ours carry the mailgate id; others are looked up as provider ids (SMTP transports
   * report the Message-ID as the provider id).
   */
  getMessagesByHeader(
    headers: readonly string[],
    now: number,
  ): Promise<ReadonlyArray<LedgerMessage | undefined>>;

  /** The events of each message, oldest first, in the order of `ids`. */
  getEvents(ids: readonly string[]): Promise<ReadonlyArray<readonly LedgerEvent[]>>;

  /**
   * Messages by filter, a page at a time, in id order (oldest first, or newest first with
   * `order: 'newest'`). `status` compares the status as `now` shows it. A page's `cursor`
   * is the id of its last message: the next page has the ids after it; no `cursor` means
   * no more. `address` and `recipientId` compare exactly (normalized addresses).
   */
  listMessages(filter: MessageFilter, now: number): Promise<Page<LedgerMessage>>;

  /**
   * Address statuses in the order of `keys`: `unconfirmed` with no problem when unknown.
   * A soft bounce of the address past the window at `now` shows as a `bounced` problem
   * (`delivery_expired`), as if `sweep(now)` had run.
   */
  getAddressStatuses(keys: readonly AddressKey[], now: number): Promise<readonly AddressStatus[]>;

  /**
   * Sets confirmation states: per address the latest `at` wins (at the same time,
   * `confirmed` > `confirmation_requested` > `unconfirmed`). Answers the statuses after,
   * in the order of `changes` (invalid rows left out).
   */
  setConfirmations(changes: readonly ConfirmationChange[]): Promise<readonly AddressStatus[]>;

  /**
   * Records address changes. The new address starts `unconfirmed`; problems it already
   * had stay, since the suppression list still holds them. The old address keeps its
   * history.
   */
  recordAddressChanges(changes: readonly AddressChange[]): Promise<void>;

  /** The address changes of each recipient of `tenant`, oldest first. */
  addressHistory(
    tenant: string,
    recipientIds: readonly string[],
  ): Promise<ReadonlyArray<readonly AddressChange[]>>;

  /**
   * Moves time on: every soft-bounced message older than the window gets an `expired`
   * event (id `expired:<message id>`), applied like `applyEvents`. At most `limit`
   * messages (default 1,000) per call; call again while `more` is true.
   */
  sweep(now: number, limit?: number): Promise<ApplyResult & { readonly more: boolean }>;

  /**
   * Erasure: removes every message, event, address status and address change of each
   * address (all tenants) and keeps only `ForgottenAddress` (the keyed hash, the problem
   * kinds, the date). Answers what was kept, in the order of `entries`.
   */
  forget(
    entries: readonly { readonly address: string; readonly hash: string }[],
    now: number,
  ): Promise<readonly ForgottenAddress[]>;

  /** Whether each hash was forgotten. */
  isForgotten(hashes: readonly string[]): Promise<readonly boolean[]>;

  /**
   * What the gate asks about a batch before deciding it, in one call: which addresses
   * were forgotten (by `hash`, when given), and which have a problem that time made and
   * the suppression list cannot hold yet — a soft bounce past the window that no `sweep`
   * wrote down, as `getAddressStatuses` shows it. Answers only the entries with news, each
   * by its position in `entries`; `[]` when none (which a store that never forgot an
   * address and holds no soft bounce past the window can answer without a look-up).
   */
  screen(entries: readonly LedgerScreenEntry[], now: number): Promise<readonly LedgerScreenHit[]>;
}

/** An address the gate is about to decide on, for `LedgerStore.screen`. */
export interface LedgerScreenEntry {
  readonly tenant: string;
  /** Normalized. */
  readonly address: string;
  /** `hashAddress(address, erasureKey)`, when the gate has an erasure key. */
  readonly hash?: string;
}

/** What `LedgerStore.screen` knows about one of its entries. */
export interface LedgerScreenHit {
  /** The entry's position in the call's `entries`. */
  readonly index: number;
  /** The address was forgotten: it must not be mailed. */
  readonly forgotten?: boolean;
  /** The problem the sweep would write at `now` (a soft bounce past the window). */
  readonly problem?: AddressStatusProblem;
}
