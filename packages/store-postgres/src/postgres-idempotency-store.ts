import type { IdempotencyStore } from '@mailgate/core';
import { checkLeaseOwner } from '@mailgate/core/store-kit';
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
 * one gets it back. Each row keeps its claim's `owner`: `release` deletes only the
 * caller's own claims (the `DELETE` rechecks the owner on the latest row), and `confirm`
 * and `release` report the live rows of another owner, read in the statement's snapshot.
 * Expiry is decided on the store's clock.
 */
export function postgresIdempotencyStore(
  client: SqlClient,
  options: PostgresStoreOptions = {},
): IdempotencyStore {
  const clock = options.now ?? Date.now;
  const sweep = sweeper(client, 'mailgate_idempotency', clock);
  return {
    async claim(keys, leaseMs, owner) {
      checkLeaseOwner(owner);
      const wanted = uniqueSorted(keys);
      if (wanted.length === 0) return keys.map(() => false);
      const now = clock();
      const { rows } = await client.query<{ key: string }>(
        `INSERT INTO mailgate_idempotency AS i (key, state, expires_at, owner)
         SELECT key, ${CLAIMED}, $2::bigint + $3::bigint, $4 FROM unnest($1::text[]) AS t(key)
         ON CONFLICT (key) DO UPDATE
           SET state = ${CLAIMED}, expires_at = excluded.expires_at, owner = excluded.owner
           WHERE i.expires_at <= $2
         RETURNING key`,
        [wanted, now, duration(leaseMs), owner],
      );
      await sweep(now);
      const claimed = new Set(rows.map((row) => row.key));
      // Of a key repeated in the batch, only the first claim wins.
      return keys.map((key) => typeof key === 'string' && claimed.delete(toStored(key)));
    },
    async confirm(keys, ttlMs, owner) {
      checkLeaseOwner(owner);
      const wanted = uniqueSorted(keys);
      if (wanted.length === 0) return keys.map(() => true);
      const now = clock();
      // A send went out: the key is marked sent whoever holds it (see IdempotencyStore).
      const { rows } = await client.query<{ key: string }>(
        `WITH taken AS (
           SELECT key FROM mailgate_idempotency
            WHERE key = ANY($1::text[]) AND expires_at > $2 AND owner IS DISTINCT FROM $4
         ), written AS (
           INSERT INTO mailgate_idempotency AS i (key, state, expires_at, owner)
           SELECT key, ${SENT}, $2::bigint + $3::bigint, $4 FROM unnest($1::text[]) AS t(key)
           ON CONFLICT (key) DO UPDATE
             SET state = ${SENT}, expires_at = excluded.expires_at, owner = excluded.owner
         )
         SELECT key FROM taken`,
        [wanted, now, duration(ttlMs), owner],
      );
      await sweep(now);
      return ownedAnswer(keys, rows);
    },
    async release(keys, owner) {
      checkLeaseOwner(owner);
      const wanted = uniqueSorted(keys);
      if (wanted.length === 0) return keys.map(() => true);
      const { rows } = await client.query<{ key: string }>(
        `WITH taken AS (
           SELECT key FROM mailgate_idempotency
            WHERE key = ANY($1::text[]) AND expires_at > $2 AND owner IS DISTINCT FROM $3
         ), released AS (
           DELETE FROM mailgate_idempotency
            WHERE key = ANY($1::text[]) AND owner = $3 AND state = ${CLAIMED}
         )
         SELECT key FROM taken`,
        [wanted, clock(), owner],
      );
      return ownedAnswer(keys, rows);
    },
  };
}

/** Per key, whether it was not among the `taken` rows (another owner's). */
function ownedAnswer(keys: readonly string[], taken: readonly { key: string }[]): boolean[] {
  const lost = new Set(taken.map((row) => row.key));
  return keys.map((key) => typeof key !== 'string' || !lost.has(toStored(key)));
}

/** The stored forms of the string keys, once each, in index order (one lock order). */
function uniqueSorted(keys: readonly string[]): string[] {
  const stored = new Set<string>();
  for (const key of keys) if (typeof key === 'string') stored.add(toStored(key));
  return [...stored].sort();
}
