import type { Reason } from '../reasons/reason';
import type { AuditActor, Page } from '../stores/types';

/*
 * A mailing: one sending to many recipients, recorded in a `MailingStore` so that its
 * state (running, paused), who was handed to a transport and its rates outlive the
 * process that sends it. The gate orchestrates; the rules (rates, thresholds) live here.
 */

/** The mailing a `sendBulk` run belongs to (`BulkOptions.mailing`). */
export interface MailingRef {
  /** The host's id of the mailing, unique per tenant. */
  readonly id: string;
  readonly tenant: string;
  readonly name?: string;
  /** The mailing this one sends "to the remaining" of; set by `sendToRemaining`. */
  readonly parentId?: string;
  /** Thresholds of this mailing; the rest come from the gate's config, then the defaults. */
  readonly thresholds?: Partial<MailingThresholds>;
  /**
   * The run sends one part of a mailing that other runs (a queue's jobs, other processes)
   * send too: its end leaves the mailing `running`, where a whole run's end marks it `done`.
   * Whoever knows that every part has ended calls `gate.finishMailing`.
   */
  readonly part?: boolean;
}

/** When a mailing pauses itself: rates (0–1) and the sample before a rate counts. */
export interface MailingThresholds {
  /** Hard bounces (refusals at RCPT and bounce messages) ÷ messages handed to a transport. */
  readonly hardBounceRate: number;
  /** Spam complaints ÷ messages accepted and not bounced. */
  readonly complaintRate: number;
  /** Unsubscribes ÷ messages accepted and not bounced. */
  readonly unsubscribeRate: number;
  /** Messages that could have produced a rate, before the rate counts. */
  readonly minSample: number;
}

/**
 * `running` (sends), `paused` (holds what was not yet handed over), `done` (the run that
 * sent it ended, or `gate.finishMailing` said every part of it did).
 */
export type MailingState = 'running' | 'paused' | 'done';

/** What paused a mailing: one of its rates, or someone (`pauseMailing`). */
export type MailingPauseCause =
  | 'hard_bounce_rate'
  | 'complaint_rate'
  | 'unsubscribe_rate'
  | 'manual';

/** Why and when a mailing was paused. */
export interface MailingPause {
  readonly cause: MailingPauseCause;
  /** The rate that passed its threshold (absent for a manual pause). */
  readonly rate?: number;
  readonly threshold?: number;
  /** The messages the rate was computed over. */
  readonly sample?: number;
  readonly at: number;
  /** Who paused it, for a manual pause. */
  readonly by?: AuditActor;
}

/** What became of a mailing's messages so far, counted as outcomes and events arrive. */
export interface MailingCounts {
  /** Messages handed to a transport (each recipient at most once). */
  readonly handedOver: number;
  /** Accepted by the transport. */
  readonly sent: number;
  /** Refused for good at send time (unknown user, dead domain): hard bounces. */
  readonly refused: number;
  /** Not accepted for another reason (a temporary or sender-side failure). */
  readonly failed: number;
  /** Handed over with no answer, or by a process that stopped: may have gone out, never resent. */
  readonly uncertain: number;
  /** Handed over by a process that is still within its lease (being sent right now). */
  readonly inFlight: number;
  /** Hard bounces that arrived after sending (bounce messages, provider events). */
  readonly bounced: number;
  readonly complaints: number;
  readonly unsubscribes: number;
  /**
   * Recipients whose address an import of another system's unsubscribes
   * (`importSuppressions` with `mailings`) named after they were in this mailing, each once. Not a
   * rate: they did not unsubscribe from this mailing.
   */
  readonly importedUnsubscribes: number;
  /**
   * Not-sent outcomes of the runs by reason (without `duplicate_request` and
   * `campaign_paused`, which only say a run skipped or held a request). A request refused
   * in two runs counts twice.
   */
  readonly notSent: Readonly<Partial<Record<Reason, number>>>;
}

/** A mailing as its store keeps it. */
export interface MailingRecord {
  readonly id: string;
  readonly tenant: string;
  readonly name?: string;
  readonly parentId?: string;
  readonly state: MailingState;
  /** The thresholds in force: defaults, the tenant's and the mailing's, resolved when it began. */
  readonly thresholds: MailingThresholds;
  /** The last pause, while paused. */
  readonly pause?: MailingPause;
  readonly counts: MailingCounts;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** One rate of a mailing: how many of how many, and whether the sample is big enough to count. */
export interface MailingRate {
  readonly rate: number;
  readonly count: number;
  readonly sample: number;
  readonly threshold: number;
  /** The sample reached `minSample` and the count at least `MIN_EVENTS`: the rate is judged. */
  readonly counts: boolean;
}

/** A mailing with its rates, as `gate.mailing` answers it. */
export interface MailingSummary extends MailingRecord {
  readonly rates: {
    readonly hardBounce: MailingRate;
    readonly complaint: MailingRate;
    readonly unsubscribe: MailingRate;
  };
}

/** Which mailings `gate.mailings` lists. */
export interface MailingFilter {
  readonly tenant?: string;
  readonly state?: MailingState;
  readonly parentId?: string;
  readonly cursor?: string;
  /** At most this many (default 100, at most 1,000). */
  readonly limit?: number;
}

/** A tenant and a mailing id: the key of a mailing. */
export interface MailingKey {
  readonly tenant: string;
  readonly id: string;
}

/**
 * Where a recipient of a mailing stands. `pending`: written ahead of the hand-off, not yet
 * settled; read as `uncertain` once its lease has run out (its process stopped).
 */
export type RecipientState = 'pending' | 'sent' | 'refused' | 'failed' | 'uncertain';

/** One recipient handed (or about to be handed) to a transport in a mailing. */
export interface MailingRecipient {
  /** The host's recipient id. */
  readonly recipientId: string;
  /** The normalized address it went to. */
  readonly address: string;
  /** The mailgate id of the message (the ledger's id). */
  readonly messageId: string;
  readonly state: RecipientState;
  readonly at: number;
}

/** A recipient to write ahead of its hand-off. */
export interface RecipientClaim {
  readonly recipientId: string;
  readonly address: string;
  readonly messageId: string;
}

/**
 * What `claim` did with one recipient: `claimed` (written ahead: send it); `mailed`
 * (handed over before, in this mailing or its parent); `in_flight` (another process is
 * handing it over); `uncertain` (a process stopped while handing it over); `unengaged`
 * (no engagement since `unengagedBefore`); `held` (the mailing is not running).
 */
export type ClaimAnswer = 'claimed' | 'mailed' | 'in_flight' | 'uncertain' | 'unengaged' | 'held';

/** Options of `MailingStore.claim`. */
export interface ClaimOptions {
  readonly now: number;
  /** How long a `pending` row holds before it reads as `uncertain`. */
  readonly leaseMs: number;
  /**
   * `sendToRemaining`: whoever is in the parent mailing is `mailed`; a contact first mailed
   * before `unengagedBefore` with no engagement since is `unengaged`.
   */
  readonly remainingOf?: { readonly parentId: string; readonly unengagedBefore: number };
}

/** What `claim` answers: the mailing after it, one answer per recipient. */
export interface ClaimResult {
  /** Absent only when `remainingOf` names a parent the store does not have. */
  readonly mailing?: MailingRecord;
  readonly answers: readonly ClaimAnswer[];
}

/** How a batch ended for the recipients it claimed. */
export interface RecipientSettlement {
  readonly recipientId: string;
  /** The final state; `released` removes the row (never handed over: sendable again). */
  readonly state: Exclude<RecipientState, 'pending'> | 'released';
}

/** Counts to add to a mailing (absent fields: 0). */
export type MailingDelta = Partial<Omit<MailingCounts, 'inFlight'>>;

/** Counts of events of one mailing, from `gate.ingest`. */
export interface MailingEventCounts extends MailingKey {
  readonly bounced?: number;
  readonly complaints?: number;
  readonly unsubscribes?: number;
}

/** What a store knows of a contact's engagement (for "not engaged for six months"). */
export interface ContactActivity {
  readonly tenant: string;
  readonly address: string;
  /** When a mailing first, and last, handed a message to it over. */
  readonly firstSentAt?: number;
  readonly lastSentAt?: number;
  /** The last open or click. */
  readonly lastEngagedAt?: number;
}

/** Which recipients `MailingStore.recipients` lists. */
export interface RecipientFilter {
  /** Only this state (`uncertain` includes `pending` rows past their lease). */
  readonly state?: RecipientState;
  readonly cursor?: string;
  readonly limit?: number;
}

/**
 * Where mailings live: their state, their recipients written ahead of the hand-off, their
 * counts, and the contacts' engagement. Batch-first: a `sendBulk` batch costs one `claim`
 * and one `settle`, whatever its size. Time is passed in; a store reads no clock.
 *
 * Contract (the mailing cases of `testStores`, @mailgate/testkit's store conformance suite):
 * - `claim` is atomic per call: two processes claiming the same recipient get one `claimed`.
 * - A pause is seen by the next `claim` of every process (the state is in the store).
 * - `setState` to `paused` changes a running mailing only, and says whether it did, so
 *   that exactly one process reports an automatic pause.
 */
export interface MailingStore {
  /**
   * Creates the mailing when new (running, with `thresholds`), then — unless it is paused
   * — writes each recipient not yet in it as `pending` (write-ahead). Answers per
   * recipient, in order. Rows for the same recipient id twice in one call: the first wins.
   */
  claim(
    mailing: MailingRef & { readonly thresholds: MailingThresholds },
    recipients: readonly RecipientClaim[],
    options: ClaimOptions,
  ): Promise<ClaimResult>;

  /**
   * Settles claimed recipients (a final state, or `released`: the row goes), adds `delta`
   * to the counts, records when each `sent` recipient's address was mailed, and answers
   * the mailing after (`undefined` when unknown).
   */
  settle(
    key: MailingKey,
    recipients: readonly RecipientSettlement[],
    delta: MailingDelta,
    now: number,
  ): Promise<MailingRecord | undefined>;

  /**
   * Adds event counts to mailings and records engagement (opens, clicks) of contacts.
   * Answers the mailings after, in the order of `counts` (`undefined` where unknown).
   */
  addEvents(
    counts: readonly MailingEventCounts[],
    engaged: readonly { readonly tenant: string; readonly address: string; readonly at: number }[],
    now: number,
  ): Promise<ReadonlyArray<MailingRecord | undefined>>;

  /**
   * Counts the recipients of the tenant's mailings (of every tenant's when `tenant` is
   * `undefined`) whose normalized address is among `addresses` in `importedUnsubscribes`,
   * each recipient once however often it is named. Answers the mailings it changed.
   */
  addImported(
    tenant: string | undefined,
    addresses: readonly string[],
    now: number,
  ): Promise<readonly MailingKey[]>;

  /**
   * Sets the state. `paused` applies to a running (or done) mailing only; `running` to a
   * paused one (the pause is cleared); `done` to a running one. Answers the mailing after
   * and whether this call changed it; `undefined` when unknown.
   */
  setState(
    key: MailingKey,
    state: MailingState,
    pause: MailingPause | undefined,
    now: number,
  ): Promise<{ readonly mailing: MailingRecord; readonly changed: boolean } | undefined>;

  /** Mailings by key, in order; `undefined` where unknown. Counts include lapsed leases as uncertain. */
  get(keys: readonly MailingKey[], now: number): Promise<ReadonlyArray<MailingRecord | undefined>>;

  /** Mailings by filter, oldest first, a page at a time (the cursor is opaque). */
  list(filter: MailingFilter, now: number): Promise<Page<MailingRecord>>;

  /** A mailing's recipients, in the order they were claimed, a page at a time. */
  recipients(
    key: MailingKey,
    filter: RecipientFilter,
    now: number,
  ): Promise<Page<MailingRecipient>>;

  /** What the store knows of each contact's engagement, in the order of `addresses`. */
  activity(
    tenant: string,
    addresses: readonly string[],
  ): Promise<ReadonlyArray<ContactActivity | undefined>>;
}
