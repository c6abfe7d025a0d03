import type { LedgerStore, MailingStore, Stores } from '@mailgate/core';
import type { SqlClient } from './client';
import { postgresCounterStore } from './postgres-counter-store';
import { postgresIdempotencyStore } from './postgres-idempotency-store';
import { type PostgresLedgerStoreOptions, postgresLedgerStore } from './postgres-ledger-store';
import { postgresMailingStore } from './postgres-mailing-store';
import { type PostgresStoreOptions, postgresSuppressionStore } from './postgres-suppression-store';

export interface PostgresStoresOptions extends PostgresStoreOptions {
  /** The ledger's time rules; each one defaults to `defaultLedgerRules`. */
  readonly ledgerRules?: PostgresLedgerStoreOptions['rules'];
}

/** The stores, the delivery ledger and the mailings, on one PostgreSQL database. */
export interface PostgresStores extends Stores {
  readonly ledger: LedgerStore;
  readonly mailings: MailingStore;
}

/**
 * All the stores on one PostgreSQL client (a `pg` Pool, or PGlite): suppressions,
 * counters, idempotency, the delivery ledger and the mailings. The schema must be there: run
 * `migrate(client)` once at start-up (it is cheap when there is nothing to do).
 */
export function postgresStores(
  client: SqlClient,
  options: PostgresStoresOptions = {},
): PostgresStores {
  return {
    suppressions: postgresSuppressionStore(client, options),
    counters: postgresCounterStore(client, options),
    idempotency: postgresIdempotencyStore(client, options),
    ledger: postgresLedgerStore(
      client,
      options.ledgerRules === undefined ? {} : { rules: options.ledgerRules },
    ),
    mailings: postgresMailingStore(client),
  };
}
