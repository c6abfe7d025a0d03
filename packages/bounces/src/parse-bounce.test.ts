import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBounce, parseMbox } from './index';
import { findCommand } from './raw-recipient';
import type { FailedRecipient } from './types';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

const failed = (name: string) => {
  const report = parseBounce(fixture(name));
  expect(report.kind).toBe('bounce');
  return report.recipients as FailedRecipient[];
};

describe('parseBounce: RFC 3464 delivery status notifications', () => {
  it('reads recipient, codes, diagnostic, reporting MTA and the original Message-ID', () => {
    const report = parseBounce(fixture('dsn-postfix.eml'));
    expect(report).toMatchObject({
      kind: 'bounce',
      format: 'rfc3464',
      reportingMta: 'mx.sender.test',
      originalMessageId: '20250303091500.abc123@sender.test',
      original: { subject: 'Your March newsletter', from: 'Sender News <news@sender.test>' },
    });
    expect(report.recipients).toEqual([
      expect.objectContaining({
        address: 'anna.berg@receiver.test',
        event: 'failed',
        reason: 'recipient_unknown',
        permanent: true,
        enhancedCode: '5.1.1',
        replyCode: 550,
        remoteMta: 'mx1.receiver.test',
      }),
    ]);
    expect(report.recipients[0]!.diagnostic).toMatch(/^550 5\.1\.1 .*User unknown/);
  });

  it('marks a delayed recipient temporary, decoding a quoted-printable report part', () => {
    const [r] = failed('dsn-delayed-qp.eml');
    expect(r).toMatchObject({
      address: 'erik@slow.test',
      event: 'delayed',
      permanent: false,
      enhancedCode: '4.4.1',
    });
    expect(r!.diagnostic).toContain('mx.slow.test');
    expect(parseBounce(fixture('dsn-delayed-qp.eml')).originalMessageId).toBe(
      'inv-2025-031@sender.test',
    );
  });

  it('reports a success DSN as kind delivered, with no reason', () => {
    const report = parseBounce(fixture('delivered.eml'));
    expect(report.kind).toBe('delivered');
    expect(report.recipients).toEqual([
      expect.objectContaining({ address: 'lena@receiver.test', event: 'delivered' }),
    ]);
    expect(report.recipients[0]!.reason).toBeUndefined();
  });
});

describe('parseBounce: complaints and auto-replies are kinds, not reasons', () => {
  it('reads an ARF abuse report', () => {
    const report = parseBounce(fixture('arf-abuse.eml'));
    expect(report).toMatchObject({
      kind: 'complaint',
      format: 'arf',
      complaint: { feedbackType: 'abuse', sourceIp: '192.0.2.10', reportedDomain: 'sender.test' },
      originalMessageId: 'spring-2025@sender.test',
    });
    expect(report.recipients).toEqual([
      { address: 'maria@isp.test', event: 'complained', permanent: false },
    ]);
  });

  it("reads Hotmail's JMRP complaint (no feedback-report part)", () => {
    const report = parseBounce(fixture('hotmail-complaint.eml'));
    expect(report.kind).toBe('complaint');
    expect(report.recipients.map((r) => r.address)).toEqual(['sofia@hotmail.com']);
    expect(report.originalMessageId).toBe('digest-11@sender.test');
  });

  it('reads an out-of-office reply as auto_reply, never as a bounce', () => {
    const report = parseBounce(fixture('auto-reply.eml'));
    expect(report.kind).toBe('auto_reply');
    expect(report.recipients).toEqual([
      { address: 'jonas.lind@receiver.test', event: 'auto_replied', permanent: false },
    ]);
  });
});

describe('parseBounce: MTA formats that are not RFC 3464', () => {
  it('Exim', () => {
    const [r] = failed('exim.eml');
    expect(r).toMatchObject({
      address: 'pieter@receiver.test',
      reason: 'mailbox_full',
      enhancedCode: '5.2.2',
      replyCode: 552,
      command: 'RCPT',
    });
    expect(parseBounce(fixture('exim.eml')).originalMessageId).toBe(
      'E1tq0-000Ab-12@mail.sender.test',
    );
  });

  it('qmail', () => {
    const [r] = failed('qmail.eml');
    expect(r).toMatchObject({ address: 'old.user@receiver.test', reason: 'recipient_unknown' });
  });

  it('Gmail', () => {
    const [r] = failed('gmail.eml');
    expect(r).toMatchObject({
      address: 'nobody@domain-that-is-gone.test',
      reason: 'recipient_domain_unknown',
    });
  });

  it('Google Groups: a refused post, whatever the language of the notice', () => {
    const [r] = failed('google-groups.eml');
    expect(r).toMatchObject({ address: 'hiring-team@googlegroups.com', reason: 'sender_rejected' });
  });

  it('Amazon SES notification: the suppression list is structure, not text', () => {
    const report = parseBounce(fixture('ses-bounce.eml'));
    expect(report).toMatchObject({ kind: 'bounce', format: 'amazon-ses' });
    expect(report.originalMessageId).toBe('0100019581-ses-id-000000');
    expect(report.recipients).toEqual([
      expect.objectContaining({ address: 'gone@receiver.test', reason: 'suppressed_by_provider' }),
    ]);
  });
});

const lf = fixture('dsn-postfix.eml');

describe('parseBounce: line ends, encodings, mbox', () => {
  const expected = parseBounce(lf);

  it('reads CRLF and CR-only copies the same', () => {
    expect(parseBounce(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseBounce(lf.replace(/\n/g, '\r'))).toEqual(expected);
  });

  it('reads bytes the same as a string', () => {
    expect(parseBounce(new TextEncoder().encode(lf))).toEqual(expected);
  });

  it('decodes a base64 notice in a legacy charset', () => {
    const notice = Buffer.from(
      'Le message n\u2019a pas pu \u00eatre remis \u00e0 :\n\n  ines@receiver.test\n    550 5.1.1 Utilisateur inconnu (user unknown)\n',
      'latin1',
    ).toString('base64');
    const raw = `From: postmaster@relay.test\nTo: a@sender.test\nSubject: Non remis\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n${notice}\n--x--\n`;
    const report = parseBounce(raw);
    expect(report.kind).toBe('bounce');
    expect(report.recipients[0]).toMatchObject({
      address: 'ines@receiver.test',
      reason: 'recipient_unknown',
    });
  });

  it('reads every message of an mbox file', () => {
    const mbox = `From MAILER-DAEMON Mon Mar  3 10:15:02 2025\n${lf}\nFrom staff@hotmail.com Wed Mar 12 10:00:00 2025\n${fixture('hotmail-complaint.eml')}`;
    expect(parseMbox(mbox).map((r) => r.kind)).toEqual(['bounce', 'complaint']);
  });
});

describe('parseBounce: never throws', () => {
  const cases: Array<[string, string | Uint8Array]> = [
    ['empty string', ''],
    ['empty bytes', new Uint8Array()],
    ['plain prose', 'hello, this is not an e-mail at all'],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)],
    ['a lone header', 'Subject: nothing else'],
    ['a header block and no body', 'From: a@b.test\nTo: c@d.test\nSubject: x'],
  ];
  it.each(cases)('%s → not_a_report', (_name, input) => {
    expect(parseBounce(input)).toEqual({ kind: 'not_a_report', recipients: [] });
  });

  it('survives truncation at every point of a report', () => {
    for (let end = 0; end < lf.length; end += 37) {
      const report = parseBounce(lf.slice(0, end));
      expect(['bounce', 'not_a_report']).toContain(report.kind);
    }
  });

  it('survives non-string input from untyped callers', () => {
    expect(parseBounce(null as unknown as string).kind).toBe('not_a_report');
    expect(parseBounce(42 as unknown as string).kind).toBe('not_a_report');
  });

  it('handles a huge input', () => {
    const huge = `${lf}\n${'x'.repeat(5_000_000)}`;
    expect(parseBounce(huge).kind).toBe('bounce');
  });
});

describe('parseBounce: evidence read from the notice next to the report', () => {
  const dsn = (notice: string, fields: string) =>
    [
      'From: MAILER-DAEMON@mx.sender.test',
      'To: news@sender.test',
      'Subject: Undelivered Mail',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      notice,
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.sender.test',
      '',
      fields,
      '',
      '--b1--',
      '',
    ].join('\n');

  it('takes the command from the notice when the Diagnostic-Code lacks it', () => {
    const raw = dsn(
      '  anna@receiver.test\n    host mx.receiver.test [192.0.2.7]\n    SMTP error from remote mail server after EHLO mx.sender.test:\n    550 Go away',
      'Final-Recipient: rfc822; anna@receiver.test\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 Go away',
    );
    const [r] = parseBounce(raw).recipients as FailedRecipient[];
    expect(r).toMatchObject({
      address: 'anna@receiver.test',
      command: 'EHLO',
      reason: 'sender_blocked',
    });
  });

  it('reads a pipelined transcript: replies after DATA answered the RCPTs', () => {
    const notice = [
      'bo@receiver.test... No such user here',
      '--- Transcript of session follows ---',
      '>>> DATA',
      '<<< 550 No such user here',
      '<<< 554 No valid recipients',
    ].join('\n');
    const raw = dsn(
      notice,
      'Final-Recipient: rfc822; bo@receiver.test\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 No such user here',
    );
    const [r] = parseBounce(raw).recipients as FailedRecipient[];
    expect(r).toMatchObject({ command: 'RCPT', reason: 'recipient_unknown' });
  });

  it('calls a user-unknown refusal of the message itself (after DATA) a filter', () => {
    const notice = 'bo@receiver.test\n>>> DATA\n<<< 550 No such user here';
    const raw = dsn(
      notice,
      'Final-Recipient: rfc822; bo@receiver.test\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 No such user here',
    );
    const [r] = parseBounce(raw).recipients as FailedRecipient[];
    expect(r).toMatchObject({ command: 'DATA', reason: 'recipient_filtered' });
  });

  it('blames the local delivery program when its exit code is all there is', () => {
    const raw = dsn(
      'Delivery to a local mailbox failed.',
      'Final-Recipient: rfc822; cy@receiver.test\nAction: failed\nStatus: 4.5.0\nDiagnostic-Code: X-Unix; 75',
    );
    const [r] = parseBounce(raw).recipients as FailedRecipient[];
    expect(r?.reason).toBe('receiver_mailer_error');
  });

  it('keeps each recipient to its own lines of the notice', () => {
    const notice = [
      'dee@receiver.test: 550 5.1.1 <dee@receiver.test>: Recipient address rejected: User unknown',
      'eve@receiver.test: 552 5.2.2 <eve@receiver.test>: Recipient address rejected: Mailbox full',
    ].join('\n');
    const raw = dsn(
      notice,
      'Final-Recipient: rfc822; dee@receiver.test\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; eve@receiver.test\nAction: failed\nStatus: 5.2.2',
    );
    const reasons = (parseBounce(raw).recipients as FailedRecipient[]).map((r) => r.reason);
    expect(reasons).toEqual(['recipient_unknown', 'mailbox_full']);
  });

  it('calls a failure with unreadable words delivery_failed, with none at all unknown', () => {
    const text = (body: string) =>
      [
        'From: postmaster@receiver.test',
        'To: news@sender.test',
        'Subject: Delivery failure',
        '',
        'Your message could not be delivered.',
        '',
        `fay@receiver.test ${body}`,
        '',
      ].join('\n');
    const [words] = parseBounce(text('Zustellung abgelehnt')).recipients as FailedRecipient[];
    expect(words?.reason).toBe('delivery_failed');
  });

  it('prefers the notice explanation over a summary of the original that names the address', () => {
    const raw = [
      'From: postmaster@receiver.test',
      'To: news@sender.test',
      'Subject: Undeliverable',
      '',
      'Error: the address was refused',
      '',
      'Server reply:',
      '550 - Requested action not taken: no such user here',
      '',
      'Original message:',
      '  RCPT TO: gus@receiver.test',
      '  Size (bytes): 2048',
      '',
    ].join('\n');
    const [r] = parseBounce(raw).recipients as FailedRecipient[];
    expect(r?.address).toBe('gus@receiver.test');
    expect(r?.diagnostic).toContain('550 - Requested action not taken: no such user here');
    // No refused command in sight: a "no such user" may be a filter (see classifySmtpReply).
    expect(r?.reason).toBe('recipient_filtered');
  });
});

/** A multipart/report: an optional human-readable notice, then delivery-status fields. */
function report(fields: readonly string[], notice?: readonly string[]): string {
  return [
    'From: MAILER-DAEMON@sender.test',
    'To: news@sender.test',
    'Subject: Undelivered Mail',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    ...(notice ? ['--b', 'Content-Type: text/plain', '', ...notice] : []),
    '--b',
    'Content-Type: message/delivery-status',
    '',
    ...fields,
    '--b--',
    '',
  ].join('\n');
}

const firstRecipient = (raw: string) => parseBounce(raw).recipients[0] as FailedRecipient;

describe('parseBounce: where receivers put things', () => {
  it('reads recipient fields written before Final-Recipient', () => {
    const raw = report(
      [
        'Reporting-MTA: dns; mx.receiver.test',
        '',
        'Diagnostic-Code: smtp; 550 5.1.1 The address does not exist',
        'Status: 5.1.1',
        'Final-Recipient: rfc822; gone@receiver.test',
        'Action: failed',
      ],
      ["Your message could not be delivered, going by the person's preferences."],
    );
    expect(firstRecipient(raw)).toMatchObject({
      address: 'gone@receiver.test',
      reason: 'recipient_unknown',
      enhancedCode: '5.1.1',
      diagnostic: '550 5.1.1 The address does not exist',
    });
  });

  it('reads KDDI\'s two "User unknown" answers as its support pages explain them', () => {
    const notice = (to: string, reply: string) =>
      firstRecipient(
        [
          'From: MAILER-DAEMON@sender.test',
          'Subject: Undelivered Mail Returned to Sender',
          '',
          `<${to}>: host lsean.ezweb.ne.jp[192.0.2.7] said: ${reply}`,
          '',
        ].join('\n'),
      );
    expect(notice('a@ezweb.ne.jp', '550 : User unknown').reason).toBe('recipient_filtered');
    expect(notice('a@ezweb.ne.jp', '550 <a@ezweb.ne.jp>: User unknown').reason).toBe(
      'recipient_unknown',
    );
    // The same words from anyone else, with no command in sight, may be a filter.
    expect(notice('a@receiver.test', '550 <a@receiver.test>: User unknown').reason).toBe(
      'recipient_filtered',
    );
  });

  it.each([
    [
      'Outlook.com',
      'BAY004-MC1F22.hotmail.com',
      '550 Requested action not taken: mailbox unavailable (-1:2:-1)',
    ],
    ['MessageLabs', 'server-7.bemta-3.messagelabs.com', '550 gone@receiver.test... No such user'],
  ])('trusts %s to mean an address that does not exist', (_, reportingMta, reply) => {
    const from = (mta: string) =>
      firstRecipient(
        report([
          `Reporting-MTA: dns; ${mta}`,
          '',
          'Final-Recipient: rfc822; gone@receiver.test',
          'Action: failed',
          'Status: 5.0.0',
          `Diagnostic-Code: smtp; ${reply}`,
        ]),
      );
    expect(from(reportingMta).reason).toBe('recipient_unknown');
    // The same words from another host, with no command in sight, may be a filter.
    expect(from('mx.other.test').reason).toBe('recipient_filtered');
  });

  it('calls a delayed report with a catch-all code and no cause delivery_expired', () => {
    const raw = report([
      'Final-Recipient: rfc822; slow@receiver.test',
      'Action: delayed',
      'Status: 4.4.0 (other or undefined network or routing status)',
    ]);
    expect(firstRecipient(raw)).toMatchObject({
      event: 'delayed',
      reason: 'delivery_expired',
      permanent: false,
    });
  });

  it('puts the Status code after the reply code the text opens with', () => {
    const raw = report(
      [
        'Final-Recipient: rfc822; a@receiver.test',
        'Action: failed',
        'Status: 5.5.0',
        'Diagnostic-Code: smtp; 554 mx.receiver.test ESMTP not accepting connections',
      ],
      [
        '   ----- The following addresses had permanent fatal errors -----',
        '<a@receiver.test>',
        '    (reason: 554 mx.receiver.test ESMTP not accepting connections)',
        '',
        '   ----- Transcript of session follows -----',
        '... while talking to mx.receiver.test.:',
        '<<< 554 mx.receiver.test ESMTP not accepting connections',
        '>>> QUIT',
      ],
    );
    expect(firstRecipient(raw)).toMatchObject({
      command: 'CONNECT',
      replyCode: 554,
      reason: 'sender_blocked',
    });
  });

  it("takes each recipient's command from its own part of a transcript", () => {
    const raw = [
      'From: MAILER-DAEMON@sender.test',
      'To: news@sender.test',
      'Subject: Returned mail: User unknown',
      '',
      '   ----- Transcript of session follows -----',
      'While talking to mx.receiver.test:',
      '>>> RCPT To:<gone@receiver.test>',
      '<<< 550 No such user here.',
      '550 <gone@receiver.test>... User unknown',
      '',
    ].join('\n');
    const [r] = parseBounce(raw).recipients as FailedRecipient[];
    expect(r).toMatchObject({ address: 'gone@receiver.test', command: 'RCPT' });
    expect(r?.reason).toBe('recipient_unknown');
  });
});

describe('findCommand', () => {
  it('reads a labelled SMTP command field', () => {
    expect(findCommand('-------server message\n550 No\n-------SMTP command\nDATA')).toBe('DATA');
    expect(findCommand('SMTP command: RCPT TO:<a@b.test>')).toBe('RCPT');
  });

  it('reads the other ways reports name the refused command', () => {
    expect(findCommand('SMTP:RCPT host 192.0.2.8: 553 5.3.0 No such user here')).toBe('RCPT');
    expect(findCommand('550 5.2.1 <a@b.test>... User Unknown [RCPT_TO]')).toBe('RCPT');
    // A greeting refused before the client said anything.
    expect(
      findCommand('... while talking to mx.b.test.:\n<<< 554 not accepting connections\n>>> QUIT'),
    ).toBe('CONNECT');
    expect(findCommand('550 User unknown')).toBeUndefined();
  });
});
