import { memoryCursorStore, watchBounces } from '@mailgate/bounces';
import {
  createMailgate,
  memoryStores,
  recordingTransport,
  signUnsubscribeToken,
} from '@mailgate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imapBounces } from './imap-bounces';
import { connectClient } from './test-support/client';
import { type Dovecot, dovecotInstalled, startDovecot } from './test-support/dovecot';

const required = process.env.CI === 'true';
const keys = ['mailto-unsubscribe-test-key-0123456789'];

function mail(subject: string): string {
  return [
    'From: Ann <ann@example.com>',
    'To: unsubscribe@agency.example',
    `Subject: ${subject}`,
    'Date: Sun, 06 Dec 2026 09:00:00 +0000',
    'Message-ID: <u1@example.com>',
    '',
    'unsubscribe',
    '',
  ].join('\r\n');
}

async function flagsIn(server: Dovecot, mailbox: string) {
  const client = await connectClient(server);
  try {
    const box = await client.mailboxOpen(mailbox);
    if (box.exists === 0) return [];
    const all = await client.fetchAll('1:*', { flags: true, envelope: true });
    return all.map((m) => `${m.envelope?.subject?.slice(0, 18)} ${[...(m.flags ?? [])].join(',')}`);
  } finally {
    await client.logout();
  }
}

describe.runIf(dovecotInstalled || required)('mailto unsubscribes in the bounce mailbox', () => {
  let server: Dovecot;
  beforeEach(async () => {
    server = await startDovecot();
  }, 60_000);
  afterEach(async () => {
    await server?.stop();
  });

  it('should apply a signed one, flag a forged one, and leave other mail alone', async () => {
    const token = (
      await signUnsubscribeToken(
        { tenant: 'acme', address: 'ann@example.com', subscriptionType: 'newsletter' },
        keys,
      )
    )._unsafeUnwrap();
    const forged = (
      await signUnsubscribeToken({ tenant: 'acme', address: 'bob@example.com' }, [
        'somebody-elses-key-0123456789abcdef',
      ])
    )._unsafeUnwrap();
    await server.deliver('good', mail(`unsubscribe ${token}`));
    await server.deliver('forged', mail(`unsubscribe ${forged}`));
    await server.deliver('ordinary', mail('Lunch on Friday?'));

    const stores = memoryStores();
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const source = imapBounces({
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      auth: { user: server.user, pass: server.pass },
      unsubscribeKeys: keys,
    });
    const run = await watchBounces(source, { gate, cursorStore: memoryCursorStore() });
    expect(run).toMatchObject({ stoppedBy: 'done', scanned: 3 });

    const entries = (await stores.suppressions.list()).items;
    expect(entries.map((e) => [e.key, e.reason, e.subscriptionType])).toEqual([
      ['ann@example.com', 'unsubscribed_from_type', 'newsletter'],
    ]);
    const newsletter = await gate.check({
      recipient: { id: 'ann', addresses: [{ address: 'ann@example.com' }] },
      message: { from: 'news@agency.example', subject: 'News', text: '…' },
      context: {
        mode: 'bulk',
        category: 'marketing',
        subscriptionType: 'newsletter',
        tenant: 'acme',
      },
    });
    expect(newsletter.isErr() && newsletter.error.reason).toBe('unsubscribed_from_type');

    // The applied one was moved; the forged one waits, flagged, for a person; lunch untouched.
    expect(await flagsIn(server, 'mailgate-processed')).toHaveLength(1);
    expect((await flagsIn(server, 'INBOX')).sort()).toEqual(
      ['Lunch on Friday? ', `unsubscribe ${forged.slice(0, 6)} \\Flagged`].sort(),
    );
  }, 60_000);
});
