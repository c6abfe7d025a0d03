import {
  type AuditRecord,
  type CounterStore,
  type IdempotencyStore,
  isAddressHash,
  normalizeAddress,
  normalizeSuppressionKey,
  type Stores,
  type Suppression,
  type SuppressionReason,
  type SuppressionStore,
} from '@mailgate/core';
// The suppression input rules and stored-text escaping every store shares (core's store
// kit), under the short names this file uses.
import {
  auditActorOf as actorOf,
  checkLeaseOwner,
  pageLimit as clampLimit,
  suppressionEntryRows as entryRows,
  fromStoredText as fromStored,
  GLOBAL_TENANT as GLOBAL,
  suppressionLiftRows as liftRows,
  suppressionReasonCode as reasonCode,
  suppressionReasons as reasons,
  scopeOfTenant as scopeOf,
  tenantOfScope as tenantOf,
  toStoredText as toStored,
} from '@mailgate/core/store-kit';
import type { Redis } from 'ioredis';
import * as lua from './scripts';

export type StoreName = keyof Stores;

export interface RedisStoresOptions<K extends StoreName = StoreName> {
  /** Every key starts with it; 'mailgate:' by default. */
  readonly prefix?: string;
  /** Only these stores (e.g. `['counters', 'idempotency']`); all three by default. */
  readonly only?: readonly K[];
  /** The clock expiry is decided on (ms since the epoch); `Date.now` by default. */
  readonly now?: () => number;
}

type Commands = Redis & {
  mgIncrement(...args: (string | number)[]): Promise<number>;
  mgGet(...args: (string | number)[]): Promise<number[]>;
  mgClaim(...args: (string | number)[]): Promise<number[]>;
  mgConfirm(...args: (string | number)[]): Promise<number[]>;
  mgRelease(...args: (string | number)[]): Promise<number[]>;
  mgAdd(...args: (string | number)[]): Promise<number>;
  mgLift(...args: (string | number)[]): Promise<number>;
  mgScan(...args: (string | number)[]): Promise<string[]>;
  mgForget(...args: (string | number)[]): Promise<number>;
};

/**
 * The stores on Redis (ioredis, one server or a primary; not Redis Cluster). Every batch is
 * one round trip: a Lua script (EVALSHA) that reads and writes all its keys atomically.
 */
export function redisStores<K extends StoreName = StoreName>(
  redis: Redis,
  options: RedisStoresOptions<K> = {},
): Pick<Stores, K> {
  const client = withScripts(redis);
  const prefix = options.prefix ?? 'mailgate:';
  const clock = options.now ?? Date.now;
  const only: readonly StoreName[] = options.only ?? ['suppressions', 'counters', 'idempotency'];
  const stores: { -readonly [S in StoreName]?: Stores[S] } = {};
  if (only.includes('suppressions')) stores.suppressions = suppressions(client, prefix, clock);
  if (only.includes('counters')) stores.counters = counters(client, prefix, clock);
  if (only.includes('idempotency')) stores.idempotency = idempotency(client, prefix, clock);
  return stores as Pick<Stores, K>;
}

function withScripts(redis: Redis): Commands {
  const define = (name: string, lua: string) => {
    if (!(name in redis)) redis.defineCommand(name, { lua });
  };
  define('mgIncrement', lua.INCREMENT);
  define('mgGet', lua.GET);
  define('mgClaim', lua.CLAIM);
  define('mgConfirm', lua.CONFIRM);
  define('mgRelease', lua.RELEASE);
  define('mgAdd', lua.ADD);
  define('mgLift', lua.LIFT);
  define('mgScan', lua.SCAN);
  define('mgForget', lua.FORGET);
  return redis as Commands;
}

/** Each string key once, as its Redis key; and the Redis key of each input key. */
function redisKeys(prefix: string, keys: readonly string[]): (string | undefined)[] {
  return keys.map((key) => (typeof key === 'string' ? prefix + toStored(key) : undefined));
}

function duration(ms: unknown): number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? Math.round(ms) : 0;
}

function counters(redis: Commands, prefix: string, clock: () => number): CounterStore {
  const space = `${prefix}c:`;
  return {
    async get(keys) {
      const mapped = redisKeys(space, keys);
      const wanted = [...new Set(mapped.filter((key) => key !== undefined))];
      if (wanted.length === 0) return keys.map(() => 0);
      const values = await redis.mgGet(wanted.length, ...wanted, clock());
      const byKey = new Map(wanted.map((key, i) => [key, Number(values[i])]));
      return mapped.map((key) => (key === undefined ? 0 : (byKey.get(key) ?? 0)));
    },
    async increment(keys, ttlMs) {
      const mapped = redisKeys(space, keys).filter((key) => key !== undefined);
      if (mapped.length === 0) return;
      await redis.mgIncrement(mapped.length, ...mapped, clock(), duration(ttlMs));
    },
  };
}

function idempotency(redis: Commands, prefix: string, clock: () => number): IdempotencyStore {
  const space = `${prefix}i:`;
  /** Each key's script answer (1: claimed, or still the owner's), repeated keys once. */
  const perKey = async (
    name: 'mgClaim' | 'mgConfirm' | 'mgRelease',
    keys: readonly string[],
    args: (string | number)[],
  ) => {
    const mapped = redisKeys(space, keys);
    const wanted = [...new Set(mapped.filter((key) => key !== undefined))];
    if (wanted.length === 0) return { mapped, answers: new Map<string, boolean>() };
    const replies = await redis[name](wanted.length, ...wanted, ...args);
    return { mapped, answers: new Map(wanted.map((key, i) => [key, Number(replies[i]) === 1])) };
  };
  return {
    async claim(keys, leaseMs, owner) {
      checkLeaseOwner(owner);
      const { mapped, answers } = await perKey('mgClaim', keys, [
        clock(),
        duration(leaseMs),
        owner,
      ]);
      // Of a key repeated in the batch, only the first claim wins.
      return mapped.map(
        (key) => key !== undefined && answers.get(key) === true && answers.delete(key),
      );
    },
    async confirm(keys, ttlMs, owner) {
      checkLeaseOwner(owner);
      const { mapped, answers } = await perKey('mgConfirm', keys, [
        clock(),
        duration(ttlMs),
        owner,
      ]);
      return mapped.map((key) => key === undefined || answers.get(key) !== false);
    },
    async release(keys, owner) {
      checkLeaseOwner(owner);
      const { mapped, answers } = await perKey('mgRelease', keys, [clock(), owner]);
      return mapped.map((key) => key === undefined || answers.get(key) !== false);
    },
  };
}

/** An entry as stored in its hash field (JSON). */
interface StoredEntry {
  id: number;
  t: string;
  k: string;
  r: string;
  y: string;
  s: string;
  c: string;
  x: string;
}

const SCAN_CHUNK = 500;

function suppressions(redis: Commands, prefix: string, clock: () => number): SuppressionStore {
  const order = `${prefix}s:order`;
  const sequence = `${prefix}s:seq`;
  const trail = `${prefix}s:audit`;
  // One hash per scope and key; the scope part never holds ':' or a line break.
  const hashKey = (tenant: string, key: string) =>
    `${prefix}s:${tenant === GLOBAL ? 'g' : `t:${encodeURIComponent(toStored(tenant))}`}:${toStored(key)}`;
  const note = (by: Parameters<SuppressionStore['add']>[1]) => {
    const { actor, note } = actorOf(by);
    return [
      clock(),
      toStored(actor),
      note === undefined ? '' : toStored(note),
      note === undefined ? '0' : '1',
    ];
  };

  /** The entries in order of first add, after id `after`, that `keep` accepts. */
  async function scan(after: number, limit: number, keep: (entry: Suppression) => boolean) {
    const found: { id: number; entry: Suppression }[] = [];
    let from = after;
    for (;;) {
      const pairs = await redis.mgScan(1, order, from, SCAN_CHUNK);
      for (let i = 0; i < pairs.length; i += 2) {
        from = Number(pairs[i]);
        if (pairs[i + 1] === '') continue;
        const entry = toEntry(JSON.parse(pairs[i + 1]!) as StoredEntry);
        if (keep(entry)) found.push({ id: from, entry });
        if (found.length > limit) return found;
      }
      if (pairs.length < 2 * SCAN_CHUNK) return found;
    }
  }

  return {
    async lookup(tenant, keys, now) {
      const own = typeof tenant === 'string' ? tenant : GLOBAL;
      const wanted = [...new Set(keys.filter((key) => typeof key === 'string'))];
      if (wanted.length === 0) return keys.map(() => undefined);
      const pipeline = redis.pipeline();
      for (const key of wanted) {
        pipeline.hvals(hashKey(GLOBAL, key));
        if (own !== GLOBAL) pipeline.hvals(hashKey(own, key));
      }
      const replies = (await pipeline.exec()) ?? [];
      const byKey = new Map<string, Suppression[]>();
      const perKey = own === GLOBAL ? 1 : 2;
      wanted.forEach((key, i) => {
        const hits: Suppression[] = [];
        for (let scope = 0; scope < perKey; scope++) {
          const [error, values] = replies[i * perKey + scope] ?? [new Error('no reply')];
          if (error) throw error;
          const stored = (values as string[]).map((value) => JSON.parse(value) as StoredEntry);
          stored.sort((a, b) => a.id - b.id);
          for (const entry of stored)
            if (entry.x === '' || Number(entry.x) > now) hits.push(toEntry(entry));
        }
        if (hits.length > 0) byKey.set(key, hits);
      });
      return keys.map((key) => (typeof key === 'string' ? byKey.get(key) : undefined));
    },

    async add(entries, by) {
      const rows = entryRows(entries, clock());
      if (rows.length === 0) return;
      const hashes = rows.map((row) => hashKey(row.tenant, row.key));
      const args = rows.flatMap((row) => [
        `${row.reason}:${toStored(row.subscriptionType)}`,
        toStored(row.tenant),
        toStored(row.key),
        String(row.reason),
        toStored(row.subscriptionType),
        toStored(row.source),
        String(Math.round(row.createdAt)),
        row.expiresAt === undefined ? '' : String(Math.round(row.expiresAt)),
      ]);
      await redis.mgAdd(3 + hashes.length, order, sequence, trail, ...hashes, ...note(by), ...args);
    },

    async lift(entries, by) {
      const rows = liftRows(entries);
      if (rows.length === 0) return 0;
      const hashes = rows.map((row) => hashKey(row.tenant, row.key));
      const args = rows.flatMap((row) => [
        row.reason === undefined ? '' : String(row.reason),
        row.subscriptionType === undefined ? '' : toStored(row.subscriptionType),
      ]);
      return Number(
        await redis.mgLift(2 + hashes.length, order, trail, ...hashes, ...note(by), ...args),
      );
    },

    async list(filter = {}) {
      const after = filter.cursor === undefined ? 0 : idCursor(filter.cursor);
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
      const now = clock();
      const found = await scan(
        after,
        limit,
        (entry) =>
          (entry.expiresAt === undefined || entry.expiresAt > now) &&
          (tenant === undefined || tenantOf(entry.scope) === tenant) &&
          (filter.reason === undefined || entry.reason === filter.reason) &&
          (key === undefined || entry.key === key),
      );
      const items = found.slice(0, limit).map((hit) => hit.entry);
      return found.length > limit ? { items, cursor: String(found[limit - 1]!.id) } : { items };
    },

    async forget(entries) {
      const byAddress = new Map<string, string>();
      for (const entry of entries ?? []) {
        const address = typeof entry?.key === 'string' ? normalizeAddress(entry.key) : undefined;
        if (address !== undefined && isAddressHash(entry.hash)) byAddress.set(address, entry.hash);
      }
      if (byAddress.size === 0) return 0;
      const pairs = [...byAddress].flatMap(([address, hash]) => [toStored(address), hash]);
      return Number(await redis.mgForget(2, order, trail, `${prefix}s:`, ...pairs));
    },

    async audit(filter = {}) {
      const after = filter.cursor === undefined ? '-' : streamCursor(filter.cursor);
      const key = filter.key === undefined ? undefined : normalizeSuppressionKey(filter.key);
      if (after === undefined || (filter.key !== undefined && key === undefined))
        return { items: [] };
      const limit = clampLimit(filter.limit);
      const stored = key === undefined ? undefined : toStored(key);
      const found: { id: string; record: AuditRecord }[] = [];
      let from = after;
      for (;;) {
        const chunk = await redis.xrange(trail, from, '+', 'COUNT', SCAN_CHUNK);
        for (const [id, fields] of chunk) {
          from = `(${id}`;
          const record = fieldsOf(fields);
          if (stored !== undefined && record.k !== stored) continue;
          found.push({ id, record: toAuditRecord(record) });
          if (found.length > limit) break;
        }
        if (found.length > limit || chunk.length < SCAN_CHUNK) break;
      }
      const items = found.slice(0, limit).map((hit) => hit.record);
      return found.length > limit ? { items, cursor: found[limit - 1]!.id } : { items };
    },
  };
}

function idCursor(cursor: unknown): number | undefined {
  return typeof cursor === 'string' && /^\d{1,15}$/.test(cursor) ? Number(cursor) : undefined;
}

function streamCursor(cursor: unknown): string | undefined {
  return typeof cursor === 'string' && /^\d{1,15}-\d{1,15}$/.test(cursor)
    ? `(${cursor}`
    : undefined;
}

function fieldsOf(list: string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) fields[list[i]!] = list[i + 1]!;
  return fields;
}

function toEntry(stored: StoredEntry): Suppression {
  const entry: { -readonly [K in keyof Suppression]: Suppression[K] } = {
    key: fromStored(stored.k),
    scope: scopeOf(fromStored(stored.t)),
    reason: reasons[Number(stored.r)] as SuppressionReason,
    source: fromStored(stored.s),
    createdAt: Number(stored.c),
  };
  if (stored.y !== '') entry.subscriptionType = fromStored(stored.y);
  if (stored.x !== '') entry.expiresAt = Number(stored.x);
  return entry;
}

function toAuditRecord(fields: Record<string, string>): AuditRecord {
  const record: { -readonly [K in keyof AuditRecord]: AuditRecord[K] } = {
    action: fields.a === 'lift' ? 'lift' : 'add',
    key: fromStored(fields.k ?? ''),
    scope: scopeOf(fromStored(fields.t ?? '')),
    reason: reasons[Number(fields.r)] as SuppressionReason,
    actor: fromStored(fields.u ?? ''),
    at: Number(fields.at),
  };
  if (fields.y) record.subscriptionType = fromStored(fields.y);
  if (fields.hn === '1') record.note = fromStored(fields.n ?? '');
  return record;
}
