import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailgate, recordingTransport } from '@mailgate/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUnsubscribe, sendNewsletter } from './mailing';
import { type OpenedStores, openStores } from './open-stores';

// PGlite in memory, or the server of MAILGATE_TEST_POSTGRES_URL when it is set, in a
// schema of its own (dropped after). PGlite takes seconds to start (initdb in
// WebAssembly), more on a busy machine.
const STARTUP_MS = 120_000;
const url = process.env.MAILGATE_TEST_POSTGRES_URL;
const schema = `mailgate_example_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
let opened: OpenedStores;
beforeAll(async () => {
  if (url) {
    await withAdmin(url, (admin) => admin.query(`CREATE SCHEMA ${schema}`));
    const inSchema = new URL(url);
    inSchema.searchParams.set('options', `-c search_path=${schema}`);
    opened = await openStores({ databaseUrl: inSchema.href });
  } else opened = await openStores({});
}, STARTUP_MS);
afterAll(async () => {
  await opened?.close();
  if (url) await withAdmin(url, (admin) => admin.query(`DROP SCHEMA ${schema} CASCADE`));
});

async function withAdmin(url: string, work: (admin: pg.Client) => Promise<unknown>) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

describe('the PostgreSQL example', () => {
  it('should skip the unsubscribed member, and send nobody the newsletter twice', async () => {
    const mailing = `newsletter-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores: opened.stores });
    await recordUnsubscribe(opened.stores);
    const first = await sendNewsletter(gate, mailing);
    expect(first.sent).toBe(3);
    expect(first.byReason.unsubscribed_from_all).toBe(1);
    // Another gate on the same database (another process, a restart) sends nothing again.
    const again = createMailgate({ transport, stores: opened.stores });
    const second = await sendNewsletter(again, mailing);
    expect(second.sent).toBe(0);
    expect(second.byReason.duplicate_request).toBe(3);
    expect(transport.sent.map((message) => message.to[0]?.address).sort()).toEqual([
      'ann@example.test',
      'cecile@example.test',
      'dirk@example.test',
    ]);
    const ledger = await gate.messages({ tenant: 'club', mailingId: mailing, limit: 10 });
    expect(ledger._unsafeUnwrap().items.filter((m) => m.status === 'sent')).toHaveLength(3);
    await gate.close();
    await again.close();
  }, 60_000);
});

describe('the embedded database on disk', () => {
  it(
    'should create the data folder and its parents, as `pnpm start` on a fresh clone needs',
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'mailgate-example-'));
      try {
        const onDisk = await openStores({ dataDir: join(root, 'data', 'mailgate') });
        expect(onDisk.where).toBe(`PGlite in ${join(root, 'data', 'mailgate')}`);
        await onDisk.close();
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
    STARTUP_MS,
  );
});
