import { describe, expect, it } from 'vitest';
import { parseBounce } from './index';

const SENDER = 'news@sender.example';

/** A plain-text notice from `from` to `to`, with `body` as its text. */
function notice(body: string, { from = 'MAILER-DAEMON@mx.example.net', to = SENDER } = {}) {
  return [
    `From: Mail Delivery Subsystem <${from}>`,
    `To: ${to}`,
    'Subject: Returned mail: see transcript for details',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\n');
}

const addresses = (raw: string) => parseBounce(raw).recipients.map((r) => r.address);

describe('parseBounce never takes the sender for a failed recipient', () => {
  // The report goes to a VERP return path, so only the greeting says who the sender is.
  const verp = {
    to: 'bounce-42-ghost=aol.example@mail.sender.example',
    from: 'MAILER-DAEMON@aol.example',
  };

  it.each([
    [
      '"Sorry <you@…>." (AOL)',
      `Sorry <${SENDER}>. Your mail to <ghost@aol.example> could not be delivered.\n550 MAILBOX NOT FOUND\n`,
    ],
    [
      '"Hello you@…," (Google Groups)',
      `Hello ${SENDER},\n\nWe're writing to let you know that the group you tried to contact (team@groups.example) may not exist.\n`,
    ],
    [
      '"Dear you@…,"',
      `Dear ${SENDER},\n\nYour message to ghost@aol.example was rejected: 550 5.1.1 no such user\n`,
    ],
    ['"Hi <you@…>:"', `Hi <${SENDER}>:\nghost@aol.example: 550 5.1.1 no such user\n`],
  ])('skips the address a notice greets its reader by: %s', (_, body) => {
    const found = addresses(notice(body, verp));
    expect(found).not.toContain(SENDER);
    expect(found).toHaveLength(1);
  });

  it('skips a greeted sender even when the notice names no other address', () => {
    const raw = notice(
      `Sorry <${SENDER}>. Your mail could not be delivered.\n550 MAILBOX NOT FOUND\n`,
      verp,
    );
    expect(addresses(raw)).not.toContain(SENDER);
  });

  it("skips the report's own To where the notice's running text names it", () => {
    const raw = notice(
      `Your message from ${SENDER} could not be delivered.\n\nReason: 550 5.1.1 user unknown\n`,
    );
    expect(addresses(raw)).not.toContain(SENDER);
  });

  it("skips the original's From where the notice's running text names it", () => {
    const raw = notice(
      `The message sent by ${SENDER} could not be delivered: 550 5.1.1 user unknown\n\n------ This is a copy of the original message headers ------\nFrom: ${SENDER}\nTo: ghost@aol.example\nMessage-ID: <m1@sender.example>\n`,
      verp,
    );
    expect(addresses(raw)).not.toContain(SENDER);
  });

  it('still reads its own address from a list of failed addresses (a sender mailing itself)', () => {
    const raw = notice(
      `A message that you sent could not be delivered to one or more of its\nrecipients. The following address(es) failed:\n\n  ${SENDER}:\n    550 5.2.2 mailbox full\n`,
    );
    expect(parseBounce(raw).recipients).toEqual([
      expect.objectContaining({ address: SENDER, reason: 'mailbox_full' }),
    ]);
  });
});

/** A multipart/report with a notice and a DSN part, from `from`. */
function report(
  subject: string,
  text: string,
  dsn: string,
  from = 'Mail Delivery System <MAILER-DAEMON@mx.example.net>',
) {
  return [
    `From: ${from}`,
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    dsn,
    '--b1--',
    '',
  ].join('\n');
}

describe('parseBounce reads challenge-response notices as auto-replies', () => {
  const failedDsn = 'Final-Recipient: rfc822; ada@example.org\nAction: failed\nStatus: 5.0.0\n';

  it.each([
    [
      'a guest list (Boxbe-style "waitlisted")',
      'Your message to ada@example.org was waitlisted',
      'Hello,\n\nYour message to ada@example.org has been waitlisted. Please add yourself to my\nguest list so your messages will be delivered to my Inbox.\n',
    ],
    [
      'a held-for-confirmation challenge (TMDA-style)',
      'Please confirm your message',
      'Your message to ada@example.org has been held pending confirmation.\nPlease reply to this message to prove that you are a human.\n',
    ],
  ])('reads %s with a failed DSN part as auto_reply', (_, subject, text) => {
    // Sent by the recipient's own filter, under the recipient's name.
    const parsed = parseBounce(report(subject, text, failedDsn, 'Ada <ada@example.org>'));
    expect(parsed.kind).toBe('auto_reply');
    expect(parsed.recipients).toEqual([
      expect.objectContaining({ address: 'ada@example.org', event: 'auto_replied' }),
    ]);
  });
});

describe('parseBounce reads a Status without Diagnostic-Code from the recipient, not the footer', () => {
  it("takes the reason from the Status and the recipient's words, never a footer below", () => {
    const text = [
      'This is the mail system at host mx.example.net.',
      '',
      'ada@example.org: no mailbox here by that name',
      '',
      '',
      '--',
      'This message was scanned by ExampleGuard AntiVirus and a virus was detected.',
      '',
    ].join('\n');
    const dsn = 'Final-Recipient: rfc822; ada@example.org\nAction: failed\nStatus: 5.1.1\n';
    const [recipient] = parseBounce(report('Undelivered Mail', text, dsn)).recipients;
    expect(recipient).toMatchObject({ address: 'ada@example.org', reason: 'recipient_unknown' });
    expect(recipient!.diagnostic ?? '').not.toMatch(/virus/i);
  });

  it('takes the reason from the Status alone when the notice does not name the recipient', () => {
    const text =
      'Delivery failed.\n\nThis message was scanned by ExampleGuard AntiVirus: a virus was found.\n';
    const dsn = 'Final-Recipient: rfc822; ada@example.org\nAction: failed\nStatus: 5.1.1\n';
    const [recipient] = parseBounce(report('Undelivered Mail', text, dsn)).recipients;
    expect(recipient).toMatchObject({ address: 'ada@example.org', reason: 'recipient_unknown' });
  });
});
