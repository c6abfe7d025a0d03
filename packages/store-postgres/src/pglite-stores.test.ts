import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { createMessageId } from '@mailgate/core';
import { testStores } from '@mailgate/testkit/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from './client';
import { migrate, SchemaTooNewError } from './migrate';
import { migrations, schemaVersion } from './migrations';
import { type PgliteStores, pgliteStores } from './pglite-stores';
import { postgresStores } from './postgres-stores';

// One embedded database for the whole file, on disk: PGlite takes seconds to start
// (initdb in WebAssembly), many more on a busy machine. The last test reopens it.
const STARTUP_MS = 120_000;
let root: string;
let dataDir: string;
let opened: PgliteStores;
let db: PGlite;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mailgate-pglite-'));
  // Two folders that do not exist yet, as `./data/mailgate` on a fresh clone: made on open.
  dataDir = join(root, 'data', 'mailgate');
  opened = await pgliteStores({ dataDir });
  db = opened.db;
}, STARTUP_MS);
afterAll(async () => {
  await opened?.close();
  await rm(root, { recursive: true, force: true });
});

testStores({ name: 'postgres (PGlite)', create: (now) => postgresStores(db, { now }) });

describe('migrate', () => {
  it('should record the version, and find nothing to do the second time', async () => {
    const { rows } = await db.query<{ version: number }>(
      'SELECT version FROM mailgate_schema ORDER BY version',
    );
    expect(rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
    expect(rows.at(-1)?.version).toBe(schemaVersion);
    expect(await migrate(db)).toEqual({ from: schemaVersion, to: schemaVersion, applied: [] });
  });

  it('should refuse a schema newer than it knows, and change nothing', async () => {
    await db.query('CREATE SCHEMA newer');
    try {
      await db.query('SET search_path TO newer');
      await migrate(db);
      await db.query("INSERT INTO mailgate_schema (version, name) VALUES (999, 'future')");
      await expect(migrate(db)).rejects.toBeInstanceOf(SchemaTooNewError);
      const { rows } = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM mailgate_schema',
      );
      expect(rows[0]?.n).toBe(migrations.length + 1);
    } finally {
      await db.query('SET search_path TO public');
      await db.query('DROP SCHEMA newer CASCADE');
    }
  });
});

describe('postgresStores queries', () => {
  /** The client, counting the queries the stores send. */
  function counting(): { client: SqlClient; texts: string[] } {
    const texts: string[] = [];
    return {
      texts,
      client: {
        query: (text, params) => {
          texts.push(text);
          return db.query(text, params) as never;
        },
      },
    };
  }

  it('should look up, add and lift a batch of a thousand in one query each', async () => {
    const { client, texts } = counting();
    const stores = postgresStores(client);
    const keys = Array.from({ length: 1000 }, (_, i) => `batch${i}@example.com`);
    const scope = { tenant: 'batch' };
    await stores.suppressions.add(
      keys.map((key) => ({ key, scope, reason: 'previously_bounced', source: 'test' })),
      { actor: 'test' },
    );
    const found = await stores.suppressions.lookup('batch', keys, Date.now());
    expect(found.filter((hits) => hits !== undefined)).toHaveLength(1000);
    expect(
      await stores.suppressions.lift(
        keys.map((key) => ({ key, scope })),
        { actor: 'test' },
      ),
    ).toBe(1000);
    await stores.counters.increment(keys, 60_000);
    await stores.counters.get(keys);
    await stores.idempotency.claim(keys, 60_000, 'o1');
    await stores.idempotency.confirm(keys, 60_000, 'o1');
    await stores.idempotency.release(keys, 'o1');
    expect(texts).toHaveLength(8);
    // No value is ever part of the SQL text.
    for (const text of texts) expect(text).not.toContain('batch');
  });
});

describe('pgliteStores', () => {
  it('should keep suppressions, counters, sent keys and the ledger on disk across a restart', {
    timeout: STARTUP_MS,
  }, async () => {
    await opened.suppressions.add(
      [{ key: 'kept@example.com', scope: 'global', reason: 'previously_bounced', source: 'x' }],
      { actor: 'test' },
    );
    await opened.counters.increment(['cap'], 3_600_000);
    await opened.idempotency.confirm(['sent-1'], 3_600_000, 'o1');
    const message = { id: createMessageId(1), tenant: 't', status: 'sent' as const, at: 1 };
    await opened.ledger.recordMessages([message]);
    await opened.close();

    opened = await pgliteStores({ dataDir });
    expect(
      (await opened.suppressions.lookup('any', ['kept@example.com'], Date.now()))[0],
    ).toHaveLength(1);
    expect(await opened.counters.get(['cap'])).toEqual([1]);
    expect(await opened.idempotency.claim(['sent-1'], 60_000, 'o2')).toEqual([false]);
    expect((await opened.ledger.getMessages([message.id], 1))[0]?.status).toBe('sent');
  });
});
