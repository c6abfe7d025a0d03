import { isPool, type SqlClient } from './client';
import { type Migration, migrations, schemaVersion } from './migrations';

export interface MigrateResult {
  /** The schema version before and after. */
  readonly from: number;
  readonly to: number;
  /** The versions this call applied (none when another process had done it). */
  readonly applied: readonly number[];
}

/** The schema in the database is newer than this package: upgrade the package first. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `the database has mailgate schema version ${found}; this @mailgate/store-postgres knows up to ${known}: upgrade the package`,
    );
    this.name = 'SchemaTooNewError';
  }
}

// The advisory lock's first key, our own: "mail" in ASCII.
const LOCK = 0x6d61696c;

/**
 * Brings the schema (in the connection's `search_path`) up to this package's version,
 * in one transaction under an advisory lock: processes that start together wait for each
 * other, and the ones that come second find nothing left to do. Refuses to touch a schema
 * newer than it knows (`SchemaTooNewError`). With a pool, it runs on one connection.
 */
export async function migrate(client: SqlClient): Promise<MigrateResult> {
  if (!isPool(client)) return migrateOn(client);
  const connection = await client.connect();
  try {
    return await migrateOn(connection);
  } finally {
    connection.release();
  }
}

async function migrateOn(client: SqlClient): Promise<MigrateResult> {
  await client.query('BEGIN');
  try {
    // The lock is per schema, so that schemas of one database migrate independently.
    await client.query(`SELECT pg_advisory_xact_lock(${LOCK}, hashtext(current_schema()))`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS mailgate_schema (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM mailgate_schema',
    );
    const from = rows[0]?.version ?? 0;
    if (from > schemaVersion) throw new SchemaTooNewError(from, schemaVersion);
    const pending = migrations.filter((migration) => migration.version > from);
    for (const migration of pending) await apply(client, migration);
    await client.query('COMMIT');
    return { from, to: Math.max(from, schemaVersion), applied: pending.map((m) => m.version) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function apply(client: SqlClient, migration: Migration): Promise<void> {
  for (const statement of migration.statements) await client.query(statement);
  await client.query('INSERT INTO mailgate_schema (version, name) VALUES ($1, $2)', [
    migration.version,
    migration.name,
  ]);
}
