import type { PGlite } from '@electric-sql/pglite';
import { afterAll, vi } from 'vitest';
// The contract lives in core's test support (not published), as the ledger's does.
import { describeMailingStore } from '../../core/src/test-support/mailing-store-contract';
import type { SqlClient } from './client';
import { pgliteSchemas } from './ledger-test-schemas';
import { pgliteStores } from './pglite-stores';
import { postgresMailingStore } from './postgres-mailing-store';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let opened: Promise<{ db: PGlite; make: () => Promise<SqlClient> }> | undefined;
const database = () =>
  (opened ??= pgliteStores().then(({ db }) => ({ db, make: pgliteSchemas(db) })));
afterAll(async () => {
  if (opened !== undefined) await (await opened).db.close();
});

describeMailingStore('postgresMailingStore (PGlite)', async () =>
  postgresMailingStore(await (await database()).make()),
);
