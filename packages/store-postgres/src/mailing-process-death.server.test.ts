// A mailing survives its process: a child sending it is killed (SIGKILL) mid-run, a
// second process sends the same mailing again; the SMTP server gets each address at most
// once, and every address not listed as uncertain exactly once.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMailgate } from '@mailgate/core';
import { createSmtpTestServer, type SmtpTestServer } from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { postgresStores } from './postgres-stores';
import { postgresUrl, type TestSchema, testSchema } from './test-database';
import { mailingRequests } from './test-fixtures/mailing-child';

const url = postgresUrl('@mailgate/store-postgres process-death test');
const COUNT = 400;
const child = fileURLToPath(new URL('./test-fixtures/mailing-child.ts', import.meta.url));

describe.skipIf(url === undefined)('a mailing across a process death', () => {
  let db: TestSchema;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    db = await testSchema(url!, 'death');
    await migrate(db.pool);
    // Slow enough that the kill lands mid-run.
    smtp = await createSmtpTestServer({ latencyMs: 2 });
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await db?.drop();
  });

  it('should send each address at most once, and every one not uncertain exactly once', async () => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', child, url!, db.schema, String(smtp.port), String(COUNT)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let errors = '';
    proc.stderr.on('data', (chunk) => {
      errors += String(chunk);
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      proc.on('exit', (_code, signal) => resolve(signal)),
    );
    // Killed once a good part, not all, went out.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (smtp.messages.length >= 120) {
          clearInterval(timer);
          proc.kill('SIGKILL');
          resolve();
        }
        if (proc.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`the child ended before the kill: ${errors}`));
        }
      }, 5);
    });
    expect(await exited).toBe('SIGKILL');
    const before = smtp.messages.length;
    expect(before).toBeLessThan(COUNT);

    // Another process, later than every lease of the dead one.
    const pool = db.newPool();
    const gate = createMailgate({
      transport: smtpTransport({ host: smtp.host, port: smtp.port, pool: true }),
      stores: postgresStores(pool),
      now: () => Date.now() + 3_600_000,
    });
    const resumed = await gate
      .sendBulk(mailingRequests(COUNT), { mailing: { id: 'news', tenant: 'acme' }, batchSize: 50 })
      .done();
    expect(resumed.stoppedBy).toBeUndefined();
    expect(resumed.sent).toBeGreaterThan(0);
    const uncertain = (
      await gate.mailingRecipients('news', { tenant: 'acme', state: 'uncertain', limit: 1000 })
    )
      ._unsafeUnwrap()
      .items.map((item) => item.address);
    const received = new Map<string, number>();
    for (const message of smtp.messages)
      for (const to of message.to) received.set(to, (received.get(to) ?? 0) + 1);
    for (const [, times] of received) expect(times).toBe(1);
    const expected = mailingRequests(COUNT)
      .map((request) => request.recipient.addresses![0]!.address)
      .filter((address) => !uncertain.includes(address));
    for (const address of expected) expect(received.get(address), address).toBe(1);
    // The dead process had at most one batch in flight.
    expect(uncertain.length).toBeLessThanOrEqual(25);
    expect(resumed.byReason.duplicate_request).toBe(COUNT - resumed.sent);
    const summary = (await gate.mailing('news', { tenant: 'acme' }))._unsafeUnwrap()!;
    expect(summary.counts.uncertain).toBe(uncertain.length);
    expect(summary.state).toBe('done');
    await gate.close();
  }, 120_000);
});
