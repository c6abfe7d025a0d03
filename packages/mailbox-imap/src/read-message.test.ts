import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message';

const text = (s: string) => new TextEncoder().encode(s);

describe('readMessage', () => {
  it('should leave ordinary mail alone', () => {
    expect(readMessage(text('From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n'))).toEqual({
      action: 'leave',
    });
  });

  it('should flag a message the server gave no content for', () => {
    expect(readMessage(undefined)).toEqual({ action: 'flag' });
    expect(readMessage(new Uint8Array())).toEqual({ action: 'flag' });
  });

  it('should handle a delivery report', () => {
    const dsn = [
      'From: MAILER-DAEMON@mx.example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'sorry',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.com',
      '',
      'Final-Recipient: rfc822; gone@example.org',
      'Action: failed',
      'Status: 5.1.1',
      '',
      '--b--',
      '',
    ].join('\r\n');
    const verdict = readMessage(text(dsn));
    expect(verdict.action).toBe('handle');
  });
});
