import { describe, expect, it } from 'vitest';
import { parseBounce } from './index';

const SENDER = 'news@sender.example';

/**
 * Exim's default delay warning (Exim specification, "Customizing bounce and warning
 * messages"): plain text, no DSN part, no X-Failed-Recipients.
 */
function eximWarning(subject: string, reason: string): string {
  return [
    'Return-path: <>',
    'From: Mail Delivery System <Mailer-Daemon@out.sender.example>',
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    'Auto-Submitted: auto-replied',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This message was created automatically by mail delivery software.',
    'A message that you sent has not yet been delivered to one or more of its',
    'recipients after more than 24 hours on the queue on out.sender.example.',
    '',
    'The message identifier is:     1vXyZa-000123-Ab',
    'The subject of the message is: February newsletter',
    '',
    'The address to which the message has not yet been delivered is:',
    '',
    '  ann@busy.example',
    '    host mx.busy.example [198.51.100.25]',
    `    Delay reason: SMTP error from remote mail server after RCPT TO:<ann@busy.example>:`,
    `    ${reason}`,
    '',
    'No action is required on your part. Delivery attempts will continue for',
    'some time, and this warning may be repeated at intervals if the message',
    'remains undelivered. Eventually the mail delivery software will give up,',
    'and when that happens, the message will be returned to you.',
    '',
  ].join('\n');
}

describe('parseBounce reads a delay warning as a delay, not a failure', () => {
  it("reads Exim's warning as delayed, temporary, with the receiver's reason", () => {
    const report = parseBounce(
      eximWarning(
        'Warning: message 1vXyZa-000123-Ab delayed 24 hours',
        '452 4.2.2 <ann@busy.example>: Mailbox full, try again later',
      ),
    );
    expect(report.kind).toBe('bounce');
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({
      address: 'ann@busy.example',
      event: 'delayed',
      action: 'delayed',
      reason: 'mailbox_full',
      permanent: false,
      enhancedCode: '4.2.2',
    });
  });

  it('knows the warning by its words when a relay rewrote the subject', () => {
    const report = parseBounce(
      eximWarning('[EXT] mail delivery notice', '421 4.7.0 Try again later, closing connection'),
    );
    expect(report.recipients[0]).toMatchObject({ event: 'delayed', permanent: false });
  });

  it('names a delay whose reply says no cause as a queue not yet given up', () => {
    const report = parseBounce(
      eximWarning('Warning: message 1vXyZa-000123-Ab delayed 24 hours', 'Connection refused'),
    );
    expect(report.recipients[0]).toMatchObject({ event: 'delayed', permanent: false });
  });

  it("still reads Exim's bounce, whose words say it gave up, as failed", () => {
    const bounce = [
      'Return-path: <>',
      'From: Mail Delivery System <Mailer-Daemon@out.sender.example>',
      `To: ${SENDER}`,
      'Subject: Mail delivery failed: returning message to sender',
      'X-Failed-Recipients: ann@busy.example',
      'Auto-Submitted: auto-replied',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  ann@busy.example',
      '    host mx.busy.example [198.51.100.25]',
      '    SMTP error from remote mail server after RCPT TO:<ann@busy.example>:',
      '    550 5.1.1 <ann@busy.example>: Recipient address rejected: User unknown',
      '',
    ].join('\n');
    expect(parseBounce(bounce).recipients[0]).toMatchObject({
      event: 'failed',
      reason: 'recipient_unknown',
      permanent: true,
    });
  });
});
