import type { Stores } from '@mailgate/core';
import type { SqlClient } from './client';
import { postgresCounterStore } from './postgres-counter-store';
import { postgresIdempotencyStore } from './postgres-idempotency-store';
import { type PostgresStoreOptions, postgresSuppressionStore } from './postgres-suppression-store';

export type PostgresStoresOptions = PostgresStoreOptions;

/**
 * All three stores on one PostgreSQL client (a `pg` Pool, or PGlite). The schema must be
 * there: run `migrate(client)` once at start-up (it is cheap when there is nothing to do).
 */
export function postgresStores(client: SqlClient, options: PostgresStoresOptions = {}): Stores {
  return {
    suppressions: postgresSuppressionStore(client, options),
    counters: postgresCounterStore(client, options),
    idempotency: postgresIdempotencyStore(client, options),
  };
}
