import type { PostgresStores } from '@mailgate/store-postgres';
import { migrate, pgliteStores, postgresStores } from '@mailgate/store-postgres';
import pg from 'pg';

/** The stores, and how to let go of the database when the program ends. */
export interface OpenedStores {
  readonly stores: PostgresStores;
  /** Where the data lives, for the log (never the password of a server). */
  readonly where: string;
  close(): Promise<void>;
}

/**
 * A PostgreSQL server when `databaseUrl` is given (every process of the host shares it),
 * else PostgreSQL embedded in this process (PGlite), durable in `dataDir`. Both are
 * migrated before the gate sees them; `migrate` is cheap when there is nothing to do and
 * safe when several processes start at once.
 */
export async function openStores(options: {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
}): Promise<OpenedStores> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A connection that dies while idle is reported here; the pool replaces it.
    pool.on('error', () => {});
    await migrate(pool);
    const { hostname, port, pathname } = new URL(options.databaseUrl);
    return {
      stores: postgresStores(pool),
      where: `PostgreSQL at ${hostname}:${port || 5432}${pathname}`,
      close: () => pool.end(),
    };
  }
  // Without dataDir the database lives in memory and is gone with the process.
  const embedded = await pgliteStores(
    options.dataDir === undefined ? {} : { dataDir: options.dataDir },
  );
  return {
    stores: embedded,
    where: options.dataDir === undefined ? 'PGlite in memory' : `PGlite in ${options.dataDir}`,
    close: () => embedded.close(),
  };
}
