// Test helper (not exported): a PostgreSQL server schema of one's own for a test file.
import pg from 'pg';

export const POSTGRES_URL_VARIABLE = 'MAILGATE_TEST_POSTGRES_URL';

/**
 * The server to test against: `MAILGATE_TEST_POSTGRES_URL`. Without it the server tests
 * are skipped with one line saying how to run them — except in CI, where they are
 * mandatory and a missing server fails the run.
 */
export function postgresUrl(suite: string): string | undefined {
  const url = process.env[POSTGRES_URL_VARIABLE];
  if (url) return url;
  if (process.env.CI === 'true') {
    throw new Error(`${suite}: ${POSTGRES_URL_VARIABLE} is not set, and CI needs the server tests`);
  }
  console.log(
    `${suite}: skipped (no PostgreSQL server); run with ${POSTGRES_URL_VARIABLE}=postgres://postgres@127.0.0.1:5432/test`,
  );
  return undefined;
}

export interface TestSchema {
  /** A pool whose connections work in the schema. */
  readonly pool: pg.Pool;
  readonly schema: string;
  /** Another pool on the same schema (another "process"). */
  newPool(options?: pg.PoolConfig): pg.Pool;
  drop(): Promise<void>;
}

/** A fresh schema, so that test files running in parallel never meet. */
export async function testSchema(url: string, name: string): Promise<TestSchema> {
  const schema = `mailgate_test_${name}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pools: pg.Pool[] = [];
  const newPool = (options: pg.PoolConfig = {}) => {
    const pool = new pg.Pool({
      connectionString: url,
      options: `-c search_path=${schema}`,
      max: 4,
      ...options,
    });
    // A connection killed under an idle pool is reported here; the pool replaces it.
    pool.on('error', () => {});
    pools.push(pool);
    return pool;
  };
  return {
    pool: newPool(),
    schema,
    newPool,
    async drop() {
      await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
      await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
      await admin.end();
    },
  };
}
