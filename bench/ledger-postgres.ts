/**
 * The delivery ledger on a PostgreSQL server: ingest of N events (one delivery per
 * message, applied in batches of 1,000, four batches at a time over a pool of 4), and the
 * bytes on disk per ledger message and per event. Needs a server (see `benchPostgresUrl`);
 * works in a schema of its own, dropped after.
 *
 *   cd bench && node --expose-gc --import tsx ledger-postgres.ts [events]
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { LedgerEventInput, LedgerMessageInput } from '../packages/core/src/index';
import { createMessageId } from '../packages/core/src/index';
import { migrate, postgresLedgerStore } from '../packages/store-postgres/src/index';
import { benchPostgresUrl } from './preflight-postgres';

export interface LedgerPostgresFigures {
  readonly events: number;
  readonly recordsPerSecond: number;
  readonly eventsPerSecond: number;
  /** The messages table with its indexes, per message (after the events). */
  readonly bytesPerMessage: number;
  /** The events table with its indexes, per event. */
  readonly bytesPerEvent: number;
}

const BATCH = 1_000;
const PARALLEL = 4;
const T0 = Date.UTC(2026, 0, 5);

async function inParallel<T>(batches: T[][], work: (batch: T[]) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < batches.length) await work(batches[next++]!);
    }),
  );
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

export async function measureLedgerPostgres(count = 100_000): Promise<LedgerPostgresFigures> {
  const url = benchPostgresUrl();
  const schema = `mailgate_bench_ledger_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    options: `-c search_path=${schema}`,
    max: PARALLEL,
  });
  try {
    await migrate(pool);
    const store = postgresLedgerStore(pool);
    const messages: LedgerMessageInput[] = Array.from({ length: count }, (_, i) => ({
      id: createMessageId(T0 + i),
      tenant: `tenant-${i % 10}`,
      recipientId: `user-${i}`,
      address: `recipient.${i}@example.com`,
      category: 'newsletter',
      mailingId: 'spring-2026',
      transport: 'ses',
      providerMessageId: `0100018c7f5a${i.toString(16).padStart(8, '0')}-2f1d4c6a-7b8e-4f2a-000000`,
      status: 'sent',
      at: T0 + i,
    }));
    let start = performance.now();
    await inParallel(chunks(messages), (batch) => store.recordMessages(batch));
    const recordsPerSecond = (count / (performance.now() - start)) * 1000;
    // A ledger in service has statistics (autovacuum analyzes a table after it grew by a
    // tenth). Without them, right after this bulk load, the planner takes the ingest's
    // 1,000-id look-ups and updates for seq scans of the whole table (EXPLAIN shows
    // `Seq Scan … Filter: id = ANY(…)`): every batch then costs O(table), not O(batch).
    await admin.query(`ANALYZE ${schema}.mailgate_ledger_messages`);
    const events: LedgerEventInput[] = messages.map((m) => ({
      id: `delivery-${m.id}`,
      type: 'delivered',
      tenant: m.tenant,
      address: m.address!,
      messageId: m.id,
      match: 'provider_id',
      at: m.at + 60_000,
      source: 'ses',
      detail: '250 2.0.0 OK',
    }));
    start = performance.now();
    await inParallel(chunks(events), (batch) => store.applyEvents(batch, T0 + 86_400_000));
    const eventsPerSecond = (count / (performance.now() - start)) * 1000;
    await admin.query(
      `VACUUM ANALYZE ${schema}.mailgate_ledger_messages, ${schema}.mailgate_ledger_events`,
    );
    const { rows } = await admin.query<{ messages: string; events: string }>(
      `SELECT pg_total_relation_size('${schema}.mailgate_ledger_messages') AS messages,
              pg_total_relation_size('${schema}.mailgate_ledger_events') AS events`,
    );
    return {
      events: count,
      recordsPerSecond,
      eventsPerSecond,
      bytesPerMessage: Number(rows[0]!.messages) / count,
      bytesPerEvent: Number(rows[0]!.events) / count,
    };
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureLedgerPostgres(Number(process.argv[2] ?? 100_000));
  console.log(figures);
}
