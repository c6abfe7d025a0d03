import type { Reason } from '../reasons/reason';

/** Who a suppression applies to: one tenant of the host, or every tenant. */
export type SuppressionScope = { readonly tenant: string } | 'global';

/** Reasons a suppression can carry. */
export type SuppressionReason = Extract<
  Reason,
  | 'previously_bounced'
  | 'previously_complained'
  | 'unsubscribed_from_all'
  | 'unsubscribed_from_type'
  | 'recipient_opted_out_of_platform'
  | 'domain_blocked'
  | 'address_flagged_invalid'
>;

/**
 * One entry of the suppression list. The key is a normalized address
 * (`normalizeAddress`), or `@domain` for a whole domain (punycode, lower case).
 */
export interface Suppression {
  readonly key: string;
  readonly scope: SuppressionScope;
  readonly reason: SuppressionReason;
  /** For `unsubscribed_from_type`: the subscription type. */
  readonly subscriptionType?: string;
  /** Where it came from: 'bounce', 'complaint', 'import:hubspot', 'admin', 'ses', … */
  readonly source: string;
  /** When it was added (ms since the epoch). */
  readonly createdAt: number;
  /** When it stops applying (ms since the epoch); absent: never. */
  readonly expiresAt?: number;
}

/** A suppression to add; `createdAt` defaults to now. */
export type SuppressionInput = Omit<Suppression, 'createdAt'> & { readonly createdAt?: number };

/** Who did something to the list, and why: every change is recorded. */
export interface AuditActor {
  /** A user id, 'system', 'ingest', … */
  readonly actor: string;
  readonly note?: string;
}

export interface AuditRecord extends AuditActor {
  readonly action: 'add' | 'lift';
  readonly key: string;
  readonly scope: SuppressionScope;
  readonly reason: SuppressionReason;
  readonly subscriptionType?: string;
  readonly at: number;
}

/**
 * What a `lift` removes: the key's entries in the scope — all of them, or those of one
 * reason, or, with `subscriptionType`, only the `unsubscribed_from_type` entry of that
 * type. A `subscriptionType` with any other reason matches nothing (a store skips it).
 */
export interface SuppressionLift {
  readonly key: string;
  readonly scope: SuppressionScope;
  readonly reason?: SuppressionReason;
  /** Only the `unsubscribed_from_type` entry of this type; without it, every type. */
  readonly subscriptionType?: string;
}

/** Which entries `SuppressionStore.list` answers. */
export interface SuppressionFilter {
  readonly scope?: SuppressionScope;
  readonly reason?: SuppressionReason;
  readonly key?: string;
  /** Continue after this cursor (from the previous page). */
  readonly cursor?: string;
  readonly limit?: number;
}

/** One page of a listing, and the cursor of the next one when there is more. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

/**
 * The suppression list. Batch-first: the gate asks for a whole batch of keys in one
 * round trip, which is what makes a shared store (Redis, Postgres) affordable.
 */
export interface SuppressionStore {
  /**
   * The entries that apply to each key for `tenant` (its own and the global ones),
   * in the order of `keys`; `undefined` where none apply. Expired entries are left out.
   */
  lookup(
    tenant: string,
    keys: readonly string[],
    now: number,
  ): Promise<ReadonlyArray<readonly Suppression[] | undefined>>;
  /** Adds entries, recording `by` in the audit trail. */
  add(entries: readonly SuppressionInput[], by: AuditActor): Promise<void>;
  /** Removes the entries each lift matches; answers how many were removed. */
  lift(entries: readonly SuppressionLift[], by: AuditActor): Promise<number>;
  /** One page of the entries in force that match the filter. */
  list(filter?: SuppressionFilter): Promise<Page<Suppression>>;
  /** One page of the audit trail: every add and lift, with who and why. */
  audit(filter?: {
    readonly key?: string;
    readonly cursor?: string;
    readonly limit?: number;
  }): Promise<Page<AuditRecord>>;
  /**
   * Right to erasure: in every scope, each address's entries (in force, lifted or
   * expired) and audit records get its keyed hash (`hashAddress`) as their key instead,
   * and an audit note that quotes the address quotes the hash. The entries stay: the
   * list still shows what was suppressed and why, only no longer whom, and `lookup` of
   * the address finds nothing (the gate keeps a forgotten address blocked through the
   * ledger's `isForgotten`). An entry the hash already has in the same scope, reason and
   * type is kept once. Answers how many entries were rewritten; idempotent.
   */
  forget(entries: readonly SuppressionErasure[]): Promise<number>;
}

/** An address to erase from the suppression list, and the keyed hash that replaces it. */
export interface SuppressionErasure {
  /** The address (normalized by the store). Domain keys are not erased. */
  readonly key: string;
  /** `hashAddress(key, erasureKey)`: `hmac-sha256:<64 hex digits>`. */
  readonly hash: string;
}

/** Counters for frequency caps and quotas, bucketed by period. */
export interface CounterStore {
  /** The current values of `keys`, 0 where unknown. */
  get(keys: readonly string[]): Promise<readonly number[]>;
  /** Adds 1 to each key; a key expires `ttlMs` after its first increment. */
  increment(keys: readonly string[], ttlMs: number): Promise<void>;
}

/**
 * Idempotency keys as leases. A key is free, claimed (a send is under way, until the
 * lease runs out) or sent (kept `ttlMs` after `confirm`). A process that claims and then
 * dies leaves a lease that lapses, so another process can take the key over; a key that
 * was confirmed is never claimable again within its time to live.
 *
 * Every claim is made in the name of an `owner`: a token the caller makes unique to the
 * claim (the gate makes a random one per batch) and passes again to `confirm` and
 * `release`. A caller whose lease lapsed while it was still sending, and which another
 * claimant has taken over since, can then no longer give that claimant's key back, and
 * learns that the key was taken over.
 *
 * Expiry is decided on the store's own clock (its `now` option, `Date.now` by default),
 * read once per call: processes that share a store need clocks in step (NTP). A lapsed
 * claim or sent mark counts as absent, whoever made it.
 */
export interface IdempotencyStore {
  /**
   * Claims each key that is free, or whose lease has lapsed, for `leaseMs`, in the name of
   * `owner`; answers, per key, whether this call claimed it (false: someone holds it or it
   * was sent). Of a key repeated in one batch, or claimed by concurrent calls, only the
   * first claim wins.
   */
  claim(keys: readonly string[], leaseMs: number, owner: string): Promise<readonly boolean[]>;
  /**
   * Marks keys as sent, for `ttlMs`: whatever their state, they are not claimable again
   * until then (a send that went out must never be repeated, even after its lease lapsed,
   * so a key another claimant holds is marked sent too: its release then leaves it sent).
   * Answers, per key, whether it was still `owner`'s: false where another claimant had
   * taken the key over (it holds it, or marked it sent) — its send may have gone out too.
   */
  confirm(keys: readonly string[], ttlMs: number, owner: string): Promise<readonly boolean[]>;
  /**
   * Gives back `owner`'s claims after a send that surely did not go out, so the keys may be
   * tried again. A key already confirmed stays sent; a key another claimant has taken over
   * stays theirs (compare and set). Answers, per key, whether it was still `owner`'s:
   * false where another claimant had taken it over (it holds it, or marked it sent).
   */
  release(keys: readonly string[], owner: string): Promise<readonly boolean[]>;
}

/** The stores a gate reads and writes: suppressions, counters, idempotency keys. */
export interface Stores {
  readonly suppressions: SuppressionStore;
  readonly counters: CounterStore;
  readonly idempotency: IdempotencyStore;
}
