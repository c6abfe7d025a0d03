import {
  type AuditRecord,
  isAddressHash,
  normalizeAddress,
  normalizeSuppressionKey,
  type Page,
  type Suppression,
  type SuppressionReason,
  type SuppressionStore,
} from '@mailgate/core';
import type { SqlClient } from './client';
import {
  actorOf,
  clampLimit,
  entryRows,
  GLOBAL,
  liftRows,
  reasonCode,
  reasons,
  scopeOf,
  tenantOf,
} from './suppression-input';
import { fromStored, toStored } from './text';

export interface PostgresStoreOptions {
  /** The clock for `createdAt` defaults, audit times and expiry (ms since the epoch). */
  readonly now?: () => number;
}

interface EntryColumns {
  key: string;
  tenant: string;
  reason: number;
  subscription_type: string;
  source: string;
  created_at: number;
  expires_at: number | null;
}

const ENTRY_COLUMNS = `key, tenant, reason, subscription_type, source,
  created_at::float8 AS created_at, expires_at::float8 AS expires_at`;
const IN_FORCE = '(expires_at IS NULL OR expires_at > $NOW)';

/**
 * The suppression list in PostgreSQL (`mailgate_suppressions`, with its audit trail in
 * `mailgate_suppression_audit`). Every call is one statement: a batch of keys is one
 * `= ANY($1)` look-up, an add or a lift is one multi-row statement that writes the
 * entries and their audit records together (so neither exists without the other).
 */
export function postgresSuppressionStore(
  client: SqlClient,
  options: PostgresStoreOptions = {},
): SuppressionStore {
  const clock = options.now ?? Date.now;
  return {
    async lookup(tenant, keys, now) {
      const found = new Array<Suppression[] | undefined>(keys.length).fill(undefined);
      if (keys.length === 0) return found;
      const own = typeof tenant === 'string' ? tenant : GLOBAL;
      // The keys are joined as a set, each by its position (not `key = ANY($1)`): with
      // thousands of keys the planner then probes the index once per key instead of
      // scanning the table, and only the rows found come back, without their key. A key
      // given twice is probed twice, which costs less than removing repeats beforehand.
      // Global entries first, then the tenant's; each in the order they were added.
      const { rows } = await client.query<LookupColumns>(
        `SELECT k.n::int AS n, s.tenant <> '' AS own, s.reason, s.subscription_type, s.source,
                s.created_at::float8 AS created_at, s.expires_at::float8 AS expires_at
           FROM unnest($1::text[]) WITH ORDINALITY AS k(key, n)
           JOIN mailgate_suppressions s ON s.key = k.key
          WHERE s.tenant = ANY(ARRAY['', $2::text])
            AND (s.expires_at IS NULL OR s.expires_at > $3)
          ORDER BY s.tenant <> '', s.id`,
        [keys.map(storedKey), toStored(own), now],
      );
      for (const row of rows) {
        const index = row.n - 1;
        const entry = toFound(row, keys[index]!, scopeOf(row.own ? own : GLOBAL));
        const hits = found[index];
        if (hits === undefined) found[index] = [entry];
        else hits.push(entry);
      }
      return found;
    },

    async add(entries, by) {
      const at = clock();
      const rows = entryRows(entries, at).sort(byEntry);
      if (rows.length === 0) return;
      const { actor, note } = actorOf(by);
      // An entry already in force is left alone unless the new one lasts longer; an
      // expired one is renewed. Only rows written get an audit record.
      await client.query(
        `WITH input AS (
           SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[], $5::text[],
                                $6::bigint[], $7::bigint[])
             AS t(tenant, key, reason, subscription_type, source, created_at, expires_at)
         ), written AS (
           INSERT INTO mailgate_suppressions AS s
                  (tenant, key, reason, subscription_type, source, created_at, expires_at)
           SELECT * FROM input
           ON CONFLICT (key, tenant, reason, subscription_type) DO UPDATE
             SET source = excluded.source, created_at = excluded.created_at,
                 expires_at = excluded.expires_at
             WHERE s.expires_at IS NOT NULL AND (s.expires_at <= $8 OR excluded.expires_at IS NULL
                   OR excluded.expires_at > s.expires_at)
           RETURNING s.tenant, s.key, s.reason, s.subscription_type
         )
         INSERT INTO mailgate_suppression_audit
                (action, tenant, key, reason, subscription_type, actor, note, at)
         SELECT 'add', tenant, key, reason, subscription_type, $9, $10, $8 FROM written`,
        [
          rows.map((r) => toStored(r.tenant)),
          rows.map((r) => toStored(r.key)),
          rows.map((r) => r.reason),
          rows.map((r) => toStored(r.subscriptionType)),
          rows.map((r) => toStored(r.source)),
          rows.map((r) => Math.round(r.createdAt)),
          rows.map((r) => (r.expiresAt === undefined ? null : Math.round(r.expiresAt))),
          at,
          toStored(actor),
          note === undefined ? null : toStored(note),
        ],
      );
    },

    async lift(entries, by) {
      const rows = liftRows(entries);
      if (rows.length === 0) return 0;
      const { actor, note } = actorOf(by);
      const result = await client.query<{ lifted: number }>(
        `WITH input AS (
           SELECT * FROM unnest($1::text[], $2::text[], $3::smallint[], $4::text[])
             AS t(tenant, key, reason, subscription_type)
         ), lifted AS (
           DELETE FROM mailgate_suppressions s USING input i
            WHERE s.key = i.key AND s.tenant = i.tenant
              AND (i.reason IS NULL OR s.reason = i.reason)
              AND (i.subscription_type IS NULL OR s.subscription_type = i.subscription_type)
           RETURNING s.tenant, s.key, s.reason, s.subscription_type
         ), recorded AS (
           INSERT INTO mailgate_suppression_audit
                  (action, tenant, key, reason, subscription_type, actor, note, at)
           SELECT 'lift', tenant, key, reason, subscription_type, $5, $6, $7 FROM lifted
           RETURNING 1
         )
         SELECT count(*)::int AS lifted FROM recorded`,
        [
          rows.map((r) => toStored(r.tenant)),
          rows.map((r) => toStored(r.key)),
          rows.map((r) => r.reason ?? null),
          rows.map((r) => (r.subscriptionType === undefined ? null : toStored(r.subscriptionType))),
          toStored(actor),
          note === undefined ? null : toStored(note),
          clock(),
        ],
      );
      return result.rows[0]?.lifted ?? 0;
    },

    async list(filter = {}) {
      const after = parseCursor(filter.cursor);
      const tenant = filter.scope === undefined ? undefined : tenantOf(filter.scope);
      const reason = filter.reason === undefined ? undefined : reasonCode(filter.reason);
      const key = filter.key === undefined ? undefined : normalizeSuppressionKey(filter.key);
      if (
        after === undefined ||
        (filter.scope !== undefined && tenant === undefined) ||
        (filter.reason !== undefined && reason === undefined) ||
        (filter.key !== undefined && key === undefined)
      )
        return { items: [] };
      const limit = clampLimit(filter.limit);
      const { rows } = await client.query<EntryColumns & { id: string }>(
        `SELECT id::text AS id, ${ENTRY_COLUMNS} FROM mailgate_suppressions
          WHERE id > $1 AND ${IN_FORCE.replace('$NOW', '$2')}
            AND ($3::text IS NULL OR tenant = $3) AND ($4::smallint IS NULL OR reason = $4)
            AND ($5::text IS NULL OR key = $5)
          ORDER BY id LIMIT $6`,
        [
          after,
          clock(),
          tenant === undefined ? null : toStored(tenant),
          reason ?? null,
          key === undefined ? null : toStored(key),
          limit + 1,
        ],
      );
      return page(rows, limit, toEntry);
    },

    async forget(entries) {
      const byAddress = new Map<string, string>();
      for (const entry of entries ?? []) {
        const address = typeof entry?.key === 'string' ? normalizeAddress(entry.key) : undefined;
        if (address !== undefined && isAddressHash(entry.hash)) byAddress.set(address, entry.hash);
      }
      if (byAddress.size === 0) return 0;
      // One statement: an entry the hash already has goes, the others take the hash, and
      // so do the audit records (and notes) that name the address.
      const result = await client.query<{ rewritten: number }>(
        `WITH input AS (
           SELECT * FROM unnest($1::text[], $2::text[]) AS t(address, hash)
         ), twins AS (
           DELETE FROM mailgate_suppressions s USING input i
            WHERE s.key = i.address AND EXISTS (
              SELECT 1 FROM mailgate_suppressions h
               WHERE h.key = i.hash AND h.tenant = s.tenant AND h.reason = s.reason
                 AND h.subscription_type = s.subscription_type)
           RETURNING s.id
         ), moved AS (
           UPDATE mailgate_suppressions s SET key = i.hash FROM input i
            WHERE s.key = i.address AND s.id NOT IN (SELECT id FROM twins)
           RETURNING s.id
         ), audited AS (
           UPDATE mailgate_suppression_audit a
              SET key = CASE WHEN a.key = i.address THEN i.hash ELSE a.key END,
                  note = replace(a.note, i.address, i.hash)
             FROM input i
            WHERE a.key = i.address OR strpos(a.note, i.address) > 0
           RETURNING 1
         )
         SELECT ((SELECT count(*) FROM twins) + (SELECT count(*) FROM moved))::int AS rewritten,
                (SELECT count(*) FROM audited)::int AS audited`,
        [[...byAddress.keys()].map(toStored), [...byAddress.values()].map(toStored)],
      );
      return result.rows[0]?.rewritten ?? 0;
    },

    async audit(filter = {}) {
      const after = parseCursor(filter.cursor);
      const key = filter.key === undefined ? undefined : normalizeSuppressionKey(filter.key);
      if (after === undefined || (filter.key !== undefined && key === undefined))
        return { items: [] };
      const limit = clampLimit(filter.limit);
      const { rows } = await client.query<AuditColumns>(
        `SELECT id::text AS id, action, tenant, key, reason, subscription_type, actor, note,
                at::float8 AS at
           FROM mailgate_suppression_audit
          WHERE id > $1 AND ($2::text IS NULL OR key = $2)
          ORDER BY id LIMIT $3`,
        [after, key === undefined ? null : toStored(key), limit + 1],
      );
      return page(rows, limit, toAuditRecord);
    },
  };
}

interface AuditColumns {
  id: string;
  action: string;
  tenant: string;
  key: string;
  reason: number;
  subscription_type: string;
  actor: string;
  note: string | null;
  at: number;
}

/** A row `lookup` found: the key is the one asked for at position `n` (from 1). */
interface LookupColumns extends Omit<EntryColumns, 'key' | 'tenant'> {
  n: number;
  /** The tenant's own entry, not a global one. */
  own: boolean;
}

/** A key as `lookup` sends it: anything but a string matches nothing. */
function storedKey(key: unknown): string | null {
  return typeof key === 'string' ? toStored(key) : null;
}

function toFound(
  row: Omit<EntryColumns, 'key' | 'tenant'>,
  key: string,
  scope: Suppression['scope'],
): Suppression {
  const entry: { -readonly [K in keyof Suppression]: Suppression[K] } = {
    key,
    scope,
    reason: reasons[row.reason] as SuppressionReason,
    source: fromStored(row.source),
    createdAt: Number(row.created_at),
  };
  if (row.subscription_type !== '') entry.subscriptionType = fromStored(row.subscription_type);
  if (row.expires_at !== null) entry.expiresAt = Number(row.expires_at);
  return entry;
}

function toEntry(row: EntryColumns): Suppression {
  return toFound(row, fromStored(row.key), scopeOf(fromStored(row.tenant)));
}

function toAuditRecord(row: AuditColumns): AuditRecord {
  const record: { -readonly [K in keyof AuditRecord]: AuditRecord[K] } = {
    action: row.action === 'lift' ? 'lift' : 'add',
    key: fromStored(row.key),
    scope: scopeOf(fromStored(row.tenant)),
    reason: reasons[row.reason] as SuppressionReason,
    actor: fromStored(row.actor),
    at: Number(row.at),
  };
  if (row.subscription_type !== '') record.subscriptionType = fromStored(row.subscription_type);
  if (row.note !== null) record.note = fromStored(row.note);
  return record;
}

/** A page of `limit` rows from `limit + 1`; the cursor is the last row's id. */
function page<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit).map(map);
  return rows.length > limit ? { items, cursor: rows[limit - 1]!.id } : { items };
}

/** The id after which a page starts; `undefined` for a cursor this store never gave out. */
function parseCursor(cursor: unknown): string | undefined {
  if (cursor === undefined) return '0';
  return typeof cursor === 'string' && /^\d{1,18}$/.test(cursor) ? cursor : undefined;
}

/** Rows in index order, so that concurrent writers take row locks in one order. */
function byEntry(
  a: { key: string; tenant: string; reason: number; subscriptionType: string },
  b: typeof a,
): number {
  return (
    compare(a.key, b.key) ||
    compare(a.tenant, b.tenant) ||
    a.reason - b.reason ||
    compare(a.subscriptionType, b.subscriptionType)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
