export type { SqlClient, SqlPool } from './client';
export { type MigrateResult, migrate, SchemaTooNewError } from './migrate';
export { type Migration, migrations, schemaVersion } from './migrations';
export { type PgliteStores, type PgliteStoresOptions, pgliteStores } from './pglite-stores';
export { postgresCounterStore } from './postgres-counter-store';
export { postgresIdempotencyStore } from './postgres-idempotency-store';
export { type PostgresLedgerStoreOptions, postgresLedgerStore } from './postgres-ledger-store';
export { type PostgresStores, type PostgresStoresOptions, postgresStores } from './postgres-stores';
export { type PostgresStoreOptions, postgresSuppressionStore } from './postgres-suppression-store';
