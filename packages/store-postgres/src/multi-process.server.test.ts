import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createSmtpTestServer, type SmtpTestServer } from '@mailgate/testkit';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerSettings } from './mailing-worker';
import { migrate } from './migrate';
import { postgresUrl, type TestSchema, testSchema } from './test-database';

// Several Node processes send one mailing (the same recipients, the same idempotency
// keys) through one testkit SMTP server, sharing the stores: what the server receives is
// the truth. MAILGATE_TEST_MAILING_SIZE makes the mailing smaller for a quick run.
const url = postgresUrl('@mailgate/store-postgres multi-process tests');
const redisUrl = process.env.MAILGATE_TEST_REDIS_URL;
if (url !== undefined && !redisUrl && process.env.CI !== 'true') {
  console.log(
    '@mailgate/store-postgres multi-process tests: the Redis run is skipped (no Redis server); run with MAILGATE_TEST_REDIS_URL=redis://127.0.0.1:6379',
  );
}
const COUNT = Number(process.env.MAILGATE_TEST_MAILING_SIZE ?? 20_000);
const PROCESSES = 4;
const SHORT_LEASE_MS = 2_000;
const RUN_MS = 600_000;

const root = fileURLToPath(new URL('../../..', import.meta.url));
const worker = fileURLToPath(new URL('./mailing-worker.ts', import.meta.url));

interface Running {
  readonly child: ChildProcess;
  /** The summary line it printed, or why it failed. */
  readonly done: Promise<{ sent: number; byReason: Record<string, number> }>;
}

function start(settings: WorkerSettings): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', worker], {
    cwd: root,
    env: { ...process.env, MAILGATE_WORKER: JSON.stringify(settings) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk;
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk;
  });
  const done = new Promise<{ sent: number; byReason: Record<string, number> }>(
    (resolve, reject) => {
      child.on('close', (code, signal) => {
        const line = out.trim().split('\n').at(-1) ?? '';
        if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line));
        else reject(new Error(`worker ended with ${signal ?? code}: ${err.slice(-2000)}`));
      });
    },
  );
  done.catch(() => {});
  return { child, done };
}

/** How many messages of the mailing each address received. */
function received(server: SmtpTestServer, mailing: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of server.messages) {
    if (message.headers.subject !== mailing) continue;
    for (const to of message.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

const address = (i: number) => `person${i}@example.com`;

describe.skipIf(url === undefined)('one mailing sent by several processes', () => {
  let db: TestSchema;
  let server: SmtpTestServer;
  let redis: Redis | undefined;
  const prefix = `mailgate-test:mailing:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;
  beforeAll(async () => {
    db = await testSchema(url!, 'mailing');
    await migrate(db.pool);
    server = await createSmtpTestServer();
    if (redisUrl) redis = new Redis(redisUrl);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    if (redis) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    }
  });

  const settings = (mailing: string, extra: Partial<WorkerSettings> = {}): WorkerSettings => ({
    postgresUrl: url!,
    schema: db.schema,
    smtpPort: server.port,
    mailing,
    count: COUNT,
    ...extra,
  });

  async function sendTogether(mailing: string, extra: Partial<WorkerSettings> = {}) {
    const runs = Array.from({ length: PROCESSES }, () => start(settings(mailing, extra)));
    const summaries = await Promise.all(runs.map((run) => run.done));
    const counts = received(server, mailing);
    const twice = [...counts].filter(([, n]) => n > 1);
    expect(twice).toEqual([]);
    for (let i = 0; i < COUNT; i++) expect.soft(counts.get(address(i)), address(i)).toBe(1);
    expect(counts.size).toBe(COUNT);
    // Every process took part, and together they sent each message once.
    expect(summaries.reduce((sum, s) => sum + s.sent, 0)).toBe(COUNT);
    for (const summary of summaries) {
      expect(summary.sent + (summary.byReason.duplicate_request ?? 0)).toBe(COUNT);
    }
  }

  it(`should deliver each of ${COUNT} addresses exactly once, with the stores in PostgreSQL`, {
    timeout: RUN_MS,
  }, async () => {
    await sendTogether('m-postgres');
  });

  it.skipIf(!redisUrl)(
    `should deliver each of ${COUNT} addresses exactly once, with counters and idempotency in Redis`,
    { timeout: RUN_MS },
    async () => {
      await sendTogether('m-redis', { redis: { url: redisUrl!, prefix } });
    },
  );

  it('should leave nothing unsent when a process is killed mid-run and another resumes after its leases lapse', {
    timeout: RUN_MS,
  }, async () => {
    const mailing = 'm-killed';
    const first = start(settings(mailing, { leaseMs: SHORT_LEASE_MS }));
    for (let tries = 0; tries < 6000; tries++) {
      if (received(server, mailing).size >= COUNT / 4) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    first.child.kill('SIGKILL');
    await expect(first.done).rejects.toThrow(/SIGKILL/);
    const before = received(server, mailing);
    expect(before.size).toBeGreaterThanOrEqual(COUNT / 4);
    expect(before.size).toBeLessThan(COUNT);
    // What the dead process had claimed and not confirmed: those sends may or may not
    // have gone out. Every other key is either sent (confirmed) or never claimed.
    const { rows } = await db.pool.query<{ key: string }>(
      'SELECT key FROM mailgate_idempotency WHERE state = 0 AND key LIKE $1',
      [`${mailing}:%`],
    );
    const inFlight = new Set(rows.map((row) => address(Number(row.key.split(':')[1]))));

    // Another two processes resume the mailing once the dead one's leases have lapsed.
    await new Promise((resolve) => setTimeout(resolve, SHORT_LEASE_MS + 500));
    const resumed = [start(settings(mailing)), start(settings(mailing))];
    await Promise.all(resumed.map((run) => run.done));

    const counts = received(server, mailing);
    expect(counts.size).toBe(COUNT);
    const twice = [...counts].filter(([, n]) => n > 1).map(([to]) => to);
    // Only a send in flight at the kill may have gone out twice, and at most twice.
    for (const to of twice) {
      expect.soft(inFlight.has(to), `${to} received twice but was not in flight`).toBe(true);
      expect.soft(counts.get(to)).toBe(2);
    }
    expect(twice.length).toBeLessThanOrEqual(inFlight.size);
  });
});
