import type { Reason } from '../reasons/reason';
import type { Page } from '../stores/types';
import { Contacts, RecipientRows, Slot, slotStates } from './mailing-rows';
import type {
  ClaimAnswer,
  ClaimOptions,
  ClaimResult,
  ContactActivity,
  MailingCounts,
  MailingDelta,
  MailingEventCounts,
  MailingFilter,
  MailingKey,
  MailingPause,
  MailingRecipient,
  MailingRecord,
  MailingRef,
  MailingState,
  MailingStore,
  MailingThresholds,
  RecipientClaim,
  RecipientFilter,
  RecipientSettlement,
} from './types';

interface Entry {
  record: Omit<MailingRecord, 'counts'>;
  counts: { -readonly [K in keyof Omit<MailingCounts, 'inFlight' | 'notSent'>]: number } & {
    notSent: Partial<Record<Reason, number>>;
  };
  readonly rows: RecipientRows;
  readonly seq: number;
}

const keyOf = (tenant: string, id: string) => `${tenant}\u0000${id}`;

const NUMBERS = [
  'handedOver',
  'sent',
  'refused',
  'failed',
  'uncertain',
  'bounced',
  'complaints',
  'unsubscribes',
  'importedUnsubscribes',
] as const;

const SETTLED: Readonly<Record<RecipientSettlement['state'], Slot>> = {
  sent: Slot.Sent,
  refused: Slot.Refused,
  failed: Slot.Failed,
  uncertain: Slot.Uncertain,
  released: Slot.Released,
};

/** What `claim` answers for a row already in the mailing, by its state at the claim. */
const REPEATED: readonly ClaimAnswer[] = ['in_flight', 'mailed', 'mailed', 'mailed', 'uncertain'];

/**
 * Mailings in this process's memory: the default store, right for one process and for
 * tests. A mailing that must survive its process, or be paused from another, needs a
 * shared store (`postgresStores` of @mailgate/store-postgres has one).
 *
 * Recipients and contacts are kept in columns (`mailing-rows.ts`), not an object each: a
 * mailing's bookkeeping is one index probe and a few array writes per recipient, and
 * leaves the garbage collector nothing per recipient to trace.
 */
export function memoryMailingStore(): MailingStore {
  const store = new MemoryMailingStore();
  // A plain object of functions, like the other stores, so `{ ...store, x }` wraps it. The
  // work is in the class's methods: closures made per store would give V8's optimized
  // code a new call target with every store, and it would throw that code away each time.
  return {
    claim: (mailing, recipients, options) => store.claim(mailing, recipients, options),
    settle: (key, recipients, delta, now) => store.settle(key, recipients, delta, now),
    addEvents: (counts, engaged, now) => store.addEvents(counts, engaged, now),
    addImported: (tenant, addresses, now) => store.addImported(tenant, addresses, now),
    setState: (key, state, pause, now) => store.setState(key, state, pause, now),
    get: (keys, now) => store.get(keys, now),
    list: (filter, now) => store.list(filter, now),
    recipients: (key, filter, now) => store.recipients(key, filter, now),
    activity: (tenant, addresses) => store.activity(tenant, addresses),
  };
}

class MemoryMailingStore implements MailingStore {
  private readonly mailings = new Map<string, Entry>();
  private readonly contacts = new Map<string, Contacts>();
  private seq = 0;
  /** Scratch for what `RecipientRows.claimBatch` found. */
  private found = new Int32Array(0);

  private contactsOf(tenant: string): Contacts {
    let found = this.contacts.get(tenant);
    if (found === undefined) {
      found = new Contacts();
      this.contacts.set(tenant, found);
    }
    return found;
  }

  /** The tenant's contacts with every mailing's sent rows folded in: before a read. */
  private folded(tenant: string): Contacts {
    const known = this.contactsOf(tenant);
    for (const entry of this.mailings.values())
      if (entry.record.tenant === tenant) known.fold(entry.rows);
    return known;
  }

  private find(key: MailingKey): Entry | undefined {
    return this.mailings.get(keyOf(key.tenant, key.id));
  }

  private view(entry: Entry, now: number): MailingRecord {
    let lapsed = 0;
    let inFlight = 0;
    for (const claim of entry.rows.open) {
      if (claim.leaseUntil <= now) lapsed += claim.pending;
      else inFlight += claim.pending;
    }
    return {
      ...entry.record,
      counts: {
        ...entry.counts,
        uncertain: entry.counts.uncertain + lapsed,
        inFlight,
        notSent: { ...entry.counts.notSent },
      },
    };
  }

  async claim(
    mailing: MailingRef & { readonly thresholds: MailingThresholds },
    recipients: readonly RecipientClaim[],
    { now, leaseMs, remainingOf }: ClaimOptions,
  ): Promise<ClaimResult> {
    const parent =
      remainingOf === undefined
        ? undefined
        : this.find({ tenant: mailing.tenant, id: remainingOf.parentId });
    if (remainingOf !== undefined && parent === undefined)
      return { answers: recipients.map((): ClaimAnswer => 'held') };
    let entry = this.find(mailing);
    if (entry === undefined) {
      entry = {
        record: {
          id: mailing.id,
          tenant: mailing.tenant,
          ...(mailing.name === undefined ? {} : { name: mailing.name }),
          ...(mailing.parentId === undefined ? {} : { parentId: mailing.parentId }),
          state: 'running',
          thresholds: { ...mailing.thresholds },
          createdAt: now,
          updatedAt: now,
        },
        counts: {
          ...Object.fromEntries(NUMBERS.map((n) => [n, 0])),
          notSent: {},
        } as Entry['counts'],
        rows: new RecipientRows(),
        seq: this.seq++,
      };
      this.mailings.set(keyOf(mailing.tenant, mailing.id), entry);
    }
    const answers: ClaimAnswer[] = new Array(recipients.length);
    if (entry.record.state === 'paused')
      return { mailing: this.view(entry, now), answers: answers.fill('held') };
    const { rows } = entry;
    const known = remainingOf === undefined ? undefined : this.folded(mailing.tenant);
    const claim = { leaseUntil: now + leaseMs, pending: 0 };
    const claimId = rows.claims.length;
    rows.claims.push(claim);
    if (remainingOf === undefined) {
      // The common case, a batch with no parent mailing to look at: claimed in one pass.
      if (this.found.length < recipients.length)
        this.found = new Int32Array(Math.max(recipients.length, 2 * this.found.length));
      const found = this.found;
      rows.claimBatch(recipients, claimId, now, found);
      for (let i = 0; i < recipients.length; i++) {
        const existing = found[i]!;
        if (existing === -1) {
          claim.pending++;
          answers[i] = 'claimed';
        } else answers[i] = REPEATED[rows.stateAt(existing, now)]!;
      }
    } else {
      for (let i = 0; i < recipients.length; i++) {
        const { recipientId, address, messageId } = recipients[i]!;
        const current = rows.rowOf(recipientId);
        if (current !== -1) {
          answers[i] = REPEATED[rows.stateAt(current, now)]!;
          continue;
        }
        if (parent!.rows.rowOf(recipientId) !== -1) {
          answers[i] = 'mailed';
          continue;
        }
        const sent = known!.sentTimes(address);
        if (
          sent !== undefined &&
          sent.first < remainingOf.unengagedBefore &&
          !((known!.engaged.get(address) ?? -Infinity) >= remainingOf.unengagedBefore)
        ) {
          answers[i] = 'unengaged';
          continue;
        }
        const existing = rows.claimRow(recipientId, address, messageId, claimId, now);
        if (existing !== -1) {
          answers[i] = REPEATED[rows.stateAt(existing, now)]!;
          continue;
        }
        claim.pending++;
        answers[i] = 'claimed';
      }
    }
    if (claim.pending > 0) rows.open.add(claim);
    return { mailing: this.view(entry, now), answers };
  }

  async settle(
    key: MailingKey,
    recipients: readonly RecipientSettlement[],
    delta: MailingDelta,
    now: number,
  ): Promise<MailingRecord | undefined> {
    const entry = this.find(key);
    if (entry === undefined) return undefined;
    const { rows } = entry;
    const known = this.contactsOf(key.tenant);
    const foldedUpTo = known.foldedUpTo(rows);
    let guess = -1;
    for (let i = 0; i < recipients.length; i++) {
      const { recipientId, state } = recipients[i]!;
      const row = rows.pendingRow(recipientId, guess);
      if (row === -1) continue;
      guess = row + 1;
      const claim = rows.claims[rows.claim[row]!]!;
      if (--claim.pending === 0) rows.open.delete(claim);
      const slot = SETTLED[state];
      rows.state[row] = slot;
      rows.at[row] = now;
      if (slot === Slot.Released) rows.release(row);
      else if (slot === Slot.Sent && row < foldedUpTo) known.settled(rows, row);
    }
    add(entry, delta);
    entry.record = { ...entry.record, updatedAt: now };
    return this.view(entry, now);
  }

  async addEvents(
    counts: readonly MailingEventCounts[],
    engaged: readonly { readonly tenant: string; readonly address: string; readonly at: number }[],
    now: number,
  ): Promise<ReadonlyArray<MailingRecord | undefined>> {
    for (const { tenant, address, at } of engaged) this.contactsOf(tenant).engage(address, at);
    return counts.map((count) => {
      const entry = this.find(count);
      if (entry === undefined) return undefined;
      add(entry, count);
      entry.record = { ...entry.record, updatedAt: now };
      return this.view(entry, now);
    });
  }

  async addImported(
    tenant: string | undefined,
    addresses: readonly string[],
    now: number,
  ): Promise<readonly MailingKey[]> {
    // Rare and batched (an import): a scan of the mailings' rows is cheap, and spares
    // the sending path an index from address to rows.
    const named = new Set(addresses);
    const changed: MailingKey[] = [];
    if (named.size === 0) return changed;
    for (const entry of this.mailings.values()) {
      if (tenant !== undefined && entry.record.tenant !== tenant) continue;
      const { rows } = entry;
      let counted = 0;
      for (let row = 0; row < rows.count; row++) {
        if (
          rows.imported[row] === 0 &&
          rows.state[row] !== Slot.Released &&
          named.has(rows.addresses[row]!)
        ) {
          rows.imported[row] = 1;
          counted++;
        }
      }
      if (counted === 0) continue;
      entry.counts.importedUnsubscribes += counted;
      entry.record = { ...entry.record, updatedAt: now };
      changed.push({ tenant: entry.record.tenant, id: entry.record.id });
    }
    return changed;
  }

  async setState(
    key: MailingKey,
    state: MailingState,
    pause: MailingPause | undefined,
    now: number,
  ): Promise<{ readonly mailing: MailingRecord; readonly changed: boolean } | undefined> {
    const entry = this.find(key);
    if (entry === undefined) return undefined;
    const from = entry.record.state;
    const changed =
      from !== state &&
      (state === 'paused' || (state === 'running' ? from === 'paused' : from === 'running'));
    if (changed) {
      const { pause: _old, ...rest } = entry.record;
      entry.record = {
        ...rest,
        state,
        ...(state === 'paused' && pause !== undefined ? { pause } : {}),
        updatedAt: now,
      };
    }
    return { mailing: this.view(entry, now), changed };
  }

  async get(
    keys: readonly MailingKey[],
    now: number,
  ): Promise<ReadonlyArray<MailingRecord | undefined>> {
    return keys.map((key) => {
      const entry = this.find(key);
      return entry === undefined ? undefined : this.view(entry, now);
    });
  }

  async list(filter: MailingFilter, now: number): Promise<Page<MailingRecord>> {
    const limit = pageLimit(filter.limit);
    const after = filter.cursor === undefined ? -1 : Number(filter.cursor);
    const items: MailingRecord[] = [];
    let last: Entry | undefined;
    let more = false;
    for (const entry of this.mailings.values()) {
      const { record } = entry;
      if (entry.seq <= after) continue;
      if (filter.tenant !== undefined && record.tenant !== filter.tenant) continue;
      if (filter.state !== undefined && record.state !== filter.state) continue;
      if (filter.parentId !== undefined && record.parentId !== filter.parentId) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(this.view(entry, now));
      last = entry;
    }
    return more && last !== undefined ? { items, cursor: String(last.seq) } : { items };
  }

  async recipients(
    key: MailingKey,
    filter: RecipientFilter,
    now: number,
  ): Promise<Page<MailingRecipient>> {
    const entry = this.find(key);
    if (entry === undefined) return { items: [] };
    const { rows } = entry;
    const limit = pageLimit(filter.limit);
    const after = filter.cursor === undefined ? -1 : Number(filter.cursor);
    const items: MailingRecipient[] = [];
    let last = -1;
    let more = false;
    for (let row = Math.max(0, Math.floor(after) + 1); row < rows.count; row++) {
      const slot = rows.stateAt(row, now);
      if (slot === Slot.Released) continue;
      const state = slotStates[slot]!;
      if (filter.state !== undefined && state !== filter.state) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push({
        recipientId: rows.ids[row]!,
        address: rows.addresses[row]!,
        messageId: rows.messageIds[row]!,
        state,
        at: rows.at[row]!,
      });
      last = row;
    }
    return more ? { items, cursor: String(last) } : ({ items } as Page<MailingRecipient>);
  }

  async activity(
    tenant: string,
    addresses: readonly string[],
  ): Promise<ReadonlyArray<ContactActivity | undefined>> {
    if (!this.contacts.has(tenant)) return addresses.map(() => undefined);
    const known = this.folded(tenant);
    return addresses.map((address): ContactActivity | undefined => {
      const sent = known.sentTimes(address);
      const engaged = known.engaged.get(address);
      if (sent === undefined && engaged === undefined) return undefined;
      return {
        tenant,
        address,
        ...(sent === undefined ? {} : { firstSentAt: sent.first, lastSentAt: sent.last }),
        ...(engaged === undefined ? {} : { lastEngagedAt: engaged }),
      };
    });
  }
}

function add(entry: Entry, delta: MailingDelta | Partial<Record<string, unknown>>) {
  const counts = entry.counts as unknown as Record<string, number>;
  const source = delta as Record<string, unknown>;
  for (const name of NUMBERS) {
    const value = source[name];
    if (typeof value === 'number' && Number.isFinite(value)) counts[name] = counts[name]! + value;
  }
  const notSent = source.notSent as Partial<Record<Reason, number>> | undefined;
  if (notSent !== undefined)
    for (const [reason, value] of Object.entries(notSent) as [Reason, number][])
      entry.counts.notSent[reason] = (entry.counts.notSent[reason] ?? 0) + value;
}

function pageLimit(limit: number | undefined): number {
  return typeof limit === 'number' && Number.isFinite(limit)
    ? Math.min(1000, Math.max(1, Math.floor(limit)))
    : 100;
}
