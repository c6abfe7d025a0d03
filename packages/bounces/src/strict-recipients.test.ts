import { describe, expect, it } from 'vitest';
import { parseBounce } from './index';

const SENDER = 'news@sender.example';

const addresses = (raw: string) => parseBounce(raw).recipients.map((r) => r.address);

/** A multipart/report with a notice, a DSN part naming `final`, and the original's headers. */
function dsn(notice: string, final: string, originalFrom = SENDER) {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@out.sender.example>',
    `To: ${SENDER}`,
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
    '',
    '--r',
    'Content-Type: text/plain',
    '',
    notice,
    '',
    '--r',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; out.sender.example',
    '',
    `Final-Recipient: rfc822; ${final}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    '',
    '--r',
    'Content-Type: text/rfc822-headers',
    '',
    `From: ${originalFrom}`,
    'To: list-members@lists.example, ghost@example.org',
    'Message-ID: <m1@sender.example>',
    '',
    '--r--',
    '',
  ].join('\n');
}

describe('parseBounce names a failed recipient only where the report does', () => {
  it("takes the DSN's Final-Recipient, not the addresses its notice mentions", () => {
    const raw = dsn(
      `Hello ${SENDER},\n\nyour message from ${SENDER} to the list (reply-to owner@lists.example) failed for ghost@example.org.`,
      'ghost@example.org',
    );
    expect(addresses(raw)).toEqual(['ghost@example.org']);
  });

  it("never takes the report's own To, the original's From or a greeted address from a notice", () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: bounce-7@mail.sender.example',
      'Subject: failure notice',
      '',
      'Hello bounce-7@mail.sender.example,',
      '',
      `Your message sent by ${SENDER} to bounce-7@mail.sender.example could not be delivered:`,
      '',
      '<ghost@example.org>:',
      'Sorry, no mailbox here by that name. (#5.1.1)',
      '',
      '--- Below this line is a copy of the message.',
      '',
      `From: ${SENDER}`,
      'To: ghost@example.org',
      '',
    ].join('\n');
    expect(addresses(raw)).toEqual(['ghost@example.org']);
  });

  it("takes each recipient from the MTA's own per-recipient blocks", () => {
    const raw = [
      'From: Mail Delivery System <Mailer-Daemon@out.sender.example>',
      `To: ${SENDER}`,
      'Subject: Mail delivery failed: returning message to sender',
      'X-Failed-Recipients: ann@example.org, bob@example.net',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  ann@example.org',
      '    host mx.example.org [198.51.100.25]',
      '    SMTP error from remote mail server after RCPT TO:<ann@example.org>:',
      '    550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown',
      '',
      '  bob@example.net',
      '    host mx.example.net [198.51.100.26]',
      '    SMTP error from remote mail server after RCPT TO:<bob@example.net>:',
      '    552 5.2.2 <bob@example.net>: Mailbox full',
      '',
      '------ This is a copy of the message, including all the headers. ------',
      '',
      `From: ${SENDER}`,
      'To: ann@example.org, bob@example.net, carl@example.com',
      '',
    ].join('\n');
    expect(parseBounce(raw).recipients).toEqual([
      expect.objectContaining({ address: 'ann@example.org', reason: 'recipient_unknown' }),
      expect.objectContaining({ address: 'bob@example.net', reason: 'mailbox_full' }),
    ]);
  });

  it('reads the receiver reply of an Exim delay warning, not its boilerplate', () => {
    const raw = [
      'From: Mail Delivery System <Mailer-Daemon@out.sender.example>',
      `To: ${SENDER}`,
      'Subject: Warning: message 1vXyZa-000123-Ab delayed 24 hours',
      '',
      'The address to which the message has not yet been delivered is:',
      '',
      '  ann@example.org',
      '    host mx.example.org [198.51.100.25]',
      '    Delay reason: SMTP error from remote mail server after end of data:',
      '    451 4.3.0 Requested action aborted: local error in processing',
      '',
      'No action is required on your part. Delivery attempts will continue for',
      'some time, and this warning may be repeated at intervals.',
      '',
    ].join('\n');
    expect(parseBounce(raw).recipients).toEqual([
      expect.objectContaining({ address: 'ann@example.org', reason: 'receiver_system_error' }),
    ]);
  });
});
