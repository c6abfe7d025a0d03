import {
  type AddressKey,
  type AddressStatusProblem,
  addProblem,
  expiryEvent,
  isExpired,
  type LedgerMessage,
  type LedgerRules,
  type MessageStatus,
  type Reason,
  type StreakMessage,
} from '@mailgate/core';
import type { SqlClient } from './client';
import {
  ADDRESS_COLUMNS,
  type AddressRecord,
  type AddressRow,
  addressKey,
  toRecord,
} from './ledger-rows';
import { fromStored, toStored } from './text';

// The address side of the PostgreSQL ledger: loading records and the messages the time
// rules (streak, soft-bounce window) read. The rules themselves are core's.

// `address <> ''` in the queries lets PostgreSQL use the partial address index.

/** How many of an address's newest messages the streak and the window look at. */
const ADDRESS_MESSAGES = 1000;

/** The advisory-lock names of addresses (see `lockKeys`). */
export function addressLocks(keys: readonly AddressKey[]): string[] {
  return keys.map((k) => `a/${toStored(k.tenant)}/${toStored(k.address)}`);
}

/** The stored records of `keys`, by `addressKey`. */
export async function loadRecords(
  tx: SqlClient,
  keys: readonly AddressKey[],
): Promise<Map<string, AddressRecord>> {
  const records = new Map<string, AddressRecord>();
  if (keys.length === 0) return records;
  const { rows } = await tx.query<AddressRow>(
    `SELECT ${ADDRESS_COLUMNS} FROM mailgate_ledger_addresses
      WHERE (tenant, address) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        AND address = ANY($2::text[])`,
    [keys.map((k) => toStored(k.tenant)), keys.map((k) => toStored(k.address))],
  );
  for (const row of rows) {
    records.set(addressKey(fromStored(row.tenant), fromStored(row.address)), toRecord(row));
  }
  return records;
}

/** A message of an address, as the time rules read it. */
export type AddressMessage = StreakMessage & Pick<LedgerMessage, 'createdAt'>;

/**
 * The newest messages of each address: all of them (up to 1,000) where `streak` is set,
 * else only the soft bounces recorded at or before `cutoff` (what the window may expire).
 * One query for every address. Newest first, by `addressKey`.
 */
export async function loadAddressMessages(
  tx: SqlClient,
  keys: ReadonlyArray<AddressKey & { readonly streak: boolean }>,
  cutoff: number,
): Promise<Map<string, AddressMessage[]>> {
  const found = new Map<string, AddressMessage[]>();
  if (keys.length === 0) return found;
  const { rows } = await tx.query<{
    tenant: string;
    address: string;
    id: string;
    status: string;
    reason: string | null;
    status_at: number;
    created_at: number;
  }>(
    `SELECT k.tenant, k.address, m.id, m.status, m.reason, m.status_at, m.created_at
       FROM unnest($1::text[], $2::text[], $3::boolean[]) AS k(tenant, address, streak)
       CROSS JOIN LATERAL (
         SELECT id, status, reason, status_at::float8 AS status_at, created_at::float8 AS created_at
           FROM mailgate_ledger_messages m
          WHERE m.address = k.address AND m.address <> '' AND m.tenant = k.tenant
            AND (k.streak OR (m.status = 'soft_bounced' AND m.created_at <= $4))
          ORDER BY m.id DESC LIMIT ${ADDRESS_MESSAGES}) AS m`,
    [
      keys.map((k) => toStored(k.tenant)),
      keys.map((k) => toStored(k.address)),
      keys.map((k) => k.streak),
      cutoff,
    ],
  );
  for (const row of rows) {
    const key = addressKey(fromStored(row.tenant), fromStored(row.address));
    const message: AddressMessage = {
      id: fromStored(row.id),
      status: row.status as MessageStatus,
      statusAt: Number(row.status_at),
      createdAt: Number(row.created_at),
      ...(row.reason === null ? {} : { reason: row.reason as Reason }),
    };
    const list = found.get(key);
    if (list === undefined) found.set(key, [message]);
    else list.push(message);
  }
  return found;
}

/** The latest creation time a soft bounce may have to be expired at `now` (for SQL). */
export function expiryCutoff(now: number, rules: LedgerRules): number {
  const cut = now - rules.softBounceWindowMs;
  if (Number.isNaN(cut)) return Number.MIN_SAFE_INTEGER;
  return Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, Math.floor(cut)));
}

/** A problem the sweep would make at `now`: a soft bounce of the address past the window. */
export function pendingExpiry(
  key: AddressKey,
  messages: readonly AddressMessage[] | undefined,
  now: number,
  rules: LedgerRules,
): AddressStatusProblem | undefined {
  let problem: AddressStatusProblem | undefined;
  for (const m of messages ?? []) {
    if (!isExpired(m, now, rules)) continue;
    const message: LedgerMessage = { ...m, tenant: key.tenant, address: key.address };
    problem = addProblem(problem, 'bounced', expiryEvent(message, rules));
  }
  return problem;
}

/** Upserts the problems of `records` (and nothing else of them). */
export async function writeProblems(
  tx: SqlClient,
  records: ReadonlyArray<AddressKey & { readonly problem: AddressStatusProblem }>,
): Promise<void> {
  if (records.length === 0) return;
  await tx.query(
    `INSERT INTO mailgate_ledger_addresses AS a (tenant, address, problem_kind, problem_count,
            problem_last_at, problem_last_reason, problem_detail)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::bigint[],
                          $6::text[], $7::text[])
     ON CONFLICT (tenant, address) DO UPDATE
       SET problem_kind = excluded.problem_kind, problem_count = excluded.problem_count,
           problem_last_at = excluded.problem_last_at,
           problem_last_reason = excluded.problem_last_reason,
           problem_detail = excluded.problem_detail`,
    [
      records.map((r) => toStored(r.tenant)),
      records.map((r) => toStored(r.address)),
      records.map((r) => r.problem.kind),
      records.map((r) => r.problem.count),
      records.map((r) => Math.round(r.problem.lastAt)),
      records.map((r) => r.problem.lastReason ?? null),
      records.map((r) => (r.problem.detail === undefined ? null : toStored(r.problem.detail))),
    ],
  );
}
