import { testStores } from '@mailgate/testkit/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { postgresStores } from './postgres-stores';
import { postgresUrl, type TestSchema, testSchema } from './test-database';

const url = postgresUrl('@mailgate/store-postgres server tests');

describe.skipIf(url === undefined)('postgresStores on a PostgreSQL server', () => {
  let db: TestSchema;
  beforeAll(async () => {
    db = await testSchema(url!, 'stores');
    await migrate(db.pool);
  });
  afterAll(async () => {
    await db?.drop();
  });

  testStores({ name: 'postgres (server)', create: (now) => postgresStores(db.pool, { now }) });

  it('should migrate once when several processes start together', async () => {
    const fresh = await testSchema(url!, 'migrate');
    try {
      const pools = Array.from({ length: 4 }, () => fresh.newPool({ max: 1 }));
      const results = await Promise.all(pools.map((pool) => migrate(pool)));
      expect(results.map((result) => result.applied.length).sort()).toEqual([
        0,
        0,
        0,
        migrations.length,
      ]);
      const { rows } = await fresh.pool.query('SELECT version FROM mailgate_schema');
      expect(rows).toHaveLength(migrations.length);
    } finally {
      await fresh.drop();
    }
  });

  it('should count every increment of processes incrementing one counter at once', async () => {
    const pools = Array.from({ length: 4 }, () => db.newPool({ max: 2 }));
    const key = `shared-${Date.now()}`;
    await Promise.all(
      pools.flatMap((pool) =>
        Array.from({ length: 10 }, () => postgresStores(pool).counters.increment([key], 60_000)),
      ),
    );
    expect(await postgresStores(db.pool).counters.get([key])).toEqual([40]);
  });

  it('should give each key to exactly one of several processes claiming a mailing at once', async () => {
    const pools = Array.from({ length: 4 }, () => db.newPool({ max: 2 }));
    const keys = Array.from({ length: 500 }, (_, i) => `race-${Date.now()}-${i}`);
    const answers = await Promise.all(
      pools.map((pool, i) => postgresStores(pool).idempotency.claim(keys, 60_000, `p${i}`)),
    );
    const winners = keys.map((_, i) => answers.filter((answer) => answer[i]).length);
    expect(winners.every((count) => count === 1)).toBe(true);
  });
});
