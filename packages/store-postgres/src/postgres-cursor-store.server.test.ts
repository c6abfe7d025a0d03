import { testCursorStore } from '@mailgate/testkit/vitest';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrate } from './migrate';
import { postgresStores } from './postgres-stores';
import { postgresUrl, type TestSchema, testSchema } from './test-database';

const url = postgresUrl('store-postgres cursor store (server)');

describe.runIf(url)('postgresCursorStore on a server', () => {
  let db: TestSchema;
  beforeAll(async () => {
    db = await testSchema(url!, 'cursors');
    await migrate(db.pool);
  });
  afterAll(async () => {
    await db?.drop();
  });

  // `reopen`: a pool of its own, as a second process (or the next start) has.
  testCursorStore({
    name: 'postgres (server)',
    create: () => postgresStores(db.pool).cursors,
    reopen: () => postgresStores(db.newPool({ max: 1 })).cursors,
  });
});
