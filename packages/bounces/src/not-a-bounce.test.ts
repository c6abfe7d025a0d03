import { describe, expect, it } from 'vitest';
import { parseBounce } from './index';

const SENDER = 'news@sender.example';

/** A message from a person (or a shop), not from a mail system. */
function personal(from: string, subject: string, body: string, extra: readonly string[] = []) {
  return [
    `From: ${from}`,
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    'Date: Tue, 03 Feb 2026 08:00:00 +0000',
    'Message-ID: <p1@mail.example>',
    ...extra,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n');
}

describe('parseBounce never turns ordinary mail into a bounce', () => {
  it('reads a colleague writing about a bounce as no report', () => {
    const raw = personal(
      'Olle Ek <olle@partner.example>',
      'Re: February newsletter',
      'When I forwarded it to piet@example.org I got "550 5.1.1 User unknown" back.',
    );
    expect(parseBounce(raw)).toEqual({ kind: 'not_a_report', recipients: [] });
  });

  it('reads a newsletter with a mailto unsubscribe link as no report', () => {
    const raw = personal(
      'Shop <offers@shop.example>',
      'Winter sale',
      'Our sale starts today. Unsubscribe: mailto:unsubscribe@shop.example',
      ['List-Unsubscribe: <mailto:unsubscribe@shop.example>'],
    );
    expect(parseBounce(raw).kind).toBe('not_a_report');
  });

  it('ignores a delivery-status part that spam carries inside multipart/mixed', () => {
    const raw = [
      'From: "Billing" <billing@invoices-now.example>',
      `To: ${SENDER}`,
      'Subject: Your invoice is overdue',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Open the attached notice.',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.invoices-now.example',
      '',
      'Final-Recipient: rfc822; victim@example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '',
      '--b--',
      '',
    ].join('\n');
    const report = parseBounce(raw);
    expect(report.kind).toBe('not_a_report');
    expect(report.recipients).toEqual([]);
  });

  it('still reads the same DSN part inside a multipart/report', () => {
    const raw = [
      'From: MAILER-DAEMON@mx.example.net',
      `To: ${SENDER}`,
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; ghost@example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
      '',
      '--b--',
      '',
    ].join('\n');
    expect(parseBounce(raw).recipients).toEqual([
      expect.objectContaining({ address: 'ghost@example.org', reason: 'recipient_unknown' }),
    ]);
  });

  it('reads a Sieve vacation reply that mentions a full mailbox as an auto-reply', () => {
    const raw = personal(
      'hana@dovecot.example',
      'Auto: February newsletter',
      'I am away; my mailbox is full, so write to office@dovecot.example instead.',
      ['Auto-Submitted: auto-replied (vacation)'],
    );
    const report = parseBounce(raw);
    expect(report.kind).toBe('auto_reply');
    expect(report.recipients.every((r) => r.event === 'auto_replied')).toBe(true);
  });

  it('reads a TMDA confirmation request as a challenge, not a bounce', () => {
    const raw = personal(
      'lena-confirm+1770105600.123.abcdef@tmda.example',
      'Please confirm your message (February newsletter)',
      'This message was created automatically by mail delivery software (TMDA).\n\nYour message attached below is being held because the address\n<news@sender.example> has not been verified.\n\nTo release your message for delivery, please send an empty message\nto the following address: lena-confirm+1770105600.123.abcdef@tmda.example',
    );
    const report = parseBounce(raw);
    expect(report.kind).toBe('auto_reply');
    expect(report.format).toBe('challenge-response');
  });

  it('reads a read receipt (RFC 8098) as no report', () => {
    const raw = [
      'From: Rita <rita@example.org>',
      `To: ${SENDER}`,
      'Subject: Read: February newsletter',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain',
      '',
      "Your message was displayed on the recipient's computer.",
      '',
      '--m',
      'Content-Type: message/disposition-notification',
      '',
      'Final-Recipient: rfc822; rita@example.org',
      'Disposition: manual-action/MDN-sent-manually; displayed',
      '',
      '--m--',
      '',
    ].join('\n');
    expect(parseBounce(raw).kind).toBe('not_a_report');
  });
});
