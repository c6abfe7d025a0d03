import { createMessageId } from '@mailgate/core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { describeLedgerStore } from '../../core/src/test-support/ledger-store-contract';
import type { SqlClient } from './client';
import { describeLedgerExtras } from './ledger-store-extras';
import { serverSchemas } from './ledger-test-schemas';
import { migrate } from './migrate';
import { postgresLedgerStore } from './postgres-ledger-store';
import { postgresUrl, type TestSchema, testSchema } from './test-database';

const url = postgresUrl('@mailgate/store-postgres ledger server tests');

// Servers are quick, but the contract's order-independence property makes some fifty
// stores, each with a schema of its own.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

// Opened on first use: the contract makes a store while it collects its tests.
let opened: Promise<{ db: TestSchema; make: () => Promise<SqlClient> }> | undefined;
const database = () =>
  (opened ??= testSchema(url!, 'ledger').then((db) => ({
    db,
    // Short-lived connections: every store has a schema of its own.
    make: serverSchemas(db.newPool({ max: 4, idleTimeoutMillis: 200 })),
  })));
const fresh = async () => (await database()).make();

afterAll(async () => {
  if (opened === undefined) return;
  const { db } = await opened;
  const { rows } = await db.pool.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'ledger\\_${process.pid}\\_%'`,
  );
  for (const { name } of rows) await db.pool.query(`DROP SCHEMA ${name} CASCADE`);
  await db.drop();
});

if (url !== undefined) {
  describeLedgerStore('postgresLedgerStore (server)', async (rules) =>
    postgresLedgerStore(await fresh(), rules === undefined ? {} : { rules }),
  );
  describeLedgerExtras('postgresLedgerStore (server)', async () =>
    postgresLedgerStore(await fresh()),
  );
}

describe.skipIf(url === undefined)('postgresLedgerStore on a PostgreSQL server', () => {
  it('should apply events of several processes to one message as if one by one', async () => {
    const { db } = await database();
    await migrate(db.pool);
    const pools = Array.from({ length: 4 }, () => db.newPool({ max: 2 }));
    const stores = pools.map((pool) => postgresLedgerStore(pool));
    const at = Date.UTC(2026, 0, 5);
    const messages = Array.from({ length: 3 }, (_, i) => ({
      id: createMessageId(at + i),
      tenant: 'race',
      address: 'race@example.se',
      status: 'sent' as const,
      at: at + i * 86_400_000,
    }));
    await stores[0]!.recordMessages(messages);
    // Every process applies every event (in its own order): each is stored once, and the
    // soft bounces of the three messages make the address a problem exactly once.
    const events = messages.flatMap((m) => [
      {
        id: `s:${m.id}`,
        type: 'soft_bounce' as const,
        tenant: 'race',
        address: m.address,
        messageId: m.id,
        at: m.at + 60_000,
        reason: 'mailbox_full' as const,
      },
      {
        id: `d:${m.id}`,
        type: 'deferred' as const,
        tenant: 'race',
        address: m.address,
        messageId: m.id,
        at: m.at + 1,
      },
    ]);
    const results = await Promise.all(
      stores.map((store, i) =>
        store.applyEvents(i % 2 === 0 ? events : [...events].reverse(), at + 3 * 86_400_000),
      ),
    );
    const applied = results.flatMap((r) => r.events).filter((e) => e.result === 'applied');
    expect(applied).toHaveLength(events.length);
    const [status] = await stores[0]!.getAddressStatuses(
      [{ tenant: 'race', address: 'race@example.se' }],
      at + 3 * 86_400_000,
    );
    expect(status?.problem).toMatchObject({ kind: 'bounced', count: 3 });
    expect(
      (
        await stores[0]!.getMessages(
          messages.map((m) => m.id),
          at,
        )
      ).map((m) => m?.status),
    ).toEqual(['soft_bounced', 'soft_bounced', 'soft_bounced']);
  });
});
