import { createMailgate, recordingTransport, type SendRequestInput } from '@mailgate/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { postgresStores } from './postgres-stores';
import { postgresUrl, type TestSchema, testSchema } from './test-database';

const url = postgresUrl('@mailgate/store-postgres fault tests');

function request(i: number): SendRequestInput {
  return {
    recipient: {
      id: `r-${i}`,
      type: 'candidate',
      addresses: [{ address: `person${i}@example.com`, label: 'private', state: 'confirmed' }],
    },
    message: { from: { address: 'jobs@agency.example' }, subject: 'Hello', text: 'Hello' },
    context: { mode: 'bulk', category: 'marketing', tenant: 'acme', idempotencyKey: `m1:${i}` },
  };
}

describe.skipIf(url === undefined)('a PostgreSQL connection killed mid-run', () => {
  let db: TestSchema;
  let admin: pg.Client;
  beforeAll(async () => {
    db = await testSchema(url!, 'faults');
    await migrate(db.pool);
    admin = new pg.Client({ connectionString: url!, options: `-c search_path=${db.schema}` });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await db?.drop();
  });

  it('should fail the decisions it was making closed, recover, and send each address once', async () => {
    const application = `mailgate-fault-${process.pid}`;
    const pool = db.newPool({ max: 1, application_name: application });
    const stores = postgresStores(pool);
    await stores.suppressions.add(
      [{ key: 'person3@example.com', scope: 'global', reason: 'previously_bounced', source: 't' }],
      { actor: 'test' },
    );
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores, storeTimeoutMs: 15_000 });
    const requests = Array.from({ length: 20 }, (_, i) => request(i));

    // Hold the suppression table so that the gate's look-up waits on the server, then
    // kill the backend that runs it.
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE mailgate_suppressions IN ACCESS EXCLUSIVE MODE');
    const run = gate.sendBulk(requests).done();
    let killed = 0;
    for (let tries = 0; killed === 0 && tries < 200; tries++) {
      const { rows } = await admin.query<{ killed: boolean }>(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
          WHERE application_name = $1 AND wait_event_type = 'Lock'`,
        [application],
      );
      killed = rows.length;
      if (killed === 0) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await admin.query('ROLLBACK');
    expect(killed).toBe(1);
    const first = await run;
    expect(first.byReason.suppression_store_unavailable).toBe(20);
    expect(transport.sent).toHaveLength(0);

    // The pool replaces the dead connection; the same mailing goes on.
    const second = await gate.sendBulk(requests).done();
    expect(second.sent).toBe(19);
    expect(second.byReason.previously_bounced ?? second.byReason.globally_bounced).toBe(1);
    const third = await gate.sendBulk(requests).done();
    expect(third.sent).toBe(0);
    const addresses = transport.sent.map((message) => message.to[0]?.address);
    expect(new Set(addresses).size).toBe(19);
    expect(addresses).not.toContain('person3@example.com');
  });
});
