import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { mailgate } from './cli-test-support';

// Each command is its own process that opens the store, as a user's script runs them:
// what one import writes, the next list must find. PGlite starts in seconds (initdb in
// WebAssembly), many more on a busy machine, hence the wide timeouts.
const COMMAND_MS = 120_000;
const SCENARIO_MS = 5 * COMMAND_MS;

const POSTGRES_URL_VARIABLE = 'MAILGATE_TEST_POSTGRES_URL';

function postgresUrl(): string | undefined {
  const url = process.env[POSTGRES_URL_VARIABLE];
  if (url) return url;
  if (process.env.CI === 'true') throw new Error(`${POSTGRES_URL_VARIABLE} is not set in CI`);
  console.log(
    `mailgate suppressions on a PostgreSQL server: skipped; run with ${POSTGRES_URL_VARIABLE}=postgres://postgres@127.0.0.1:5432/test`,
  );
  return undefined;
}

/** Imports three addresses, reads them back in new processes, lifts one, exports the rest. */
async function roundTrip(store: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mailgate-cli-store-'));
  const csv = join(dir, 'unsubscribes.csv');
  await writeFile(csv, 'Email\nann@example.com\nbo@example.com\ncai@example.com\n');
  const run = (args: string[]) =>
    mailgate(['suppressions', ...args, '--store', store], '', COMMAND_MS);

  const imported = await run(['import', csv, '--json']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  expect(JSON.parse(imported.stdout)).toMatchObject({ rows: 3, added: 3, rejected: [] });

  const listed = await run(['list', '--json']);
  expect(listed.code).toBe(0);
  const keys = JSON.parse(listed.stdout).map((item: { key: string }) => item.key);
  expect(keys.sort()).toEqual(['ann@example.com', 'bo@example.com', 'cai@example.com']);

  const lifted = await run(['lift', 'ann@example.com', '--note', 'asked to hear from us again']);
  expect(lifted.code).toBe(0);
  expect(lifted.stdout).toBe('1 lifted\n');

  const exported = await run(['export']);
  expect(exported.code).toBe(0);
  const lines = exported.stdout.trim().split('\n');
  expect(lines[0]).toBe('address,scope,reason,subscription_type,source,created_at');
  expect(
    lines
      .slice(1)
      .map((line) => line.split(',')[0])
      .sort(),
  ).toEqual(['bo@example.com', 'cai@example.com']);
  await rm(dir, { recursive: true, force: true });
}

describe.concurrent('mailgate suppressions on a store', () => {
  it(
    'should keep what one process imports for the next in a PGlite folder',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'mailgate-cli-pglite-'));
      try {
        await roundTrip(`pglite:${dataDir}`);
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    SCENARIO_MS,
  );

  it('should refuse a store URL of another kind with exit code 2', async () => {
    const ran = await mailgate(['suppressions', 'list', '--store', 'redis://u:secret@127.0.0.1/0']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      'mailgate: --store: redis://u:***@127.0.0.1/0 is not supported; expected postgres://, postgresql://, pglite:<folder> or a folder\n',
    );
  });

  const url = postgresUrl();
  it.skipIf(url === undefined)(
    'should keep what one process imports for the next on a PostgreSQL server, in the schema the URL names',
    async () => {
      const schema = `mailgate_test_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Pool({ connectionString: url, max: 1 });
      await admin.query(`CREATE SCHEMA ${schema}`);
      try {
        const store = new URL(url!);
        store.searchParams.set('options', `-c search_path=${schema}`);
        await roundTrip(store.toString());
        const { rows } = await admin.query(
          `SELECT count(*)::int AS n FROM ${schema}.mailgate_schema`,
        );
        expect(rows[0].n).toBeGreaterThan(0);
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    },
    SCENARIO_MS,
  );
});
