import {
  createMailgate,
  memoryStores,
  recordingTransport,
  type SendRequestInput,
  signUnsubscribeToken,
} from '@mailgate/core';
import { describe, expect, it } from 'vitest';
import { readUnsubscribeMail } from './unsubscribe-mail';

const keys = ['a-key-for-the-unsubscribe-links-01'];
const request = (subscriptionType: string): SendRequestInput => ({
  recipient: { id: 'r-1', addresses: [{ address: 'ann@example.test', state: 'confirmed' }] },
  message: { from: 'news@agency.test', subject: 'News', text: 'Hello' },
  context: { mode: 'bulk', category: 'marketing', subscriptionType, tenant: 'acme' },
});

/** What a mail program sends for the mailto of List-Unsubscribe. */
const mailtoMessage = (subject: string) =>
  [
    'From: Ann <ann@example.test>',
    'To: bounces@agency.test',
    `Subject: ${subject}`,
    'Date: Sun, 6 Dec 2026 08:00:00 +0000',
    'Message-ID: <reply-1@example.test>',
    '',
    '',
  ].join('\r\n');

describe('readUnsubscribeMail', () => {
  it('should recognise the mailto unsubscribe in the bounce mailbox and apply it through the gate', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      stores: memoryStores(),
      unsubscribe: { url: 'https://mail.agency.test/u', keys, mailto: 'bounces@agency.test' },
    });
    await gate.send(request('newsletter'));
    const header = transport.sent[0]!.headers!['List-Unsubscribe']!;
    const subject = decodeURIComponent(/<mailto:[^?]+\?subject=([^>]+)>/.exec(header)![1]!);
    const found = await readUnsubscribeMail(mailtoMessage(subject), { keys });
    expect(found).toMatchObject({
      kind: 'unsubscribe',
      event: {
        type: 'unsubscribe',
        tenant: 'acme',
        subscriptionType: 'newsletter',
        source: 'mailto',
      },
    });
    if (found.kind !== 'unsubscribe') return;
    const ingested = await gate.ingest(found.event);
    expect(ingested._unsafeUnwrap().events[0]).toMatchObject({
      result: 'applied',
      match: 'mailgate_id',
    });
    expect((await gate.send(request('newsletter')))._unsafeUnwrapErr().reason).toBe(
      'unsubscribed_from_type',
    );
    expect((await gate.send(request('vacancies'))).isOk()).toBe(true);
  });

  it('should refuse a forged or expired token and leave other mail alone', async () => {
    const forged = (
      await signUnsubscribeToken({ tenant: 'acme', address: 'bob@example.test' }, [
        'a-key-mailgate-never-had-000001',
      ])
    )._unsafeUnwrap();
    const expired = (
      await signUnsubscribeToken(
        { tenant: 'acme', address: 'bob@example.test', expiresAt: 1_000 },
        keys,
      )
    )._unsafeUnwrap();
    expect(await readUnsubscribeMail(mailtoMessage(`unsubscribe ${forged}`), { keys })).toEqual({
      kind: 'refused',
      reason: 'forged',
    });
    expect(
      await readUnsubscribeMail(mailtoMessage(`Re: unsubscribe ${expired}`), { keys }),
    ).toEqual({
      kind: 'refused',
      reason: 'expired',
    });
    for (const subject of ['Undelivered Mail Returned to Sender', 'unsubscribe me please', ''])
      expect(await readUnsubscribeMail(mailtoMessage(subject), { keys })).toEqual({ kind: 'none' });
    expect(await readUnsubscribeMail('no header at all', { keys })).toEqual({ kind: 'none' });
  });
});
