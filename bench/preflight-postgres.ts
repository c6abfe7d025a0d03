/**
 * Preflight (a sendBulk dry run, default policies) over N recipients with N suppressions
 * in PostgreSQL (a server), against the same with the memory store, in the same run; and
 * the bytes on disk per suppression. Needs a server: MAILGATE_BENCH_POSTGRES_URL, else
 * MAILGATE_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/test. Works in a
 * schema of its own, dropped after.
 *
 *   node --expose-gc --max-old-space-size=8192 --import tsx preflight-postgres.ts [recipients]
 */
import { loadavg } from 'node:os';
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
  /** The best of the rounds, each side. */
  readonly postgresPerSecond: number;
  readonly memoryPerSecond: number;
  /** PostgreSQL's speed as a share of memory's: the best round's. */
  readonly ratio: number;
  /** Each round: memory, then PostgreSQL, one after the other. */
  readonly rounds: readonly { postgres: number; memory: number; ratio: number }[];
  /** Every recipient got the same outcome (status and reason) from both, in every round. */
  readonly sameDecisions: boolean;
  /** The 1-minute load average at the start and at the end (the machine is shared). */
  readonly load: readonly [number, number];
  readonly bytesPerSuppression: number;
  readonly bytesPerAuditRecord: number;
}

const BATCH = 5_000;
const ROUNDS = 2;

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
  // Each outcome, as its status or reason, by index: what the two sides must agree on.
  const decisions: string[] = new Array(requests.length);
  const start = performance.now();
  for await (const item of gate.sendBulk(requests, { dryRun: true, batchSize: BATCH })) {
    const outcome = item.outcome;
    decisions[item.index] = outcome.status === 'not_sent' ? outcome.reason : outcome.status;
  }
  return { perSecond: (requests.length / (performance.now() - start)) * 1000, decisions };
}

function same(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
    // What a DBA does after a bulk load (autovacuum would, a little later): the planner
    // then knows the table's size. docs/concepts/stores.md (sizing) says so.
    await admin.query(
      `VACUUM ANALYZE ${schema}.mailgate_suppressions, ${schema}.mailgate_suppression_audit`,
    );
    const { rows } = await admin.query<{ suppressions: string; audit: string }>(
      `SELECT pg_total_relation_size('${schema}.mailgate_suppressions') AS suppressions,
              pg_total_relation_size('${schema}.mailgate_suppression_audit') AS audit`,
    );
    const requests = makeRequests(count);
    const loadBefore = loadavg()[0]!;
    const rounds: { postgres: number; memory: number; ratio: number }[] = [];
    let sameDecisions = true;
    for (let round = 0; round < ROUNDS; round++) {
      globalThis.gc?.();
      const onMemory = await preflight(memory, requests);
      globalThis.gc?.();
      const onPostgres = await preflight(postgres, requests);
      sameDecisions &&= same(onPostgres.decisions, onMemory.decisions);
      rounds.push({
        postgres: onPostgres.perSecond,
        memory: onMemory.perSecond,
        ratio: onPostgres.perSecond / onMemory.perSecond,
      });
    }
    const best = rounds.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    return {
      recipients: count,
      postgresPerSecond: Math.max(...rounds.map((r) => r.postgres)),
      memoryPerSecond: Math.max(...rounds.map((r) => r.memory)),
      ratio: best.ratio,
      rounds,
      sameDecisions,
      load: [loadBefore, loadavg()[0]!],
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
