import type { IdempotencyStore } from '@mailgate/core';
import type { SqlClient } from './client';
import { duration, sweeper } from './postgres-counter-store';
import type { PostgresStoreOptions } from './postgres-suppression-store';
import { toStored } from './text';

const CLAIMED = 0;
const SENT = 1;

/**
 * Idempotency leases in PostgreSQL (`mailgate_idempotency`). `claim` is one upsert that
 * takes a key only where it is absent or lapsed; PostgreSQL's `ON CONFLICT` rechecks that
 * condition against the latest committed row, so of two processes claiming one key only
 * one gets it back. Expiry is decided on the store's clock.
 */
export function postgresIdempotencyStore(
  client: SqlClient,
  options: PostgresStoreOptions = {},
): IdempotencyStore {
  const clock = options.now ?? Date.now;
  const sweep = sweeper(client, 'mailgate_idempotency', clock);
  return {
    async claim(keys, leaseMs) {
      const wanted = uniqueSorted(keys);
      if (wanted.length === 0) return keys.map(() => false);
      const now = clock();
      const { rows } = await client.query<{ key: string }>(
        `INSERT INTO mailgate_idempotency AS i (key, state, expires_at)
         SELECT key, ${CLAIMED}, $2::bigint + $3::bigint FROM unnest($1::text[]) AS t(key)
         ON CONFLICT (key) DO UPDATE SET state = ${CLAIMED}, expires_at = excluded.expires_at
           WHERE i.expires_at <= $2
         RETURNING key`,
        [wanted, now, duration(leaseMs)],
      );
      await sweep(now);
      const claimed = new Set(rows.map((row) => row.key));
      // Of a key repeated in the batch, only the first claim wins.
      return keys.map((key) => typeof key === 'string' && claimed.delete(toStored(key)));
    },
    async confirm(keys, ttlMs) {
      const wanted = uniqueSorted(keys);
      if (wanted.length === 0) return;
      const now = clock();
      await client.query(
        `INSERT INTO mailgate_idempotency AS i (key, state, expires_at)
         SELECT key, ${SENT}, $2::bigint + $3::bigint FROM unnest($1::text[]) AS t(key)
         ON CONFLICT (key) DO UPDATE SET state = ${SENT}, expires_at = excluded.expires_at`,
        [wanted, now, duration(ttlMs)],
      );
      await sweep(now);
    },
    async release(keys) {
      const wanted = uniqueSorted(keys);
      if (wanted.length === 0) return;
      await client.query(
        `DELETE FROM mailgate_idempotency WHERE key = ANY($1::text[]) AND state = ${CLAIMED}`,
        [wanted],
      );
    },
  };
}

/** The stored forms of the string keys, once each, in index order (one lock order). */
function uniqueSorted(keys: readonly string[]): string[] {
  const stored = new Set<string>();
  for (const key of keys) if (typeof key === 'string') stored.add(toStored(key));
  return [...stored].sort();
}
