import {
  type AddressChange,
  type AddressKey,
  type ConfirmationState,
  defaultLedgerRules,
  expiryEvent,
  type ForgottenAddress,
  type LedgerEvent,
  type LedgerMessage,
  type LedgerRules,
  type LedgerScreenEntry,
  type LedgerScreenHit,
  type LedgerStore,
  type MessageStatus,
  messageAt,
  messageStatuses,
  normalizeAddress,
  type Page,
  type ProblemKind,
  parseMessageIdHeader,
  type Reason,
} from '@mailgate/core';
import type { SqlClient } from './client';
import {
  type AddressMessage,
  addressLocks,
  expiryCutoff,
  loadAddressMessages,
  loadRecords,
  pendingExpiry,
} from './ledger-addresses';
import { applyEventsIn } from './ledger-apply';
import {
  type AddressRecord,
  addressKey,
  bare,
  type ChangeRow,
  EVENT_COLUMNS,
  type EventRow,
  isText,
  isTime,
  isValidMessage,
  MESSAGE_COLUMNS,
  type MessageRow,
  optionalText,
  statusOf,
  stored,
  toChange,
  toEvent,
  toMessage,
} from './ledger-rows';
import { fromStored, toStored } from './text';
import { lockKeys, transaction } from './transaction';

export interface PostgresLedgerStoreOptions {
  /** The time rules; each one defaults to `defaultLedgerRules`. */
  readonly rules?: Partial<LedgerRules>;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * The delivery ledger in PostgreSQL (`mailgate_ledger_*`, schema version 2). Every call
 * is a constant number of statements whatever the batch size (arrays through
 * `= ANY`/`unnest`), and a call that writes several tables is one transaction. The
 * status rules are core's pure functions, run here on the rows the call loaded and
 * locked; reads run no transaction. Rows that cannot be stored are skipped, as the
 * memory store does; a database error rejects the call, having changed nothing.
 */
export function postgresLedgerStore(
  client: SqlClient,
  options: PostgresLedgerStoreOptions = {},
): LedgerStore {
  const rules: LedgerRules = { ...defaultLedgerRules, ...options.rules };

  const selectMessages = async (ids: readonly string[], providerKeys: readonly string[]) => {
    const { rows } = await client.query<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM mailgate_ledger_messages
        WHERE id = ANY($1::text[]) OR provider_key = ANY($2::text[])`,
      [ids.map(toStored), providerKeys.map(toStored)],
    );
    const byId = new Map<string, LedgerMessage>();
    // The provider's id of the message recorded last wins.
    const byProvider = new Map<string, { seq: number; message: LedgerMessage }>();
    for (const row of rows) {
      const message = toMessage(row);
      byId.set(message.id, message);
      if (row.provider_key === null) continue;
      const key = fromStored(row.provider_key);
      const seen = byProvider.get(key);
      if (seen === undefined || row.seq > seen.seq) byProvider.set(key, { seq: row.seq, message });
    }
    return { byId, byProvider };
  };
  const shown = (message: LedgerMessage | undefined, now: number) =>
    message === undefined ? undefined : messageAt(message, now, rules);

  return {
    async recordMessages(messages) {
      const seen = new Set<string>();
      const rows = messages.filter((m) => {
        if (!isValidMessage(m) || seen.has(m.id)) return false;
        seen.add(m.id);
        return true;
      });
      if (rows.length === 0) return 0;
      const provider = rows.map((m) =>
        m.providerMessageId === undefined ? undefined : bare(m.providerMessageId),
      );
      const result = await client.query(
        `INSERT INTO mailgate_ledger_messages (id, tenant, address, recipient_id, category,
                mailing_id, transport, provider_key, provider_id, actor, status, reason,
                created_at, status_at)
         SELECT id, tenant, address, recipient_id, category, mailing_id, transport,
                provider_key, provider_id, actor, status, reason, at, at
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                       $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                       $12::text[], $13::bigint[])
             AS t(id, tenant, address, recipient_id, category, mailing_id, transport,
                  provider_key, provider_id, actor, status, reason, at)
         ON CONFLICT (id) DO NOTHING
         RETURNING 1`,
        [
          rows.map((m) => toStored(m.id)),
          rows.map((m) => toStored(m.tenant)),
          rows.map((m) => toStored(m.address ?? '')),
          rows.map((m) => stored(m.recipientId)),
          rows.map((m) => stored(m.category)),
          rows.map((m) => stored(m.mailingId)),
          rows.map((m) => stored(m.transport)),
          provider.map(stored),
          rows.map((m, i) =>
            m.providerMessageId === provider[i] ? null : stored(m.providerMessageId),
          ),
          rows.map((m) => stored(m.actor)),
          rows.map((m) => m.status),
          rows.map((m) => m.reason ?? null),
          rows.map((m) => Math.round(m.at)),
        ],
      );
      return result.rows.length;
    },

    applyEvents: (events, now) =>
      transaction(client, (tx) => applyEventsIn(tx, events ?? [], now, rules)),

    async getMessages(ids, now) {
      const wanted = ids.filter(isText);
      if (wanted.length === 0) return ids.map(() => undefined);
      const { byId } = await selectMessages(wanted, []);
      return ids.map((id) => shown(isText(id) ? byId.get(id) : undefined, now));
    },

    async getMessagesByProviderId(providerIds, now) {
      const keys = providerIds.map((id) => (isText(id) ? bare(id) : undefined));
      const wanted = keys.filter((k): k is string => k !== undefined && k !== '');
      if (wanted.length === 0) return providerIds.map(() => undefined);
      const { byProvider } = await selectMessages([], wanted);
      return keys.map((key) => shown(key ? byProvider.get(key)?.message : undefined, now));
    },

    async getMessagesByHeader(headers, now) {
      const ours = headers.map((h) => (isText(h) ? parseMessageIdHeader(h) : undefined));
      const keys = headers.map((h) => (isText(h) ? bare(h) : undefined));
      const ids = ours.filter((id): id is string => id !== undefined);
      const providerKeys = keys.filter((k): k is string => k !== undefined && k !== '');
      if (ids.length === 0 && providerKeys.length === 0) return headers.map(() => undefined);
      const { byId, byProvider } = await selectMessages(ids, providerKeys);
      return headers.map((_, i) => {
        const id = ours[i];
        const key = keys[i];
        const found =
          (id === undefined ? undefined : byId.get(id)) ??
          (key === undefined ? undefined : byProvider.get(key)?.message);
        return shown(found, now);
      });
    },

    async getEvents(ids) {
      const wanted = ids.filter(isText);
      if (wanted.length === 0) return ids.map(() => []);
      const { rows } = await client.query<
        EventRow & { message_id: string; tenant: string; address: string }
      >(
        `SELECT e.message_id, ${EVENT_COLUMNS}, m.tenant, m.address
           FROM mailgate_ledger_events e JOIN mailgate_ledger_messages m ON m.id = e.message_id
          WHERE e.message_id = ANY($1::text[])
          ORDER BY e.seq`,
        [wanted.map(toStored)],
      );
      const byMessage = new Map<string, LedgerEvent[]>();
      for (const row of rows) {
        const messageId = fromStored(row.message_id);
        const event = toEvent(row, messageId, fromStored(row.tenant), fromStored(row.address));
        const list = byMessage.get(messageId);
        if (list === undefined) byMessage.set(messageId, [event]);
        else list.push(event);
      }
      return ids.map((id) => [...(byMessage.get(id) ?? [])]);
    },

    async listMessages(filter, now) {
      const f = filter ?? {};
      const limit = Math.min(
        MAX_LIMIT,
        Math.max(1, Math.floor(Number(f.limit ?? DEFAULT_LIMIT)) || 1),
      );
      if (f.status !== undefined && !(messageStatuses as readonly string[]).includes(f.status))
        return { items: [] };
      const where: string[] = [];
      const params: unknown[] = [];
      const bind = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      const text = (column: string, value: unknown) => {
        if (value === undefined) return;
        where.push(typeof value === 'string' ? `${column} = ${bind(toStored(value))}` : 'false');
      };
      text('tenant', f.tenant);
      text('recipient_id', f.recipientId);
      text('mailing_id', f.mailingId);
      if (f.address !== undefined) {
        where.push(
          typeof f.address === 'string' && f.address !== ''
            ? `address = ${bind(toStored(f.address))} AND address <> ''`
            : 'false',
        );
      }
      const time = (value: unknown) => (isTime(value) ? Math.ceil(value) : undefined);
      if (f.since !== undefined) {
        const since = time(f.since);
        where.push(since === undefined ? 'false' : `created_at >= ${bind(since)}`);
      }
      if (f.until !== undefined) {
        const until = time(f.until);
        where.push(until === undefined ? 'false' : `created_at < ${bind(until)}`);
      }
      const newest = f.order === 'newest';
      if (typeof f.cursor === 'string') {
        where.push(`id ${newest ? '<' : '>'} ${bind(toStored(f.cursor))}`);
      }
      if (f.status !== undefined) {
        // The status as `now` shows it: a soft bounce past the window is bounced.
        const cut = bind(expiryCutoff(now, rules));
        const status = bind(f.status);
        where.push(
          `((status = ${status} AND NOT (status = 'soft_bounced' AND created_at <= ${cut}))
            OR (${status} = 'bounced' AND status = 'soft_bounced' AND created_at <= ${cut}))`,
        );
      }
      const { rows } = await client.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM mailgate_ledger_messages
          ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
          ORDER BY id ${newest ? 'DESC' : 'ASC'} LIMIT ${bind(limit + 1)}`,
        params,
      );
      const items = rows.slice(0, limit).map((row) => messageAt(toMessage(row), now, rules));
      const page: Page<LedgerMessage> =
        rows.length > limit ? { items, cursor: items[items.length - 1]!.id } : { items };
      return page;
    },

    async getAddressStatuses(keys, now) {
      const clean = keys.map((key) => ({
        tenant: typeof key?.tenant === 'string' ? key.tenant : '',
        address: typeof key?.address === 'string' ? key.address : '',
      }));
      const wanted = uniqueKeys(clean.filter((k) => k.tenant !== '' && k.address !== ''));
      const records = await loadRecords(client, wanted);
      const unsettled = wanted.filter(
        (k) => !records.get(addressKey(k.tenant, k.address))?.problem,
      );
      const history = await loadAddressMessages(
        client,
        unsettled.map((k) => ({ ...k, streak: false })),
        expiryCutoff(now, rules),
      );
      return clean.map(({ tenant, address }) => {
        const key = addressKey(tenant, address);
        const record = records.get(key);
        const problem =
          record?.problem ?? pendingExpiry({ tenant, address }, history.get(key), now, rules);
        return statusOf(tenant, address, record, problem);
      });
    },

    async setConfirmations(changes) {
      const valid = (changes ?? []).filter(
        (c) =>
          c !== null &&
          typeof c === 'object' &&
          isText(c.tenant) &&
          isText(c.address) &&
          isConfirmationState(c.state) &&
          isTime(c.at),
      );
      if (valid.length === 0) return [];
      return transaction(client, async (tx) => {
        const keys = uniqueKeys(valid);
        await lockKeys(tx, addressLocks(keys));
        const records = await loadRecords(tx, keys);
        const latest = Math.max(...valid.map((c) => c.at));
        const unsettled = keys.filter(
          (k) => !records.get(addressKey(k.tenant, k.address))?.problem,
        );
        const history = await loadAddressMessages(
          tx,
          unsettled.map((k) => ({ ...k, streak: false })),
          expiryCutoff(latest, rules),
        );
        const changed = new Set<string>();
        const answered = valid.map((change) => {
          const key = addressKey(change.tenant, change.address);
          const record = records.get(key) ?? { confirmation: 'unconfirmed' as const };
          records.set(key, record);
          if (laterConfirmation(record, change.at, change.state)) {
            record.confirmation = change.state;
            record.confirmationAt = Math.round(change.at);
            changed.add(key);
          }
          const problem =
            record.problem ?? pendingExpiry(change, history.get(key), change.at, rules);
          return statusOf(change.tenant, change.address, record, problem);
        });
        const written = keys.filter((k) => changed.has(addressKey(k.tenant, k.address)));
        if (written.length > 0) {
          const recordOf = (k: AddressKey) => records.get(addressKey(k.tenant, k.address))!;
          await tx.query(
            `INSERT INTO mailgate_ledger_addresses AS a (tenant, address, confirmation, confirmation_at)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[])
             ON CONFLICT (tenant, address) DO UPDATE
               SET confirmation = excluded.confirmation, confirmation_at = excluded.confirmation_at`,
            [
              written.map((k) => toStored(k.tenant)),
              written.map((k) => toStored(k.address)),
              written.map((k) => recordOf(k).confirmation),
              written.map((k) => recordOf(k).confirmationAt!),
            ],
          );
        }
        return answered;
      });
    },

    async recordAddressChanges(changes) {
      const valid = (changes ?? []).filter(
        (c) =>
          c !== null &&
          typeof c === 'object' &&
          isText(c.tenant) &&
          isText(c.recipientId) &&
          isText(c.actor) &&
          optionalText(c.from) &&
          optionalText(c.to) &&
          isTime(c.at),
      );
      if (valid.length === 0) return;
      const targets = uniqueKeys(
        valid.flatMap((c) => (c.to === undefined ? [] : [{ tenant: c.tenant, address: c.to }])),
      );
      await transaction(client, async (tx) => {
        await lockKeys(tx, addressLocks(targets));
        // The new address starts unconfirmed (seed 004: a changed address is confirmed anew).
        await tx.query(
          `WITH input AS (
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                                  $6::bigint[]) WITH ORDINALITY
               AS t(tenant, recipient_id, from_address, to_address, actor, at, n)
           ), recorded AS (
             INSERT INTO mailgate_ledger_address_changes
                    (tenant, recipient_id, from_address, to_address, actor, at)
             SELECT tenant, recipient_id, from_address, to_address, actor, at
               FROM input ORDER BY n
           )
           INSERT INTO mailgate_ledger_addresses AS a (tenant, address, confirmation, confirmation_at)
           SELECT tenant, to_address, 'unconfirmed', max(at) FROM input
            WHERE to_address IS NOT NULL GROUP BY tenant, to_address
           ON CONFLICT (tenant, address) DO UPDATE
             SET confirmation = 'unconfirmed', confirmation_at = excluded.confirmation_at
             WHERE a.confirmation_at IS NULL OR excluded.confirmation_at >= a.confirmation_at`,
          [
            valid.map((c) => toStored(c.tenant)),
            valid.map((c) => toStored(c.recipientId)),
            valid.map((c) => stored(c.from)),
            valid.map((c) => stored(c.to)),
            valid.map((c) => toStored(c.actor)),
            valid.map((c) => Math.round(c.at)),
          ],
        );
      });
    },

    async addressHistory(tenant, recipientIds) {
      const wanted = recipientIds.filter(isText);
      if (!isText(tenant) || wanted.length === 0) return recipientIds.map(() => []);
      const { rows } = await client.query<ChangeRow>(
        `SELECT tenant, recipient_id, from_address, to_address, actor, at::float8 AS at
           FROM mailgate_ledger_address_changes
          WHERE tenant = $1 AND recipient_id = ANY($2::text[])
          ORDER BY at, seq`,
        [toStored(tenant), wanted.map(toStored)],
      );
      const byRecipient = new Map<string, AddressChange[]>();
      for (const row of rows) {
        const change = toChange(row);
        const list = byRecipient.get(change.recipientId);
        if (list === undefined) byRecipient.set(change.recipientId, [change]);
        else list.push(change);
      }
      return recipientIds.map((id) => [...(byRecipient.get(id) ?? [])]);
    },

    async sweep(now, limit = MAX_LIMIT) {
      const cap = Math.max(1, Math.min(MAX_LIMIT * 10, Math.floor(limit) || 1));
      const { rows } = await client.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM mailgate_ledger_messages
          WHERE status = 'soft_bounced' AND created_at <= $1
          ORDER BY created_at, id LIMIT $2`,
        [expiryCutoff(now, rules), cap + 1],
      );
      const events = rows.slice(0, cap).map((row) => expiryEvent(toMessage(row), rules));
      const applied = await transaction(client, (tx) => applyEventsIn(tx, events, now, rules));
      return { ...applied, more: rows.length > cap };
    },

    async forget(entries, now) {
      const valid = (entries ?? []).filter((e) => isText(e?.address) && isText(e.hash));
      if (valid.length === 0) return [];
      const addresses = valid.map((e) => normalizeAddress(e.address) ?? e.address);
      const hashes = [...new Set(valid.map((e) => e.hash))];
      return transaction(client, async (tx) => {
        await lockKeys(
          tx,
          hashes.map((hash) => `f/${toStored(hash)}`),
        );
        const erased = [...new Set(addresses)].map(toStored);
        const { rows } = await tx.query<{ tenant: string; address: string; kind: string | null }>(
          `WITH gone AS (
             DELETE FROM mailgate_ledger_messages
              WHERE address = ANY($1::text[]) AND address <> '' RETURNING id
           ), message_events AS (
             DELETE FROM mailgate_ledger_events WHERE message_id IN (SELECT id FROM gone)
           ), address_events AS (
             DELETE FROM mailgate_ledger_events
              WHERE message_id IS NULL AND address = ANY($1::text[])
           ), changes AS (
             DELETE FROM mailgate_ledger_address_changes
              WHERE from_address = ANY($1::text[]) OR to_address = ANY($1::text[])
           )
           DELETE FROM mailgate_ledger_addresses WHERE address = ANY($1::text[])
           RETURNING tenant, address, problem_kind AS kind`,
          [erased],
        );
        const problemsOf = new Map<string, { tenant: string; kind: ProblemKind }[]>();
        for (const row of [...rows].sort((a, b) => compare(a.tenant, b.tenant))) {
          if (row.kind === null) continue;
          const address = fromStored(row.address);
          const list = problemsOf.get(address) ?? [];
          list.push({ tenant: fromStored(row.tenant), kind: row.kind as ProblemKind });
          problemsOf.set(address, list);
        }
        const before = await tx.query<{
          hash: string;
          tenants: string[];
          kinds: string[];
          at: number;
        }>(
          `SELECT hash, tenants, kinds, at::float8 AS at FROM mailgate_ledger_forgotten
            WHERE hash = ANY($1::text[])`,
          [hashes.map(toStored)],
        );
        const kept = new Map<string, ForgottenAddress>();
        for (const row of before.rows) {
          const hash = fromStored(row.hash);
          kept.set(hash, {
            hash,
            problems: row.tenants.map((t, i) => ({
              tenant: fromStored(t),
              kind: row.kinds[i] as ProblemKind,
            })),
            at: Number(row.at),
          });
        }
        // In order, as one call after another: a repeated address adds nothing new.
        const taken = new Set<string>();
        const answered = valid.map((entry, i) => {
          const address = addresses[i]!;
          const problems = taken.has(address) ? [] : (problemsOf.get(address) ?? []);
          taken.add(address);
          const previous = kept.get(entry.hash);
          const forgotten: ForgottenAddress = {
            hash: entry.hash,
            problems: [...(previous?.problems ?? []), ...problems],
            at: previous?.at ?? now,
          };
          kept.set(entry.hash, forgotten);
          return forgotten;
        });
        const final = [...kept.values()];
        const problems = final.flatMap((f) => f.problems.map((p) => ({ hash: f.hash, ...p })));
        await tx.query(
          `INSERT INTO mailgate_ledger_forgotten (hash, tenants, kinds, at)
           SELECT h.hash, coalesce(p.tenants, '{}'), coalesce(p.kinds, '{}'), h.at
             FROM unnest($1::text[], $2::bigint[]) AS h(hash, at)
             LEFT JOIN (
               SELECT hash, array_agg(tenant ORDER BY n) AS tenants, array_agg(kind ORDER BY n) AS kinds
                 FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS p(hash, tenant, kind, n)
                GROUP BY hash
             ) AS p USING (hash)
           ON CONFLICT (hash) DO UPDATE
             SET tenants = excluded.tenants, kinds = excluded.kinds, at = excluded.at`,
          [
            final.map((f) => toStored(f.hash)),
            final.map((f) => (isTime(f.at) ? Math.round(f.at) : 0)),
            problems.map((p) => toStored(p.hash)),
            problems.map((p) => toStored(p.tenant)),
            problems.map((p) => p.kind),
          ],
        );
        return answered;
      });
    },

    async screen(entries, now) {
      const valid = (entries ?? []).map(
        (e) => e !== null && typeof e === 'object' && isText(e.tenant) && isText(e.address),
      );
      if (!valid.includes(true)) return [];
      const at = (i: number) => (valid[i] ? entries[i]! : undefined);
      const { tenants, tenant, hashes } = screenColumns(entries, at);
      // One statement: the forgotten hashes, and the soft bounces past the window (only
      // looked for per address when the partial index has any at all). A batch for one
      // tenant sends it once ($5, with no tenant column), and one without hashes sends no
      // hash column: `unnest` pads a shorter array with NULLs.
      const { rows } = await client.query<{
        n: number;
        forgotten: boolean;
        id: string | null;
        status: string | null;
        reason: string | null;
        status_at: number | null;
        created_at: number | null;
      }>(
        `WITH input AS (
           SELECT coalesce(t.tenant, $5) AS tenant, t.address, t.hash, t.n
             FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY
               AS t(tenant, address, hash, n)
         )
         SELECT i.n::int AS n, true AS forgotten, NULL::text AS id, NULL::text AS status,
                NULL::text AS reason, NULL::float8 AS status_at, NULL::float8 AS created_at
           FROM input i JOIN mailgate_ledger_forgotten f ON f.hash = i.hash
         UNION ALL
         SELECT i.n::int, false, m.id, m.status, m.reason, m.status_at::float8,
                m.created_at::float8
           FROM input i JOIN mailgate_ledger_messages m
             ON m.address = i.address AND m.address <> '' AND m.tenant = i.tenant
          WHERE m.status = 'soft_bounced' AND m.created_at <= $4
            AND EXISTS (SELECT 1 FROM mailgate_ledger_messages s
                         WHERE s.status = 'soft_bounced' AND s.created_at <= $4)`,
        [
          tenants,
          entries.map((_, i) => toStored(at(i)?.address ?? '')),
          hashes,
          expiryCutoff(now, rules),
          tenant,
        ],
      );
      const forgotten = new Set<number>();
      const messages = new Map<number, AddressMessage[]>();
      for (const row of rows) {
        const index = row.n - 1;
        if (!valid[index]) continue;
        if (row.forgotten) {
          forgotten.add(index);
          continue;
        }
        const list = messages.get(index) ?? [];
        list.push({
          id: fromStored(row.id!),
          status: row.status as MessageStatus,
          statusAt: Number(row.status_at),
          createdAt: Number(row.created_at),
          ...(row.reason === null ? {} : { reason: row.reason as Reason }),
        });
        messages.set(index, list);
      }
      const hits: LedgerScreenHit[] = [];
      for (let i = 0; i < entries.length; i++) {
        const entry = at(i);
        if (entry === undefined) continue;
        const problem = pendingExpiry(entry, messages.get(i), now, rules);
        if (forgotten.has(i) || problem !== undefined)
          hits.push({
            index: i,
            ...(forgotten.has(i) ? { forgotten: true } : {}),
            ...(problem === undefined ? {} : { problem }),
          });
      }
      return hits;
    },

    async isForgotten(hashes) {
      const wanted = hashes.filter(isText);
      if (wanted.length === 0) return hashes.map(() => false);
      const { rows } = await client.query<{ hash: string }>(
        'SELECT hash FROM mailgate_ledger_forgotten WHERE hash = ANY($1::text[])',
        [wanted.map(toStored)],
      );
      const found = new Set(rows.map((row) => fromStored(row.hash)));
      return hashes.map((hash) => found.has(hash));
    },
  };
}

/**
 * The tenant and hash columns of `screen`'s input, each left empty when it would say
 * nothing: `tenants` when every entry has `tenant` (a mailing's batch), `hashes` when no
 * entry has one (a gate without an erasure key). A skipped entry's tenant is ''.
 */
function screenColumns(
  entries: readonly unknown[],
  at: (i: number) => LedgerScreenEntry | undefined,
): { tenants: string[]; tenant: string; hashes: (string | null)[] } {
  let tenant: string | undefined;
  let oneTenant = true;
  let anyHash = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = at(i);
    // A skipped entry matches nothing whatever its tenant.
    if (entry === undefined) continue;
    if (tenant === undefined) tenant = entry.tenant;
    else if (entry.tenant !== tenant) oneTenant = false;
    if (isText(entry.hash)) anyHash = true;
  }
  return {
    tenants: oneTenant ? [] : entries.map((_, i) => toStored(at(i)?.tenant ?? '')),
    tenant: toStored(tenant ?? ''),
    hashes: anyHash
      ? entries.map((_, i) => {
          const hash = at(i)?.hash;
          return isText(hash) ? toStored(hash) : null;
        })
      : [],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each (tenant, address) once, in first-seen order. */
function uniqueKeys(keys: readonly AddressKey[]): AddressKey[] {
  const seen = new Map<string, AddressKey>();
  for (const { tenant, address } of keys) {
    const key = addressKey(tenant, address);
    if (!seen.has(key)) seen.set(key, { tenant, address });
  }
  return [...seen.values()];
}

function isConfirmationState(value: unknown): value is ConfirmationState {
  return value === 'unconfirmed' || value === 'confirmation_requested' || value === 'confirmed';
}

const confirmationOrder: { readonly [S in ConfirmationState]: number } = {
  unconfirmed: 0,
  confirmation_requested: 1,
  confirmed: 2,
};

/** The latest change wins; at the same time, the further state (confirmed > requested). */
function laterConfirmation(record: AddressRecord, at: number, state: ConfirmationState): boolean {
  if (record.confirmationAt === undefined || at > record.confirmationAt) return true;
  return (
    at === record.confirmationAt &&
    confirmationOrder[state] > confirmationOrder[record.confirmation]
  );
}
