import type { CounterStore } from '@mailgate/core';
import type { SqlClient } from './client';
import type { PostgresStoreOptions } from './postgres-suppression-store';
import { toStored } from './text';

/** Every this many writes, one of them also deletes a slice of the lapsed rows. */
const SWEEP_EVERY = 256;
const SWEEP_ROWS = 1000;

/**
 * Counters in PostgreSQL (`mailgate_counters`). `get` is one `= ANY` query; `increment`
 * is one multi-row upsert, atomic per key across processes: a counter that lapsed starts
 * again at the batch's count. Expiry is decided on the store's clock.
 */
export function postgresCounterStore(
  client: SqlClient,
  options: PostgresStoreOptions = {},
): CounterStore {
  const clock = options.now ?? Date.now;
  const sweep = sweeper(client, 'mailgate_counters', clock);
  return {
    async get(keys) {
      const wanted = [...new Set(keys.filter((key) => typeof key === 'string'))];
      if (wanted.length === 0) return keys.map(() => 0);
      const { rows } = await client.query<{ key: string; value: number }>(
        `SELECT key, value::float8 AS value FROM mailgate_counters
          WHERE key = ANY($1::text[]) AND expires_at > $2`,
        [wanted.map(toStored), clock()],
      );
      const values = new Map(rows.map((row) => [row.key, Number(row.value)]));
      return keys.map((key) => (typeof key === 'string' ? (values.get(toStored(key)) ?? 0) : 0));
    },
    async increment(keys, ttlMs) {
      const counts = new Map<string, number>();
      for (const key of keys) {
        if (typeof key === 'string')
          counts.set(toStored(key), (counts.get(toStored(key)) ?? 0) + 1);
      }
      if (counts.size === 0) return;
      const sorted = [...counts.keys()].sort();
      const now = clock();
      await client.query(
        `INSERT INTO mailgate_counters AS c (key, value, expires_at)
         SELECT key, n, $3::bigint + $4::bigint FROM unnest($1::text[], $2::bigint[]) AS t(key, n)
         ON CONFLICT (key) DO UPDATE SET
           value = CASE WHEN c.expires_at > $3 THEN c.value + excluded.value ELSE excluded.value END,
           expires_at = CASE WHEN c.expires_at > $3 THEN c.expires_at ELSE excluded.expires_at END`,
        [sorted, sorted.map((key) => counts.get(key)!), now, duration(ttlMs)],
      );
      await sweep(now);
    },
  };
}

/** A lease or time to live in whole ms; anything but a positive finite number is none. */
export function duration(ms: unknown): number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? Math.round(ms) : 0;
}

/**
 * Deletes lapsed rows now and then, a bounded slice at a time, so that a table of
 * short-lived keys does not grow for ever. A failed sweep is left for the next one.
 */
export function sweeper(
  client: SqlClient,
  table: 'mailgate_counters' | 'mailgate_idempotency',
  clock: () => number,
): (now: number) => Promise<void> {
  let writes = 0;
  return async (now = clock()) => {
    if (++writes % SWEEP_EVERY !== 0) return;
    await client
      .query(
        `DELETE FROM ${table} WHERE key IN (
           SELECT key FROM ${table} WHERE expires_at <= $1 LIMIT ${SWEEP_ROWS}
           FOR UPDATE SKIP LOCKED)`,
        [now],
      )
      .catch(() => {});
  };
}
