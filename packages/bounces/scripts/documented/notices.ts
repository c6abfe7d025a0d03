import { originalHeaders, SENDER } from './envelopes';

/**
 * Reports that are not bounces, and mail that is no report at all, in the formats their
 * senders document: ARF complaints (RFC 5965, as Yahoo, AOL, Outlook.com's JMRP and
 * Comcast send them), auto-replies (RFC 3834, Sieve vacation RFC 5230, Exchange and
 * Gmail out-of-office), challenge-response notices, delivery reports and ordinary mail.
 */
export interface Notice {
  readonly id: string;
  readonly source: string;
  readonly raw: string;
  /** `complaint`, `auto_reply`, `delivered` or `not_a_report`. */
  readonly kind: string;
  /** The address the report is about, or null when it names none. */
  readonly address: string | null;
}

const DATE = 'Tue, 03 Feb 2026 08:00:00 +0000';

function arf(n: number, from: string, agent: string, rcpt: string | null, fallbackTo: string) {
  const b = `=_arf_${n}`;
  return [
    `From: ${from}`,
    'To: fbl@sender.example',
    'Subject: FW: February newsletter',
    `Date: ${DATE}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=feedback-report; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is an email abuse report for an email message received from IP 192.0.2.10.',
    '',
    `--${b}`,
    'Content-Type: message/feedback-report',
    '',
    'Feedback-Type: abuse',
    `User-Agent: ${agent}`,
    'Version: 1',
    'Source-IP: 192.0.2.10',
    ...(rcpt ? [`Original-Rcpt-To: ${rcpt}`] : []),
    `Arrival-Date: ${DATE}`,
    'Reported-Domain: sender.example',
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    '',
    originalHeaders(fallbackTo, 9000 + n),
    '',
    'Hello, this is the February newsletter.',
    '',
    `--${b}--`,
    '',
  ].join('\n');
}

function autoReply(
  from: string,
  subject: string,
  headers: readonly string[],
  body: string,
): string {
  return [
    `From: ${from}`,
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    `Date: ${DATE}`,
    ...headers,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n');
}

function plain(from: string, subject: string, body: string, extra: readonly string[] = []) {
  return [
    `From: ${from}`,
    `To: ${SENDER}`,
    `Subject: ${subject}`,
    `Date: ${DATE}`,
    `Message-ID: <plain-${subject.length}@mail.example>`,
    ...extra,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\n');
}

/** Spam that carries a message/delivery-status part inside an ordinary multipart/mixed. */
function spamWithDsnPart(n: number): string {
  const b = `=_spam_${n}`;
  return [
    'From: "Billing Dept" <billing@invoices-now.example>',
    `To: ${SENDER}`,
    'Subject: Your invoice is overdue - action required',
    `Date: ${DATE}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Dear customer, your payment failed. Open the attached notice to avoid suspension.',
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.invoices-now.example',
    '',
    `Final-Recipient: rfc822; ${SENDER}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
    '',
    `--${b}--`,
    '',
  ].join('\n');
}

export const notices: readonly Notice[] = [
  // --- ARF complaints ---
  {
    id: 'arf-yahoo',
    source: 'RFC 5965; https://senders.yahooinc.com/complaint-feedback-loop/',
    raw: arf(
      1,
      'Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>',
      'Yahoo!-Mail-Feedback/2.0',
      'ann@yahoo.com',
      'ann@yahoo.com',
    ),
    kind: 'complaint',
    address: 'ann@yahoo.com',
  },
  {
    id: 'arf-aol',
    source: 'RFC 5965; AOL feedback loop (Yahoo CFL since 2017)',
    raw: arf(2, 'AOL Feedback Loop <scomp@aol.net>', 'AOL SComp', 'bert@aol.com', 'bert@aol.com'),
    kind: 'complaint',
    address: 'bert@aol.com',
  },
  {
    id: 'arf-outlook-jmrp',
    source: 'RFC 5965; https://sendersupport.olc.protection.outlook.com/snds/JMRP.htm',
    raw: arf(3, 'staff@hotmail.com', 'Microsoft JMRP', 'cleo@outlook.com', 'cleo@outlook.com'),
    kind: 'complaint',
    address: 'cleo@outlook.com',
  },
  {
    id: 'arf-redacted',
    source:
      'RFC 6590 (redacted feedback): no Original-Rcpt-To, the original To names the recipient',
    raw: arf(
      4,
      'Comcast Feedback Loop <feedbackloop@comcastfbl.example>',
      'Comcast FBL',
      null,
      'dora@comcast.net',
    ),
    kind: 'complaint',
    address: 'dora@comcast.net',
  },
  {
    id: 'arf-fastmail',
    source: 'RFC 5965',
    raw: arf(
      5,
      'Abuse <abuse@fastmail.example>',
      'Fastmail ARF',
      'emil@fastmail.com',
      'emil@fastmail.com',
    ),
    kind: 'complaint',
    address: 'emil@fastmail.com',
  },
  // --- Auto-replies ---
  {
    id: 'oof-exchange',
    source:
      'Exchange automatic replies: Auto-Submitted auto-generated, X-Auto-Response-Suppress, "Automatic reply:" subject',
    raw: autoReply(
      'Fiona Berg <fiona@contoso.example>',
      'Automatic reply: February newsletter',
      [
        'Auto-Submitted: auto-generated',
        'X-Auto-Response-Suppress: All',
        'X-MS-Exchange-Inbox-Rules-Loop: fiona@contoso.example',
      ],
      'I am out of the office until 10 February with limited access to e-mail.',
    ),
    kind: 'auto_reply',
    address: 'fiona@contoso.example',
  },
  {
    id: 'oof-gmail',
    source: 'Gmail vacation responder: Auto-Submitted: auto-replied (RFC 3834)',
    raw: autoReply(
      'Gus Olsen <gus@gmail.com>',
      'Away until Monday',
      ['Auto-Submitted: auto-replied'],
      'Thanks for your message. I am travelling and will reply next week.',
    ),
    kind: 'auto_reply',
    address: 'gus@gmail.com',
  },
  {
    id: 'oof-sieve',
    source:
      'RFC 5230 Sieve vacation (Dovecot Pigeonhole): "Auto:" subject, Auto-Submitted: auto-replied (vacation)',
    raw: autoReply(
      'hana@dovecot.example',
      'Auto: February newsletter',
      ['Auto-Submitted: auto-replied (vacation)', 'Precedence: bulk'],
      'Ich bin bis zum 12. Februar nicht im Büro.',
    ),
    kind: 'auto_reply',
    address: 'hana@dovecot.example',
  },
  {
    id: 'oof-zimbra',
    source: 'Zimbra out-of-office: Auto-Submitted: auto-replied (zimbra; vacation)',
    raw: autoReply(
      'ivo@zimbra.example',
      'Out of office',
      ['Auto-Submitted: auto-replied (zimbra; vacation)'],
      'Ik ben afwezig tot 9 februari.',
    ),
    kind: 'auto_reply',
    address: 'ivo@zimbra.example',
  },
  {
    id: 'oof-subject-only',
    source: 'RFC 3834 §3.1.7 (responders that set no header; the subject says so)',
    raw: autoReply(
      'jan@telia.com',
      'Frånvaro: February newsletter',
      [],
      'Jag är på semester till den 15 februari.',
    ),
    kind: 'auto_reply',
    address: 'jan@telia.com',
  },
  // --- Challenge-response ---
  {
    id: 'challenge-boxbe',
    source: 'Boxbe guest-list notice',
    raw: autoReply(
      'Boxbe <notify@boxbe.com>',
      'Request to join my Guest List',
      [],
      'Hello,\n\nYour message to kim@boxbe-user.example was waitlisted. Please add yourself to my Guest List so your messages will be delivered to my Inbox.',
    ),
    kind: 'auto_reply',
    address: 'notify@boxbe.com',
  },
  {
    id: 'challenge-tmda',
    source: 'TMDA confirmation request (tmda.net, templates/confirm_request.txt)',
    raw: autoReply(
      'lena-confirm+1770105600.123.abcdef@tmda.example',
      'Please confirm your message (February newsletter)',
      [],
      'This message was created automatically by mail delivery software (TMDA).\n\nYour message attached below is being held because the address\n<news@sender.example> has not been verified.\n\nTo release your message for delivery, please send an empty message\nto the following address, or use your mailer\'s "Reply" feature.\n\n   lena-confirm+1770105600.123.abcdef@tmda.example',
    ),
    kind: 'auto_reply',
    address: 'lena-confirm+1770105600.123.abcdef@tmda.example',
  },
  {
    id: 'challenge-spamarrest',
    source: 'Spam Arrest verification request',
    raw: autoReply(
      'mo@spamarrest-user.example',
      'Re: February newsletter [Verification Required]',
      [],
      'I use Spam Arrest to protect my inbox. Please click the link below to verify that you are a person and your message will be delivered.\n\nhttps://www.spamarrest.com/verify?id=abc',
    ),
    kind: 'auto_reply',
    address: 'mo@spamarrest-user.example',
  },
  // --- Delivery reports ---
  {
    id: 'dsn-delivered',
    source: 'RFC 3464 Action: delivered (NOTIFY=SUCCESS)',
    raw: [
      'From: Mail Delivery System <MAILER-DAEMON@out.sender.example>',
      `To: ${SENDER}`,
      'Subject: Successful Mail Delivery Report',
      `Date: ${DATE}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="=_ok"',
      '',
      '--=_ok',
      'Content-Type: text/plain',
      '',
      'Your message was successfully delivered to the destination(s) listed below.',
      '',
      '<nina@example.org>: delivery via mx.example.org[198.51.100.25]:25: 250 2.0.0 Ok: queued as 4XyZ',
      '',
      '--=_ok',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; out.sender.example',
      '',
      'Final-Recipient: rfc822; nina@example.org',
      'Action: delivered',
      'Status: 2.0.0',
      'Remote-MTA: dns; mx.example.org',
      'Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4XyZ',
      '',
      '--=_ok--',
      '',
    ].join('\n'),
    kind: 'delivered',
    address: 'nina@example.org',
  },
  // --- Not reports at all ---
  {
    id: 'plain-colleague',
    source: 'ordinary mail that talks about a bounce',
    raw: plain(
      'Olle Ek <olle@partner.example>',
      'Re: February newsletter',
      'Hi,\n\nwhen I forwarded your newsletter to piet@example.org I got "550 5.1.1 User unknown" back.\nCould you check the address on your side?\n\nOlle',
    ),
    kind: 'not_a_report',
    address: null,
  },
  {
    id: 'plain-newsletter',
    source: 'ordinary mail',
    raw: plain(
      'Shop <offers@shop.example>',
      'Winter sale',
      'Our winter sale starts today. Unsubscribe: mailto:unsubscribe@shop.example',
      ['List-Unsubscribe: <mailto:unsubscribe@shop.example>'],
    ),
    kind: 'not_a_report',
    address: null,
  },
  {
    id: 'spam-dsn-part',
    source: 'spam carrying a DSN-looking part outside multipart/report (RFC 6522 §3)',
    raw: spamWithDsnPart(1),
    kind: 'not_a_report',
    address: null,
  },
  {
    id: 'plain-mailer-daemon-words',
    source: 'ordinary mail whose subject mimics a bounce',
    raw: plain(
      'Quinn <quinn@friend.example>',
      'Undelivered Mail Returned to Sender?',
      'Did my last mail to you bounce? I saw "mailbox full" somewhere. Write back to quinn@friend.example.',
    ),
    kind: 'not_a_report',
    address: null,
  },
  {
    id: 'mdn-read-receipt',
    source: 'RFC 8098 message disposition notification (a read receipt, not a bounce)',
    raw: [
      'From: Rita <rita@example.org>',
      `To: ${SENDER}`,
      'Subject: Read: February newsletter',
      `Date: ${DATE}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn"',
      '',
      '--=_mdn',
      'Content-Type: text/plain',
      '',
      "Your message was displayed on the recipient's computer.",
      '',
      '--=_mdn',
      'Content-Type: message/disposition-notification',
      '',
      'Reporting-UA: rita-pc; Thunderbird',
      'Final-Recipient: rfc822; rita@example.org',
      'Original-Message-ID: <doc-1@sender.example>',
      'Disposition: manual-action/MDN-sent-manually; displayed',
      '',
      '--=_mdn--',
      '',
    ].join('\n'),
    kind: 'not_a_report',
    address: null,
  },
];
