import { afterAll, describe, vi } from 'vitest';
import { describeMailingStore } from '../../core/src/test-support/mailing-store-contract';
import type { SqlClient } from './client';
import { serverSchemas } from './ledger-test-schemas';
import { postgresMailingStore } from './postgres-mailing-store';
import { postgresUrl, type TestSchema, testSchema } from './test-database';

const url = postgresUrl('@mailgate/store-postgres mailing server tests');

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

let opened: Promise<{ db: TestSchema; make: () => Promise<SqlClient> }> | undefined;
const database = () =>
  (opened ??= testSchema(url!, 'mailing').then((db) => ({
    db,
    make: serverSchemas(db.newPool({ max: 4, idleTimeoutMillis: 200 })),
  })));

afterAll(async () => {
  if (opened === undefined) return;
  const { db } = await opened;
  const { rows } = await db.pool.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'ledger\\_${process.pid}\\_%'`,
  );
  for (const { name } of rows) await db.pool.query(`DROP SCHEMA ${name} CASCADE`);
  await db.drop();
});

// Skipped, not absent, without a server: a file with no suite fails the run. The contract
// makes its stores inside the tests, so collecting them needs no server.
describe.skipIf(url === undefined)('postgresMailingStore on a PostgreSQL server', () => {
  describeMailingStore('postgresMailingStore (server)', async () =>
    postgresMailingStore(await (await database()).make()),
  );
});
