/**
 * Preflight (a sendBulk dry run, default policies) over N recipients with N suppressions
 * in PostgreSQL (a server), against the same with the memory store, in the same run; and
 * the bytes on disk per suppression. Needs a server: MAILGATE_BENCH_POSTGRES_URL, else
 * MAILGATE_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test. Works in a
 * schema of its own, dropped after.
 *
 *   node --expose-gc --max-old-space-size=8192 --import tsx preflight-postgres.ts [recipients]
 */
import pg from 'pg';
import {
  createMailgate,
  memoryStores,
  recordingTransport,
  type Stores,
} from '../packages/core/src/index';
import { migrate, postgresStores } from '../packages/store-postgres/src/index';
import { makeRequests, makeSuppressions, NOW } from './preflight';

export interface PostgresPreflightFigures {
  readonly recipients: number;
  readonly postgresPerSecond: number;
  readonly memoryPerSecond: number;
  /** PostgreSQL's speed as a share of memory's. */
  readonly ratio: number;
  readonly sameDecisions: boolean;
  readonly bytesPerSuppression: number;
  readonly bytesPerAuditRecord: number;
}

const BATCH = 5_000;

export function benchPostgresUrl(): string {
  return (
    process.env.MAILGATE_BENCH_POSTGRES_URL ??
    process.env.MAILGATE_TEST_POSTGRES_URL ??
    'postgres://postgres@127.0.0.1:5432/test'
  );
}

async function preflight(stores: Stores, requests: ReturnType<typeof makeRequests>) {
  // A generous store time-out: on a loaded machine a look-up of 5,000 keys can take longer
  // than the default 2 s, and the gate would then (rightly) refuse the batch, which is not
  // what this measures.
  const gate = createMailgate({
    transport: recordingTransport(),
    stores,
    now: () => NOW,
    storeTimeoutMs: 60_000,
  });
  await gate.sendBulk(requests.slice(0, 20_000), { dryRun: true, batchSize: BATCH }).done();
  const start = performance.now();
  let ready = 0;
  for await (const item of gate.sendBulk(requests, { dryRun: true, batchSize: BATCH })) {
    if (item.outcome.status === 'ready') ready++;
  }
  return { perSecond: (requests.length / (performance.now() - start)) * 1000, ready };
}

export async function measurePostgresPreflight(count = 100_000): Promise<PostgresPreflightFigures> {
  const url = benchPostgresUrl();
  const schema = `mailgate_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: 4 });
  try {
    await migrate(pool);
    const postgres = postgresStores(pool);
    const memory = memoryStores();
    const suppressions = makeSuppressions(count);
    for (let i = 0; i < suppressions.length; i += 10_000) {
      const batch = suppressions.slice(i, i + 10_000);
      await postgres.suppressions.add(batch, { actor: 'bench' });
      await memory.suppressions.add(batch, { actor: 'bench' });
    }
    await admin.query(
      `VACUUM ANALYZE ${schema}.mailgate_suppressions, ${schema}.mailgate_suppression_audit`,
    );
    const { rows } = await admin.query<{ suppressions: string; audit: string }>(
      `SELECT pg_total_relation_size('${schema}.mailgate_suppressions') AS suppressions,
              pg_total_relation_size('${schema}.mailgate_suppression_audit') AS audit`,
    );
    const requests = makeRequests(count);
    const onMemory = await preflight(memory, requests);
    const onPostgres = await preflight(postgres, requests);
    return {
      recipients: count,
      postgresPerSecond: onPostgres.perSecond,
      memoryPerSecond: onMemory.perSecond,
      ratio: onPostgres.perSecond / onMemory.perSecond,
      sameDecisions: onPostgres.ready === onMemory.ready,
      bytesPerSuppression: Number(rows[0]!.suppressions) / count,
      bytesPerAuditRecord: Number(rows[0]!.audit) / count,
    };
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await measurePostgresPreflight(Number(process.argv[2] ?? 1_000_000)));
}
