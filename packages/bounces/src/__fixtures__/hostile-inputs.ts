/**
 * Mail anyone can send that once cost parseBounce quadratic time (or worse): each maker
 * returns a message of about `size` characters built around one construct. The
 * pathological-input test and `pnpm bench` both time these.
 */

const REPORT_HEAD = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Mon, 23 Nov 2026 12:00:00 +0000',
  'Message-ID: <report-1@mx.example.net>',
].join('\n');

const BOUNDARY = 'hostile-boundary-0001';

/** Repeats `unit` until the result is about `size` characters long. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** A plain single-part message under the report headers, with extra header lines. */
function plain(body: string, extraHeaders = ''): string {
  return `${REPORT_HEAD}\n${extraHeaders}Content-Type: text/plain; charset=utf-8\n\n${body}`;
}

/** A multipart/report with the given parts (each `headers\n\nbody`). */
function report(parts: string[], extraHeaders = ''): string {
  const body = parts.map((part) => `--${BOUNDARY}\n${part}\n`).join('');
  return `${REPORT_HEAD}\n${extraHeaders}MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="${BOUNDARY}"\n\n${body}--${BOUNDARY}--\n`;
}

const NOTICE = 'Content-Type: text/plain\n\nThis is the mail system at host mx.example.net.\n';

function dsn(fields: string): string {
  return `Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${fields}`;
}

const DSN_RECIPIENT =
  'Final-Recipient: rfc822; ada@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n';

export type HostileMaker = (size: number) => string;

export const hostileInputs: Readonly<Record<string, HostileMaker>> = {
  // split-message.ts: the Content-Type parameter reader.
  'content-type parameter `; =` + word characters': (size) =>
    `${REPORT_HEAD}\nContent-Type: text/plain; =${fill('a', size)}\n\nMail for ada@example.org failed.\n`,
  // raw-recipient.ts cleanAddress, in From (read for an auto-reply).
  'From `a` + dots + `b`': (size) =>
    `From: a${fill('.', size)}b\nTo: sender@example.com\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am out of the office.\n`,
  'Final-Recipient `a` + dots + `b`': (size) =>
    report([NOTICE, dsn(`Final-Recipient: rfc822; a${fill('.', size)}b\nAction: failed\n`)]),
  'X-Failed-Recipients `a` + dots + `b`': (size) =>
    plain('Delivery failed.\n', `X-Failed-Recipients: a${fill('.', size)}b\n`),
  // findCommand on a notice after a DSN that names no command.
  'transcript `<<< x` + newlines': (size) =>
    report([`Content-Type: text/plain\n\n<<< x${fill('\n', size)}`, dsn(DSN_RECIPIENT)]),
  'transcript `<<< x` + blank lines': (size) =>
    plain(`ada@example.org\n>>> RCPT TO:<ada@example.org>\n<<< x${fill('\n \t', size)}`),
  // parse-bounce.ts: the HTML-to-text step.
  'HTML body of `<`': (size) =>
    `${REPORT_HEAD}\nContent-Type: text/html\n\n${fill('<', size)}\nada@example.org\n`,
  'HTML body of repeated `<script`': (size) =>
    `${REPORT_HEAD}\nContent-Type: text/html\n\n${fill('<script', size)}\nada@example.org\n`,
  // generic-text.ts: the address in angle brackets.
  'notice line `<` + `a@a@…`': (size) => plain(`<${fill('a@', size)}\n`),
  'notice line: long word, then an address': (size) =>
    plain(`${fill('a', size)} ada@example.org\n`),
  // formats/amazon-ses.ts.
  'SES JSON: repeated `"emailAddress"`': (size) =>
    plain(
      `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{${fill('"emailAddress":"a@b.example",', size)}`,
    ),
  'SES JSON: repeated `"recipients":[`': (size) =>
    plain(`{"notificationType":"Delivery","delivery":{${fill('"recipients":[', size)}`),
  'SES JSON: unterminated values': (size) =>
    plain(`{"notificationType":"Bounce",${fill('"messageId":"\\\\', size)}`),
  // split-message.ts: header lines without a colon.
  'header lines without a colon': (size) => `${REPORT_HEAD}\n${fill('x\n', size)}`,
  // original-message.ts pickHeaders.
  'returned original: header lines without a colon': (size) =>
    report([
      NOTICE,
      dsn(DSN_RECIPIENT),
      `Content-Type: message/rfc822\n\nMessage-ID: <m1@example.com>\n${fill('x\n', size)}`,
    ]),
  'returned original: a folded To of many lines': (size) =>
    report([
      NOTICE,
      dsn(DSN_RECIPIENT),
      `Content-Type: message/rfc822\n\nMessage-ID: <m1@example.com>\nTo: a@example.com${fill('\n =?utf-8?q?a?=', size)}\n\nbody\n`,
    ]),
  // parse-arf.ts.
  'ARF with thousands of Original-Rcpt-To': (size) => {
    const lines: string[] = [];
    for (let i = 0, n = 0; n < size; i++) {
      const line = `Original-Rcpt-To: user${i}@example.org`;
      lines.push(line);
      n += line.length + 1;
    }
    return report(
      [
        'Content-Type: text/plain\n\nThis is an abuse report.\n',
        `Content-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: test/1.0\nVersion: 1\n${lines.join('\n')}\n`,
      ],
      '',
    ).replace('report-type=delivery-status', 'report-type=feedback-report');
  },
  'a notice naming 20,000+ addresses': (size) => {
    const lines: string[] = [];
    for (let i = 0, n = 0; n < size; i++) {
      const line = `user${i}@example.org: 550 5.1.1 User unknown`;
      lines.push(line);
      n += line.length + 1;
    }
    return plain(`Delivery to these recipients failed:\n\n${lines.join('\n')}\n`);
  },
  'a DSN naming 20,000+ recipients': (size) => {
    const groups: string[] = [];
    for (let i = 0, n = 0; n < size; i++) {
      const group = `Final-Recipient: rfc822; user${i}@example.org\nAction: failed\nStatus: 5.1.1\n`;
      groups.push(group);
      n += group.length + 1;
    }
    return report([NOTICE, dsn(groups.join('\n'))]);
  },
  // decode.ts decodeWords (postal-mime) on an uncapped Subject.
  'Subject of encoded words': (size) =>
    `From: MAILER-DAEMON@mx.example.net\nTo: sender@example.com\nSubject: ${fill('=?utf-8?q?a=C3=A9?= ', size)}\n\nada@example.org: 550 5.1.1 User unknown\n`,
  'Subject of one unterminated encoded word': (size) =>
    `From: MAILER-DAEMON@mx.example.net\nTo: sender@example.com\nSubject: =?utf-8?q?${fill('=?', size)}\n\nada@example.org: 550 5.1.1 User unknown\n`,
  // Found beyond the list.
  'a header folded over many lines': (size) =>
    `${REPORT_HEAD}\nX-Long:${fill('\n a', size)}\nContent-Type: text/plain\n\nada@example.org: 550 5.1.1 User unknown\n`,
  'Diagnostic-Code of a megabyte': (size) =>
    report([
      NOTICE,
      dsn(
        `Final-Recipient: rfc822; ada@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550${fill(' after', size)}\n`,
      ),
    ]),
  'notice of one address, then a megabyte of lines': (size) =>
    plain(`ada@example.org\n${fill('550 5.1.1 no such user here\n', size)}`),
  'lines of dashes and markers': (size) =>
    plain(`ada@example.org: 550 5.1.1 User unknown\n${fill('------ original message\n-', size)}`),
  'forwarded report: From lines of a megabyte': (size) =>
    report(
      [
        'Content-Type: text/plain\n\nSee attached.\n',
        `Content-Type: message/rfc822\n\nFrom: ${fill('a', size)}\nSubject: x\n\nbody\n`,
      ],
      '',
    ),
  'multipart without its boundary: `--` lines': (size) =>
    `${REPORT_HEAD}\nContent-Type: multipart/mixed; boundary="zzz"\n\n${fill('--aaaaaaaaaa        \n', size)}`,
  'body of spaces and newlines': (size) => plain(fill(' \n\n \t', size)),
  'an unclosed `<` before an address on each line': (size) =>
    plain(fill('<a <b@c <d@e.example f\n', size)),
};
