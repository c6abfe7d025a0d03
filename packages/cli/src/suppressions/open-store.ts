import type { SuppressionStore } from '@mailgate/core';
import { CliError, ExitCode } from '../exit-codes';

/** A suppression store the CLI opened, and how to let it go. */
export interface OpenedStore {
  readonly suppressions: SuppressionStore;
  /** Lets the store go: closes its connections. */
  close(): Promise<void>;
}

/** Opens the store a `--store` option names. Tests pass their own. */
export type OpenStore = (location: string) => Promise<OpenedStore>;

/** The `--store` value as it may be printed: a password in a URL replaced by `***`. */
export function displayStore(location: string): string {
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.protocol.length > 2 ? url.toString() : location;
  } catch {
    return location;
  }
}

const POSTGRES = /^postgres(ql)?:\/\//i;
// Any other `scheme://` is a mistake, not a folder name: refused rather than created.
const OTHER_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
// A server that never answers (a dropped SYN) must not hang the command.
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The one place that turns `--store` into a store: a `postgres://` or `postgresql://` URL
 * is a PostgreSQL server (a `pg` pool), anything else a PGlite data folder (`pglite:./dir`
 * or a plain path). Either is migrated before it is used. The drivers are loaded here, on
 * demand, so that the other commands never pay for them.
 */
export const openStore: OpenStore = async (location) => {
  if (!POSTGRES.test(location) && OTHER_URL.test(location)) {
    throw new CliError(
      ExitCode.usage,
      `--store: ${displayStore(location)} is not supported; expected postgres://, postgresql://, pglite:<folder> or a folder`,
    );
  }
  try {
    return POSTGRES.test(location) ? await openPostgres(location) : await openPglite(location);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      ExitCode.unavailable,
      `store ${displayStore(location)} cannot be opened: ${redact(oneLine(reason), location)}`,
    );
  }
};

async function openPostgres(url: string): Promise<OpenedStore> {
  const [{ default: pg }, { migrate, postgresSuppressionStore }] = await Promise.all([
    import('pg'),
    import('@mailgate/store-postgres'),
  ]);
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A connection dropped while idle is reported here; the next query says what went wrong.
  pool.on('error', () => {});
  const close = () => pool.end().catch(() => {});
  try {
    await migrate(pool);
  } catch (error) {
    await close();
    throw error;
  }
  return { suppressions: postgresSuppressionStore(pool), close };
}

async function openPglite(location: string): Promise<OpenedStore> {
  const { pgliteStores } = await import('@mailgate/store-postgres');
  const dataDir = location.replace(/^pglite:/i, '');
  if (dataDir === '') throw new Error('pglite: needs a folder, e.g. pglite:./mailgate-data');
  const stores = await pgliteStores({ dataDir });
  return { suppressions: stores.suppressions, close: () => stores.close().catch(() => {}) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drivers do not print passwords today; this makes sure a future message cannot. */
function redact(text: string, location: string): string {
  try {
    const password = decodeURIComponent(new URL(location).password);
    return password === '' ? text : text.replaceAll(password, '***');
  } catch {
    return text;
  }
}
