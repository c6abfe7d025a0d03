import type { PGlite } from '@electric-sql/pglite';
import type { LedgerEventInput } from '@mailgate/core';
import { createMessageId } from '@mailgate/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
// The contract lives in core's test support (not published); a relative import keeps
// one copy of it for the memory and the PostgreSQL stores.
import { describeLedgerStore } from '../../core/src/test-support/ledger-store-contract';
import type { SqlClient } from './client';
import { describeLedgerExtras } from './ledger-store-extras';
import { pgliteSchemas } from './ledger-test-schemas';
import { pgliteStores } from './pglite-stores';
import { postgresLedgerStore } from './postgres-ledger-store';

// PGlite takes seconds to start (initdb in WebAssembly), more on a busy machine; the
// contract's order-independence property makes some fifty stores.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// One embedded database for the file, opened on first use (the contract makes a store
// while it collects its tests); each store gets a fresh schema of it.
let opened: Promise<{ db: PGlite; make: () => Promise<SqlClient> }> | undefined;
const database = () =>
  (opened ??= pgliteStores().then(({ db }) => ({ db, make: pgliteSchemas(db) })));
const fresh = async () => (await database()).make();
afterAll(async () => {
  if (opened !== undefined) await (await opened).db.close();
});

describeLedgerStore('postgresLedgerStore (PGlite)', async (rules) =>
  postgresLedgerStore(await fresh(), rules === undefined ? {} : { rules }),
);
describeLedgerExtras('postgresLedgerStore (PGlite)', async () =>
  postgresLedgerStore(await fresh()),
);

describe('postgresLedgerStore queries', () => {
  /** The client, counting the statements the store sends (transactions included). */
  async function counting(): Promise<{ client: SqlClient; texts: string[] }> {
    const inner = (await fresh()) as SqlClient & {
      transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
    };
    const texts: string[] = [];
    const count = (c: SqlClient): SqlClient => ({
      query: (text, params) => {
        texts.push(text);
        return c.query(text, params);
      },
    });
    const client = {
      ...count(inner),
      transaction: <T>(work: (tx: SqlClient) => Promise<T>) =>
        inner.transaction((tx) => work(count(tx))),
    };
    return { client, texts };
  }

  it('should send as many statements for 300 events as for one', async () => {
    const sizes = [1, 300];
    const statements: number[] = [];
    for (const size of sizes) {
      const { client, texts } = await counting();
      const store = postgresLedgerStore(client);
      const messages = Array.from({ length: size }, (_, i) => ({
        id: createMessageId(1_767_600_000_000 + i),
        tenant: 't',
        address: `a${i % 7}@example.se`,
        status: 'sent' as const,
        at: 1_767_600_000_000 + i,
      }));
      await store.recordMessages(messages);
      const events: LedgerEventInput[] = messages.flatMap((m) => [
        {
          id: `s:${m.id}`,
          type: 'soft_bounce',
          tenant: 't',
          address: m.address,
          messageId: m.id,
          at: m.at + 1,
        },
        {
          id: `c:${m.id}`,
          type: 'complaint',
          tenant: 't',
          address: m.address,
          messageId: m.id,
          at: m.at + 2,
        },
      ]);
      const before = texts.length;
      const result = await store.applyEvents(events, 1_767_600_000_000);
      expect(result.events.every((e) => e.result === 'applied')).toBe(true);
      statements.push(texts.length - before);
      // No value is ever part of the SQL text.
      for (const text of texts) expect(text).not.toContain('example.se');
    }
    expect(statements[1]).toBe(statements[0]);
  });
});
