import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryStores, type SuppressionStore } from '@mailgate/core';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { run } from '../program';

/** An io that keeps what is written, and a store opener that answers `store`. */
function harness(store: SuppressionStore) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    stdin: (async function* () {})(),
    env: {},
  };
  let closed = 0;
  const openStore = async () => ({
    suppressions: store,
    close: async () => {
      closed++;
    },
  });
  return {
    run: (argv: string[]) => run(argv, { io, openStore }),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    closed: () => closed,
  };
}

async function csvFile(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'mailgate-csv-')), 'export.csv');
  await writeFile(path, content);
  return path;
}

describe('mailgate suppressions on a store', () => {
  it('should import a HubSpot export, reporting rejected rows with their lines', async () => {
    const { suppressions } = memoryStores();
    const cli = harness(suppressions);
    const csv = await csvFile(
      'Record ID,Email,Unsubscribed from all email\n1,ann@example.com,true\n2,not-an-address,true\n3,ANN@example.com,true\n4,bo@example.com,true\n',
    );
    const code = await cli.run([
      'suppressions',
      'import',
      csv,
      '--store',
      'memory',
      '--tenant',
      'acme',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(cli.stdout())).toEqual({
      format: 'hubspot',
      rows: 4,
      added: 2,
      skippedDuplicates: 1,
      rejected: [{ line: 3, value: 'not-an-address', problem: 'not an e-mail address' }],
    });
    const listed = await suppressions.list({ scope: { tenant: 'acme' } });
    expect(listed.items.map((item) => [item.key, item.reason, item.source])).toEqual([
      ['ann@example.com', 'unsubscribed_from_all', 'import:hubspot'],
      ['bo@example.com', 'unsubscribed_from_all', 'import:hubspot'],
    ]);
    expect(cli.closed()).toBe(1);
  });

  it('should write nothing for a CSV with a malformed row', async () => {
    const { suppressions } = memoryStores();
    const cli = harness(suppressions);
    const csv = await csvFile('Email\nann@example.com\n"bo@example.com\n');
    expect(await cli.run(['suppressions', 'import', csv, '--store', 'memory'])).toBe(3);
    expect((await suppressions.list()).items).toEqual([]);
    expect(cli.stderr().trim().split('\n')).toHaveLength(1);
  });

  it('should list, lift and export what is on the list', async () => {
    const { suppressions } = memoryStores();
    const cli = harness(suppressions);
    const csv = await csvFile('email,reason\nann@example.com,bounce\nbo@example.com,complaint\n');
    await cli.run(['suppressions', 'import', csv, '--store', 'memory']);
    expect(cli.stdout()).toContain('2 added');

    const list = harness(suppressions);
    expect(
      await list.run([
        'suppressions',
        'list',
        '--store',
        'memory',
        '--reason',
        'previously_bounced',
      ]),
    ).toBe(0);
    expect(list.stdout()).toMatch(/ann@example\.com\s+global\s+previously_bounced/);
    expect(list.stdout()).not.toContain('bo@example.com');

    const lift = harness(suppressions);
    const lifted = await lift.run([
      'suppressions',
      'lift',
      'ann@example.com',
      '--store',
      'memory',
      '--note',
      'asked by support',
    ]);
    expect(lifted).toBe(0);
    expect(lift.stdout()).toBe('1 lifted\n');

    const exported = harness(suppressions);
    expect(await exported.run(['suppressions', 'export', '--store', 'memory'])).toBe(0);
    const lines = exported.stdout().trim().split('\n');
    expect(lines[0]).toBe('address,scope,reason,subscription_type,source,created_at');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'bo@example.com,global,previously_complained',
    ]);
  });

  it('should need a note to lift, and change nothing without one', async () => {
    const { suppressions } = memoryStores();
    await suppressions.add(
      [{ key: 'ann@example.com', scope: 'global', reason: 'previously_bounced', source: 'bounce' }],
      { actor: 'test' },
    );
    const cli = harness(suppressions);
    expect(await cli.run(['suppressions', 'lift', 'ann@example.com', '--store', 'memory'])).toBe(2);
    expect(cli.stderr()).toContain("required option '--note <why>' not specified");
    expect((await suppressions.list()).items).toHaveLength(1);
  });
});
