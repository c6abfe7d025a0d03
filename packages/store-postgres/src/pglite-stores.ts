import type { PGlite } from '@electric-sql/pglite';
import { migrate } from './migrate';
import { type PostgresStores, type PostgresStoresOptions, postgresStores } from './postgres-stores';

export interface PgliteStoresOptions extends PostgresStoresOptions {
  /** Where the database lives on disk; in memory (gone with the process) without. */
  readonly dataDir?: string;
}

export interface PgliteStores extends PostgresStores {
  /** The embedded database, for queries of your own. */
  readonly db: PGlite;
  /** Closes the database; the stores must not be used after. */
  close(): Promise<void>;
}

/**
 * The stores on an embedded PostgreSQL (PGlite, in WebAssembly, no server): durable in
 * `dataDir`, migrated before it answers. One process only may open a `dataDir`. Needs
 * the optional peer dependency `@electric-sql/pglite`.
 */
export async function pgliteStores(options: PgliteStoresOptions = {}): Promise<PgliteStores> {
  const { PGlite } = await import('@electric-sql/pglite');
  // PGlite makes its folder but not the folders above it (`./data/mailgate` on a fresh clone).
  // A `scheme://` data dir (idb://, memory://) is PGlite's own business.
  if (options.dataDir !== undefined && !options.dataDir.includes('://')) {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(options.dataDir, { recursive: true });
  }
  const db = options.dataDir === undefined ? new PGlite() : new PGlite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return { ...postgresStores(db, options), db, close: () => db.close() };
}
