import { describe, expect, it } from 'vitest';
import { readSuppressionCsv } from './read-csv';

function rows(text: string) {
  const read = readSuppressionCsv(text);
  if (!read.ok) throw new Error(read.problem.message);
  return read.value;
}

describe('readSuppressionCsv', () => {
  it('should read a HubSpot unsubscribe export by its header', () => {
    const csv = rows(
      'Record ID,First Name,Email,Unsubscribed from all email\n101,Ann,ann@example.com,true\n102,Bo,bo@example.com,true\n',
    );
    expect(csv.format).toBe('hubspot');
    expect(csv.rows).toEqual(['ann@example.com', 'bo@example.com']);
    expect(csv.lines).toEqual([2, 3]);
  });

  it('should read Mailchimp, SendGrid and Postmark exports, with their reasons', () => {
    expect(
      rows('Email Address,First Name,UNSUB_TIME\nann@example.com,Ann,2024-01-01\n').format,
    ).toBe('mailchimp');
    expect(rows('email,created\nann@example.com,1700000000\n').format).toBe('sendgrid');
    const postmark = rows(
      'Email,SuppressionReason,Origin\nann@example.com,HardBounce,Recipient\nbo@example.com,SpamComplaint,Recipient\ncy@example.com,ManualSuppression,Customer\n',
    );
    expect(postmark.format).toBe('postmark');
    expect(postmark.rows).toEqual([
      { address: 'ann@example.com', reason: 'previously_bounced' },
      { address: 'bo@example.com', reason: 'previously_complained' },
      'cy@example.com',
    ]);
  });

  it('should read a list of addresses without a header, and semicolons', () => {
    expect(rows('ann@example.com\nbo@example.com\n')).toMatchObject({
      format: 'plain',
      rows: ['ann@example.com', 'bo@example.com'],
    });
    expect(rows('E-mail;Naam\nann@example.nl;Ann\n').rows).toEqual(['ann@example.nl']);
  });

  it('should refuse a file with an unclosed quote, naming the line', () => {
    const read = readSuppressionCsv('Email,Name\nann@example.com,Ann\n"bo@example.com,Bo\n');
    expect(read).toMatchObject({ ok: false, problem: { line: 3 } });
  });

  it('should refuse a row with more fields than the header', () => {
    const read = readSuppressionCsv('Email,Name\nann@example.com,Ann,extra\n');
    expect(read).toMatchObject({ ok: false, problem: { line: 2 } });
  });

  it('should refuse a file without an address column', () => {
    expect(readSuppressionCsv('Name,Phone\nAnn,123\n')).toMatchObject({
      ok: false,
      problem: { line: 1 },
    });
  });
});
