import { type GateStores, memoryStores, type Stores } from '@mailgate/core';
import type { ResolvedConfig } from './check-config';
import type { PackageModule } from './import-package';
import { type ConfigProblem, problem } from './problems';
import type { StoreTarget } from './store-url';

type StoreName = keyof Stores;

export function storePackages(target: StoreTarget) {
  switch (target.type) {
    case 'memory':
      return [] as const;
    case 'pglite':
      return ['@mailgate/store-postgres', '@electric-sql/pglite'] as const;
    case 'postgres':
      return ['@mailgate/store-postgres', 'pg'] as const;
    case 'redis':
      return ['@mailgate/store-redis', 'ioredis'] as const;
  }
}

export interface StoreModules {
  readonly '@mailgate/store-postgres'?: PackageModule<'@mailgate/store-postgres'>;
  readonly '@mailgate/store-redis'?: PackageModule<'@mailgate/store-redis'>;
  readonly pg?: PackageModule<'pg'>;
  readonly ioredis?: PackageModule<'ioredis'>;
}

export interface BuiltStores {
  /** The three stores, and the ledger and mailings when the suppressions are in a database. */
  readonly stores: Stores & Partial<Pick<GateStores, 'ledger' | 'mailings'>>;
  /** Closes every database client opened here. */
  close(): Promise<void>;
}

/**
 * Opens the stores. Stores on the same database share one client (one PGlite `dataDir` may
 * be opened by one client only). PostgreSQL and PGlite are migrated before the gate starts;
 * Redis is connected. When one cannot be opened, those opened are closed again.
 */
export async function buildStores(
  targets: ResolvedConfig['stores'],
  modules: StoreModules,
  onError: (error: unknown) => void,
): Promise<{ ok: BuiltStores } | { problems: ConfigProblem[] }> {
  const groups = new Map<string, { target: StoreTarget; names: StoreName[] }>();
  for (const name of ['suppressions', 'counters', 'idempotency'] as const) {
    const target = targets[name];
    const key = JSON.stringify(target);
    const group = groups.get(key) ?? { target, names: [] };
    group.names.push(name);
    groups.set(key, group);
  }
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    await Promise.all(closers.map((closer) => closer().catch(() => {})));
  };
  const stores: Partial<Record<StoreName | 'ledger' | 'mailings', unknown>> = {};
  const problems: ConfigProblem[] = [];
  await Promise.all(
    [...groups.values()].map(async ({ target, names }) => {
      const path = names.length === 3 ? 'stores' : `stores.${names.join('+')}`;
      try {
        const opened = await open(target, modules, onError, closers);
        for (const name of names) stores[name] = opened[name];
        // The delivery ledger and the mailings live beside the suppressions: the gate writes
        // a bounce and its suppression together, and a mailing paused on one process must be
        // seen by the others. Redis and memory have neither: the gate keeps them in memory.
        if (names.includes('suppressions') && 'ledger' in opened) {
          stores.ledger = opened.ledger;
          stores.mailings = opened.mailings;
        }
      } catch (error) {
        problems.push(
          problem('store_unavailable', path, `could not be opened (${describe(error)})`),
        );
      }
    }),
  );
  if (problems.length > 0) {
    await close();
    return { problems };
  }
  return { ok: { stores: stores as BuiltStores['stores'], close } };
}

async function open(
  target: StoreTarget,
  modules: StoreModules,
  onError: (error: unknown) => void,
  closers: (() => Promise<void>)[],
): Promise<Stores | GateStores> {
  switch (target.type) {
    case 'memory':
      return memoryStores();
    case 'pglite': {
      const stores = await need(modules['@mailgate/store-postgres']).pgliteStores(
        target.dataDir === undefined ? {} : { dataDir: target.dataDir },
      );
      closers.push(() => stores.close());
      return stores;
    }
    case 'postgres': {
      const postgres = need(modules['@mailgate/store-postgres']);
      const pg = need(modules.pg);
      const Pool = pg.Pool ?? pg.default.Pool;
      const pool = new Pool({ connectionString: target.url });
      pool.on('error', onError);
      closers.push(() => pool.end());
      await postgres.migrate(pool);
      return postgres.postgresStores(pool);
    }
    case 'redis': {
      const ioredis = need(modules.ioredis);
      const Redis = ioredis.Redis ?? ioredis.default;
      const redis = new Redis(target.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
      redis.on('error', onError);
      closers.push(async () => {
        redis.disconnect();
      });
      await redis.connect();
      return need(modules['@mailgate/store-redis']).redisStores(redis, {
        ...(target.prefix === undefined ? {} : { prefix: target.prefix }),
      });
    }
  }
}

/** The kind of failure, never its text: a driver's message may quote the connection string. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[\w.-]{1,40}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'unknown error';
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a package checked earlier is missing');
  return value;
}
