import type { Reason } from '../reasons/reason';
import type { Page } from '../stores/types';
import type {
  ClaimAnswer,
  ContactActivity,
  MailingCounts,
  MailingDelta,
  MailingKey,
  MailingRecipient,
  MailingRecord,
  MailingStore,
} from './types';

interface Row {
  readonly recipientId: string;
  readonly address: string;
  readonly messageId: string;
  state: MailingRecipient['state'];
  at: number;
  leaseUntil: number;
  readonly seq: number;
}

interface Entry {
  record: Omit<MailingRecord, 'counts'>;
  counts: Omit<MailingCounts, 'inFlight' | 'notSent'> & {
    notSent: Partial<Record<Reason, number>>;
  };
  readonly rows: Map<string, Row>;
  readonly seq: number;
}

type Activity = { -readonly [K in keyof ContactActivity]: ContactActivity[K] };

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
] as const;

/**
 * Mailings in this process's memory: the default store, right for one process and for
 * tests. A mailing that must survive its process, or be paused from another, needs a
 * shared store (`postgresStores` of @mailgate/store-postgres has one).
 */
export function memoryMailingStore(): MailingStore {
  const mailings = new Map<string, Entry>();
  const contacts = new Map<string, Activity>();
  let seq = 0;

  const view = (entry: Entry, now: number): MailingRecord => {
    let lapsed = 0;
    let inFlight = 0;
    for (const row of entry.rows.values()) {
      if (row.state !== 'pending') continue;
      if (row.leaseUntil <= now) lapsed++;
      else inFlight++;
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
  };
  const find = (key: MailingKey) => mailings.get(keyOf(key.tenant, key.id));
  const contact = (tenant: string, address: string) => {
    const id = keyOf(tenant, address);
    let found = contacts.get(id);
    if (found === undefined) {
      found = { tenant, address };
      contacts.set(id, found);
    }
    return found;
  };
  const stateOf = (row: Row, now: number) =>
    row.state === 'pending' && row.leaseUntil <= now ? 'uncertain' : row.state;

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
            updatedAt: now,
          },
          counts: {
            ...Object.fromEntries(NUMBERS.map((n) => [n, 0])),
            notSent: {},
          } as Entry['counts'],
          rows: new Map(),
          seq: seq++,
        };
        mailings.set(keyOf(mailing.tenant, mailing.id), entry);
      }
      const held = entry.record.state === 'paused';
      const answers = recipients.map((recipient): ClaimAnswer => {
        if (held) return 'held';
        const row = entry.rows.get(recipient.recipientId);
        if (row !== undefined) {
          const state = stateOf(row, now);
          return state === 'pending' ? 'in_flight' : state === 'uncertain' ? 'uncertain' : 'mailed';
        }
        if (remainingOf !== undefined) {
          if (parent!.rows.has(recipient.recipientId)) return 'mailed';
          const known = contacts.get(keyOf(mailing.tenant, recipient.address));
          if (
            known?.firstSentAt !== undefined &&
            known.firstSentAt < remainingOf.unengagedBefore &&
            (known.lastEngagedAt ?? -Infinity) < remainingOf.unengagedBefore
          )
            return 'unengaged';
        }
        entry.rows.set(recipient.recipientId, {
          ...recipient,
          state: 'pending',
          at: now,
          leaseUntil: now + leaseMs,
          seq: seq++,
        });
        return 'claimed';
      });
      return { mailing: view(entry, now), answers };
    },

    async settle(key, recipients, delta, now) {
      const entry = find(key);
      if (entry === undefined) return undefined;
      for (const { recipientId, state } of recipients) {
        const row = entry.rows.get(recipientId);
        if (row === undefined || row.state !== 'pending') continue;
        if (state === 'released') {
          entry.rows.delete(recipientId);
          continue;
        }
        row.state = state;
        row.at = now;
        if (state === 'sent') {
          const activity = contact(key.tenant, row.address);
          activity.firstSentAt ??= now;
          activity.lastSentAt = Math.max(activity.lastSentAt ?? now, now);
        }
      }
      add(entry, delta);
      entry.record = { ...entry.record, updatedAt: now };
      return view(entry, now);
    },

    async addEvents(counts, engaged, now) {
      for (const { tenant, address, at } of engaged) {
        const activity = contact(tenant, address);
        activity.lastEngagedAt = Math.max(activity.lastEngagedAt ?? at, at);
      }
      return counts.map((count) => {
        const entry = find(count);
        if (entry === undefined) return undefined;
        add(entry, count);
        entry.record = { ...entry.record, updatedAt: now };
        return view(entry, now);
      });
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
          updatedAt: now,
        };
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
      const limit = pageLimit(filter.limit);
      const after = filter.cursor === undefined ? -1 : Number(filter.cursor);
      const items: MailingRecipient[] = [];
      let last = -1;
      let more = false;
      for (const row of entry.rows.values()) {
        if (row.seq <= after) continue;
        const state = stateOf(row, now);
        if (filter.state !== undefined && state !== filter.state) continue;
        if (items.length === limit) {
          more = true;
          break;
        }
        const { leaseUntil: _lease, seq: _seq, ...rest } = row;
        items.push({ ...rest, state });
        last = row.seq;
      }
      return more ? { items, cursor: String(last) } : ({ items } as Page<MailingRecipient>);
    },

    async activity(tenant, addresses) {
      return addresses.map((address) => {
        const found = contacts.get(keyOf(tenant, address));
        return found === undefined ? undefined : { ...found };
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
