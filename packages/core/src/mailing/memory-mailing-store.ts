import type { Mutable } from '../mutable';
import type { Reason } from '../reasons/reason';
import type { Page } from '../stores/types';
import { type KeptCounts, zeroCounts } from './counts';
import { Contacts, RecipientRows, Slot, slotStates } from './mailing-rows';
import type {
  ClaimAnswer,
  ContactActivity,
  MailingDelta,
  MailingKey,
  MailingRecipient,
  MailingRecord,
  MailingStore,
  RecipientSettlement,
} from './types';

interface Entry {
  /** The record but its counts and `updatedAt`, replaced only when the state changes. */
  record: Omit<MailingRecord, 'counts' | 'updatedAt'>;
  updatedAt: number;
  readonly counts: KeptCounts;
  readonly rows: RecipientRows;
  readonly seq: number;
}

const keyOf = (tenant: string, id: string) => `${tenant}\u0000${id}`;

/** The counts that are numbers (all but `notSent`), as `zeroCounts` lists them. */
const NUMBERS = Object.keys(zeroCounts()).filter((name) => name !== 'notSent');

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
 * mailing's bookkeeping is one map look-up and a few array writes per recipient, and
 * leaves the garbage collector nothing per recipient to trace.
 */
export function memoryMailingStore(): MailingStore {
  const mailings = new Map<string, Entry>();
  const contacts = new Map<string, Contacts>();
  const contactsOf = (tenant: string) => {
    let found = contacts.get(tenant);
    if (found === undefined) {
      found = new Contacts();
      contacts.set(tenant, found);
    }
    return found;
  };
  /** The tenant's contacts with every mailing's sent rows folded in: before a read. */
  const folded = (tenant: string) => {
    const known = contactsOf(tenant);
    for (const entry of mailings.values())
      if (entry.record.tenant === tenant) known.fold(entry.rows);
    return known;
  };
  let seq = 0;

  const view = (entry: Entry, now: number): MailingRecord => {
    let lapsed = 0;
    let inFlight = 0;
    for (const claim of entry.rows.open) {
      if (claim.leaseUntil <= now) lapsed += claim.pending;
      else inFlight += claim.pending;
    }
    const { record, counts } = entry;
    // Written out field by field: spreads cost several times as much, and a view is made
    // on every claim and settle.
    const out: Mutable<MailingRecord> = {
      id: record.id,
      tenant: record.tenant,
      state: record.state,
      thresholds: record.thresholds,
      counts: {
        handedOver: counts.handedOver,
        sent: counts.sent,
        refused: counts.refused,
        failed: counts.failed,
        uncertain: counts.uncertain + lapsed,
        inFlight,
        bounced: counts.bounced,
        complaints: counts.complaints,
        unsubscribes: counts.unsubscribes,
        importedUnsubscribes: counts.importedUnsubscribes,
        notSent: { ...counts.notSent },
      },
      createdAt: record.createdAt,
      updatedAt: entry.updatedAt,
    };
    if (record.name !== undefined) out.name = record.name;
    if (record.parentId !== undefined) out.parentId = record.parentId;
    if (record.pause !== undefined) out.pause = record.pause;
    return out;
  };
  const find = (key: MailingKey) => mailings.get(keyOf(key.tenant, key.id));

  return {
    async claim(mailing, recipients, { now, leaseMs, remainingOf }) {
      const parent =
        remainingOf === undefined
          ? undefined
          : find({ tenant: mailing.tenant, id: remainingOf.parentId });
      if (remainingOf !== undefined && parent === undefined)
        return { answers: recipients.map((): ClaimAnswer => 'held') };
      let entry = find(mailing);
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
          },
          updatedAt: now,
          counts: zeroCounts(),
          rows: new RecipientRows(),
          seq: seq++,
        };
        mailings.set(keyOf(mailing.tenant, mailing.id), entry);
      }
      const answers: ClaimAnswer[] = new Array(recipients.length);
      if (entry.record.state === 'paused')
        return { mailing: view(entry, now), answers: answers.fill('held') };
      const { rows } = entry;
      const known = remainingOf === undefined ? undefined : folded(mailing.tenant);
      const claim = { leaseUntil: now + leaseMs, pending: 0 };
      const claimId = rows.claims.length;
      rows.claims.push(claim);
      const hashes = rows.hashes(recipients);
      for (let i = 0; i < recipients.length; i++) {
        const { recipientId, address, messageId } = recipients[i]!;
        if (remainingOf !== undefined) {
          const existing = rows.rowOf(recipientId);
          if (existing !== -1) {
            answers[i] = REPEATED[rows.stateAt(existing, now)]!;
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
        }
        const existing = rows.claimRow(recipientId, hashes[i]!, address, messageId, claimId, now);
        if (existing !== -1) {
          answers[i] = REPEATED[rows.stateAt(existing, now)]!;
          continue;
        }
        claim.pending++;
        answers[i] = 'claimed';
      }
      if (claim.pending > 0) rows.open.add(claim);
      return { mailing: view(entry, now), answers };
    },

    async settle(key, recipients, delta, now) {
      const entry = find(key);
      if (entry === undefined) return undefined;
      const { rows } = entry;
      const known = contactsOf(key.tenant);
      const foldedTo = known.foldedTo(rows);
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
        else if (slot === Slot.Sent && row < foldedTo) known.settled(rows, row);
      }
      add(entry, delta);
      entry.updatedAt = now;
      return view(entry, now);
    },

    async addEvents(counts, engaged, now) {
      for (const { tenant, address, at } of engaged) contactsOf(tenant).engage(address, at);
      return counts.map((count) => {
        const entry = find(count);
        if (entry === undefined) return undefined;
        add(entry, count);
        entry.updatedAt = now;
        return view(entry, now);
      });
    },

    async addImported(tenant, addresses, now) {
      // Rare and batched (an import): a scan of the mailings' rows is cheap, and spares
      // the sending path an index from address to rows.
      const named = new Set(addresses);
      const changed: MailingKey[] = [];
      if (named.size === 0) return changed;
      for (const entry of mailings.values()) {
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
        entry.updatedAt = now;
        changed.push({ tenant: entry.record.tenant, id: entry.record.id });
      }
      return changed;
    },

    async setState(key, state, pause, now) {
      const entry = find(key);
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
        };
        entry.updatedAt = now;
      }
      return { mailing: view(entry, now), changed };
    },

    async get(keys, now) {
      return keys.map((key) => {
        const entry = find(key);
        return entry === undefined ? undefined : view(entry, now);
      });
    },

    async list(filter, now) {
      const limit = pageLimit(filter.limit);
      const after = filter.cursor === undefined ? -1 : Number(filter.cursor);
      const items: MailingRecord[] = [];
      let last: Entry | undefined;
      let more = false;
      for (const entry of mailings.values()) {
        const { record } = entry;
        if (entry.seq <= after) continue;
        if (filter.tenant !== undefined && record.tenant !== filter.tenant) continue;
        if (filter.state !== undefined && record.state !== filter.state) continue;
        if (filter.parentId !== undefined && record.parentId !== filter.parentId) continue;
        if (items.length === limit) {
          more = true;
          break;
        }
        items.push(view(entry, now));
        last = entry;
      }
      return more && last !== undefined ? { items, cursor: String(last.seq) } : { items };
    },

    async recipients(key, filter, now) {
      const entry = find(key);
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
    },

    async activity(tenant, addresses) {
      if (!contacts.has(tenant)) return addresses.map(() => undefined);
      const known = folded(tenant);
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
    },
  };
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
