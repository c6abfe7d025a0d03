/**
 * The report formats of the documented development set: how each mail system writes a
 * non-delivery report around the receiving server's reply. Every builder follows the
 * format its software documents or ships as its default template; the source is named
 * above each one. The receiver's words (the reply) come from cases.ts.
 */

/** SMTP phase the receiver refused in, or `local` for a failure of final delivery. */
export type Phase = 'CONNECT' | 'EHLO' | 'MAIL' | 'RCPT' | 'DATA' | 'local';

/** One failed (or delayed) recipient of a report. */
export interface Failure {
  readonly rcpt: string;
  /** The receiving server's reply, or the reporting MTA's own words for a local failure. */
  readonly reply: string;
  /** RFC 3463 status the reporting MTA writes in the DSN. */
  readonly status: string;
  readonly phase: Phase;
  /** Host name of the receiving MX (for the "host … said" lines). */
  readonly mx: string;
  readonly delayed?: boolean;
}

export interface Envelope {
  readonly name: string;
  /** Where the format is documented. */
  readonly source: string;
  build(failures: readonly Failure[], n: number): string;
  /**
   * The mail system writes a delay warning for a recipient it still retries (`delayed`
   * failures); the others (qmail) only report when they give up, so theirs is a failure.
   */
  readonly warnsOfDelays?: boolean;
}

export const SENDER = 'news@sender.example';
const SENDER_IP = '192.0.2.10';
const MX_IP = '198.51.100.25';
const DATE = 'Mon, 02 Feb 2026 10:15:00 +0000';

/** The headers of the message that bounced, as reports attach them. */
export function originalHeaders(to: string, n: number): string {
  return [
    `Return-Path: <${SENDER}>`,
    `Received: from app.sender.example (app.sender.example [${SENDER_IP}]) by out.sender.example; ${DATE}`,
    `From: Sender News <${SENDER}>`,
    `To: ${to}`,
    'Subject: February newsletter',
    `Message-ID: <doc-${n}@sender.example>`,
    `Date: ${DATE}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
  ].join('\n');
}

const boundary = (n: number) => `=_report_${n}`;

/** An RFC 6522 multipart/report around a notice, a DSN part and the original's headers. */
function multipartReport(
  head: readonly string[],
  notice: string,
  dsn: string,
  failures: readonly Failure[],
  n: number,
): string {
  const b = boundary(n);
  return [
    ...head,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    notice,
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    dsn,
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    originalHeaders(failures.map((f) => f.rcpt).join(', '), n),
    '',
    `--${b}--`,
    '',
  ].join('\n');
}

/** RFC 3464 fields: the per-message group, then one group per recipient. */
function dsnFields(reportingMta: string, failures: readonly Failure[], type = 'smtp'): string {
  const groups = failures.map((f) =>
    [
      `Final-Recipient: rfc822; ${f.rcpt}`,
      `Original-Recipient: rfc822; ${f.rcpt}`,
      `Action: ${f.delayed ? 'delayed' : 'failed'}`,
      `Status: ${f.status}`,
      ...(f.phase === 'local' ? [] : [`Remote-MTA: dns; ${f.mx}`]),
      `Diagnostic-Code: ${f.phase === 'local' ? 'x-unix' : type}; ${f.reply.replace(/\n/g, '\n    ')}`,
    ].join('\n'),
  );
  return [
    `Reporting-MTA: dns; ${reportingMta}`,
    `Arrival-Date: ${DATE}`,
    '',
    groups.join('\n\n'),
  ].join('\n');
}

const postfixCommand: Record<Phase, string> = {
  CONNECT: '',
  EHLO: 'EHLO',
  MAIL: 'MAIL FROM',
  RCPT: 'RCPT TO',
  DATA: 'end of DATA',
  local: '',
};

/**
 * Postfix bounce(8) with its default template (bounce.cf.default, postconf -b): "This is
 * the mail system at host …", then one "<rcpt>: host mx[ip] said: … (in reply to RCPT TO
 * command)" paragraph per recipient, "refused to talk to me" at the greeting.
 */
export const postfix: Envelope = {
  name: 'postfix',
  warnsOfDelays: true,
  source: 'https://www.postfix.org/bounce.5.html and smtp(8) status texts',
  build(failures, n) {
    const delayed = failures.every((f) => f.delayed);
    const lines = failures.map((given) => {
      // Postfix joins the lines of a multi-line reply with spaces.
      const f = { ...given, reply: given.reply.replace(/\n/g, ' ') };
      if (f.phase === 'local') return `<${f.rcpt}>: ${f.reply}`;
      if (f.phase === 'CONNECT')
        return `<${f.rcpt}>: host ${f.mx}[${MX_IP}] refused to talk to me: ${f.reply}`;
      return `<${f.rcpt}>: host ${f.mx}[${MX_IP}] said: ${f.reply} (in reply to ${postfixCommand[f.phase]} command)`;
    });
    const notice = delayed
      ? [
          'This is the mail system at host out.sender.example.',
          '',
          '####################################################################',
          '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
          '####################################################################',
          '',
          'Your message could not be delivered for more than 4 hour(s).',
          'It will be retried until it is 5 day(s) old.',
          '',
          'For further assistance, please send mail to postmaster.',
          '',
          '                   The mail system',
          '',
          ...lines,
        ].join('\n')
      : [
          'This is the mail system at host out.sender.example.',
          '',
          "I'm sorry to have to inform you that your message could not",
          "be delivered to one or more recipients. It's attached below.",
          '',
          'For further assistance, please send mail to postmaster.',
          '',
          'If you do so, please include this problem report. You can',
          'delete your own text from the attached returned message.',
          '',
          '                   The mail system',
          '',
          lines.join('\n\n'),
        ].join('\n');
    return multipartReport(
      [
        `From: MAILER-DAEMON@out.sender.example (Mail Delivery System)`,
        `To: ${SENDER}`,
        `Subject: ${delayed ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
        `Date: ${DATE}`,
        `Message-Id: <bounce-${n}@out.sender.example>`,
        'Auto-Submitted: auto-replied',
      ],
      notice,
      dsnFields('out.sender.example', failures),
      failures,
      n,
    );
  },
};

const eximCommand: Record<Phase, (rcpt: string) => string> = {
  CONNECT: () => 'initial connection',
  EHLO: () => 'EHLO out.sender.example',
  MAIL: () => `MAIL FROM:<${SENDER}> SIZE=2048`,
  RCPT: (rcpt) => `RCPT TO:<${rcpt}>`,
  DATA: () => 'end of data',
  local: () => '',
};

/**
 * Exim 4's default bounce and delay-warning texts (Exim specification, chapter 48
 * "Customizing bounce and warning messages", and the built-in texts of deliver.c): a
 * plain-text notice with X-Failed-Recipients, each address indented, the error two
 * spaces further, "SMTP error from remote mail server after RCPT TO:<…>:".
 */
export const exim: Envelope = {
  name: 'exim',
  warnsOfDelays: true,
  source:
    'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-customizing_bounce_and_warning_messages.html',
  build(failures, n) {
    const delayed = failures.every((f) => f.delayed);
    const blocks = failures.map((f) => {
      if (f.phase === 'local') return `  ${f.rcpt}\n    ${f.reply}`;
      const reply = f.reply.replace(/\n/g, '\n    ');
      const prefix = delayed ? 'Delay reason: ' : '';
      return `  ${f.rcpt}\n    host ${f.mx} [${MX_IP}]\n    ${prefix}SMTP error from remote mail server after ${eximCommand[f.phase](f.rcpt)}:\n    ${reply}`;
    });
    const head = [
      'Return-path: <>',
      'From: Mail Delivery System <Mailer-Daemon@out.sender.example>',
      `To: ${SENDER}`,
      `Subject: ${delayed ? 'Warning: message 1vXyZa-000123-Ab delayed 24 hours' : 'Mail delivery failed: returning message to sender'}`,
      `Date: ${DATE}`,
      `Message-Id: <E1vXyZb-000124-Cd@out.sender.example>`,
      'Auto-Submitted: auto-replied',
      ...(delayed ? [] : [`X-Failed-Recipients: ${failures.map((f) => f.rcpt).join(', ')}`]),
      'Content-Type: text/plain; charset=us-ascii',
      '',
    ];
    const body = delayed
      ? [
          'This message was created automatically by mail delivery software.',
          'A message that you sent has not yet been delivered to one or more of its',
          'recipients after more than 24 hours on the queue on out.sender.example.',
          '',
          'The message identifier is:     1vXyZa-000123-Ab',
          `The date of the message is:    ${DATE}`,
          'The subject of the message is: February newsletter',
          '',
          'The address to which the message has not yet been delivered is:',
          '',
          blocks.join('\n\n'),
          '',
          'No action is required on your part. Delivery attempts will continue for',
          'some time, and this warning may be repeated at intervals if the message',
          'remains undelivered. Eventually the mail delivery software will give up,',
          'and when that happens, the message will be returned to you.',
        ]
      : [
          'This message was created automatically by mail delivery software.',
          '',
          'A message that you sent could not be delivered to one or more of its',
          'recipients. This is a permanent error. The following address(es) failed:',
          '',
          blocks.join('\n\n'),
          '',
          '------ This is a copy of the message, including all the headers. ------',
          '',
          originalHeaders(failures.map((f) => f.rcpt).join(', '), n),
          '',
          'Hello, this is the February newsletter.',
        ];
    return [...head, ...body, ''].join('\n');
  },
};

const sendmailSent: Record<Phase, (rcpt: string) => string[]> = {
  CONNECT: () => [],
  EHLO: () => ['>>> EHLO out.sender.example'],
  MAIL: () => [`>>> MAIL From:<${SENDER}> SIZE=2048`],
  RCPT: (rcpt) => [
    `>>> MAIL From:<${SENDER}> SIZE=2048`,
    '<<< 250 2.1.0 Ok',
    `>>> RCPT To:<${rcpt}>`,
  ],
  DATA: (rcpt) => [
    `>>> MAIL From:<${SENDER}> SIZE=2048`,
    '<<< 250 2.1.0 Ok',
    `>>> RCPT To:<${rcpt}>`,
    '<<< 250 2.1.5 Ok',
    '>>> DATA',
    '<<< 354 Enter mail, end with "." on a line by itself',
    '>>> .',
  ],
  local: () => [],
};

/**
 * Sendmail 8's DSN (the "Returned mail: see transcript for details" notice of
 * savemail.c): the list of addresses with "(reason: …)", the transcript with ">>>"
 * commands and "<<<" replies, and a message/delivery-status part.
 */
export const sendmail: Envelope = {
  name: 'sendmail',
  warnsOfDelays: true,
  source: 'https://www.sendmail.org/~ca/email/doc8.12/op-sh-4.html and sendmail/savemail.c',
  build(failures, n) {
    const delayed = failures.every((f) => f.delayed);
    const firstLine = (s: string) => s.split('\n').pop() ?? s;
    const list = failures.map((f) => `<${f.rcpt}>\n    (reason: ${firstLine(f.reply)})`).join('\n');
    const transcript = failures
      .map((f) =>
        f.phase === 'local'
          ? `<${f.rcpt}>... ${f.reply}`
          : [
              `... while talking to ${f.mx}.:`,
              ...sendmailSent[f.phase](f.rcpt),
              ...f.reply.split('\n').map((l) => `<<< ${l}`),
              sendmailEcho(f, firstLine(f.reply)),
            ].join('\n'),
      )
      .join('\n');
    const notice = [
      `The original message was received at ${DATE}`,
      `from app.sender.example [${SENDER_IP}]`,
      '',
      delayed
        ? '   ----- The following addresses had transient non-fatal errors -----'
        : '   ----- The following addresses had permanent fatal errors -----',
      list,
      '',
      '   ----- Transcript of session follows -----',
      transcript,
    ].join('\n');
    return multipartReport(
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@out.sender.example>',
        `To: <${SENDER}>`,
        `Subject: ${delayed ? 'Warning: could not send message for past 4 hours' : 'Returned mail: see transcript for details'}`,
        `Date: ${DATE}`,
        'Auto-Submitted: auto-generated (failure)',
      ],
      notice,
      dsnFields('out.sender.example', failures),
      failures,
      n,
    );
  },
};

/** Sendmail's own line after the remote reply: "550 5.1.1 <rcpt>... User unknown". */
function sendmailEcho(f: Failure, reply: string): string {
  if (f.status.startsWith('4')) return `<${f.rcpt}>... Deferred: ${reply}`;
  const code = /^\d{3}/.exec(reply)?.[0] ?? '550';
  const text = reply.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/, '');
  return `${code} ${f.status} <${f.rcpt}>... ${text}`;
}

/**
 * qmail-send's bounce (qmail-send.c and qmail-remote.c texts): "Hi. This is the
 * qmail-send program at …", each address in angle brackets with a colon, qmail-remote's
 * "does not like recipient. / Remote host said: …", then the original below a line.
 */
export const qmail: Envelope = {
  name: 'qmail',
  source: 'https://cr.yp.to/qmail.html (qmail-send(8), qmail-remote(8) texts)',
  build(failures, n) {
    const remote: Record<Phase, (ip: string) => string> = {
      CONNECT: (ip) => `Connected to ${ip} but greeting failed.`,
      EHLO: (ip) => `Connected to ${ip} but my name was rejected.`,
      MAIL: (ip) => `Connected to ${ip} but sender was rejected.`,
      RCPT: (ip) => `${ip} does not like recipient.`,
      DATA: (ip) => `${ip} failed after I sent the message.`,
      local: () => '',
    };
    const blocks = failures.map((f) =>
      f.phase === 'local'
        ? `<${f.rcpt}>:\n${f.reply}`
        : `<${f.rcpt}>:\n${remote[f.phase](MX_IP)}\nRemote host said: ${f.reply}\nGiving up on ${MX_IP}.`,
    );
    return [
      'Return-Path: <>',
      'From: MAILER-DAEMON@out.sender.example',
      `To: ${SENDER}`,
      'Subject: failure notice',
      `Date: ${DATE}`,
      '',
      'Hi. This is the qmail-send program at out.sender.example.',
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      '',
      blocks.join('\n\n'),
      '',
      '--- Below this line is a copy of the message.',
      '',
      originalHeaders(failures.map((f) => f.rcpt).join(', '), n),
      '',
      'Hello, this is the February newsletter.',
      '',
    ].join('\n');
  },
};

/**
 * Exchange Server 2016/2019 and Exchange Online NDRs ("Delivery has failed to these
 * recipients or groups", "Remote Server returned '…'", and the DSN part whose
 * Diagnostic-Code holds the enhanced code and the RESOLVER/SMTPSEND component text).
 */
export const exchange: Envelope = {
  name: 'exchange',
  warnsOfDelays: true,
  source:
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  build(failures, n) {
    const delayed = failures.every((f) => f.delayed);
    const notice = [
      delayed
        ? 'Delivery is delayed to these recipients or groups:'
        : "Your message to the following recipients couldn't be delivered:",
      '',
      ...failures.map((f) => f.rcpt),
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
      '',
      ...failures.flatMap((f) => [
        f.rcpt,
        `Remote Server returned '${f.reply.replace(/\n/g, ' ')}'`,
        '',
      ]),
      'Original message headers:',
      '',
      originalHeaders(failures.map((f) => f.rcpt).join(', '), n),
    ].join('\n');
    return multipartReport(
      [
        'From: Microsoft Outlook <postmaster@sender.onmicrosoft.com>',
        `To: <${SENDER}>`,
        `Subject: ${delayed ? 'Delivery delayed:' : 'Undeliverable:'} February newsletter`,
        `Date: ${DATE}`,
        'Auto-Submitted: auto-replied',
        'X-MS-Exchange-Message-Is-Ndr:',
      ],
      notice,
      dsnFields('AM0PR01MB1234.eurprd01.prod.outlook.com', failures),
      failures,
      n,
    );
  },
};

/**
 * Gmail's and Google Workspace's own bounce (mailer-daemon@googlemail.com): a headline
 * ("Address not found", "Message blocked", "Delivery incomplete"), "The response from
 * the remote server was:", X-Failed-Recipients and a DSN part.
 */
export const gmail: Envelope = {
  name: 'gmail',
  warnsOfDelays: true,
  source: 'https://support.google.com/mail/answer/7720 (bounce notices) and observed format',
  build(failures, n) {
    const f = failures[0]!;
    const delayed = f.delayed === true;
    const headline = delayed
      ? '** Delivery incomplete **'
      : f.status.startsWith('5.1.')
        ? '** Address not found **'
        : '** Message not delivered **';
    const lead = delayed
      ? `There was a temporary problem delivering your message to ${f.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.`
      : f.status.startsWith('5.1.')
        ? `Your message wasn't delivered to ${f.rcpt} because the address couldn't be found, or is unable to receive mail.`
        : `There was a problem delivering your message to ${f.rcpt}. See the technical details below.`;
    const notice = [
      headline,
      '',
      lead,
      '',
      'The response from the remote server was:',
      f.reply,
    ].join('\n');
    return multipartReport(
      [
        'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        `To: ${SENDER}`,
        ...(delayed ? [] : [`X-Failed-Recipients: ${failures.map((x) => x.rcpt).join(', ')}`]),
        `Subject: Delivery Status Notification (${delayed ? 'Delay' : 'Failure'})`,
        `Date: ${DATE}`,
        'Auto-Submitted: auto-replied',
      ],
      notice,
      dsnFields('googlemail.com', failures),
      failures,
      n,
    );
  },
};

/**
 * Yahoo's own bounce (MAILER-DAEMON@yahoo.com, "Failure Notice"): "Sorry, we were unable
 * to deliver your message to the following address.", the address, "Remote host said:"
 * with the SMTP phase in brackets ("[RCPT_TO]").
 */
export const yahoo: Envelope = {
  name: 'yahoo',
  source:
    'https://senders.yahooinc.com/smtp-error-codes/ and Yahoo Mail help "Understand a bounced message"',
  build(failures, n) {
    const tag: Record<Phase, string> = {
      CONNECT: '[BODY]',
      EHLO: '[BODY]',
      MAIL: '[MAIL_FROM]',
      RCPT: '[RCPT_TO]',
      DATA: '[BODY]',
      local: '',
    };
    return [
      'From: MAILER-DAEMON@yahoo.com',
      `To: ${SENDER}`,
      'Subject: Failure Notice',
      `Date: ${DATE}`,
      '',
      'Sorry, we were unable to deliver your message to the following address.',
      '',
      ...failures.flatMap((f) => [
        `<${f.rcpt}>:`,
        `Remote host said: ${f.reply.replace(/\n/g, ' ')} ${tag[f.phase]}`,
        '',
      ]),
      '--- Below this line is a copy of the message.',
      '',
      originalHeaders(failures.map((f) => f.rcpt).join(', '), n),
      '',
    ].join('\n');
  },
};

/**
 * MDaemon's permanent-failure notice ("The attached message had PERMANENT fatal
 * delivery errors!", the session transcript with the remote reply).
 */
export const mdaemon: Envelope = {
  name: 'mdaemon',
  source: 'https://mdaemon.com/ (MDaemon Help, "DSN Settings" default texts)',
  build(failures, n) {
    const f = failures[0]!;
    return [
      'From: MDaemon@out.sender.example',
      `To: ${SENDER}`,
      'Subject: Permanent Delivery Failure',
      `Date: ${DATE}`,
      'X-MDaemon-Deliver-To: news@sender.example',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'The attached message had PERMANENT fatal delivery errors!',
      '',
      'After one or more unsuccessful delivery attempts the attached message has',
      'been removed from the mail queue on this server.  The number and frequency',
      'of delivery attempts are determined by local configuration parameters.',
      '',
      'YOU DO NOT NEED TO RESEND YOUR MESSAGE.  THIS IS A FINAL NOTICE.',
      '',
      '--- Session Transcript ---',
      ` ${DATE} Session 1234; child 1`,
      ` Attempting SMTP connection to [${f.mx}]`,
      ` Waiting for socket connection...`,
      ` Sending <${SENDER}> to [${MX_IP}:25]`,
      ` Sending <${f.rcpt}> to [${MX_IP}:25]`,
      ...f.reply.split('\n').map((l) => ` <-- ${l}`),
      '--- End Transcript ---',
      '',
      originalHeaders(f.rcpt, n),
      '',
    ].join('\n');
  },
};

/**
 * GroupWise's undeliverable notice ("Message status - undeliverable", "The attached file
 * had the following undeliverable recipient(s):", a "Transfer Status Report").
 */
export const groupwise: Envelope = {
  name: 'groupwise',
  source: 'https://www.novell.com/documentation/groupwise (GWIA status messages)',
  build(failures, n) {
    const f = failures[0]!;
    return [
      `From: Mail Delivery System <postmaster@gw.sender.example>`,
      `To: ${SENDER}`,
      'Subject: Message status - undeliverable',
      `Date: ${DATE}`,
      '',
      '  The message that you sent was undeliverable to the following:',
      `    ${f.rcpt} (${f.reply})`,
      '',
      '  Possible causes:',
      '    The e-mail address was incorrect',
      '',
      `Original message headers:`,
      originalHeaders(f.rcpt, n),
      '',
    ].join('\n');
  },
};

/**
 * Domino's delivery failure report ("Delivery Failure Report", "Your document: … was not
 * delivered to: … because: …").
 */
export const domino: Envelope = {
  name: 'domino',
  source: 'https://help.hcl-software.com/domino (Router delivery failure reports)',
  build(failures, n) {
    const f = failures[0]!;
    return [
      'From: Mail Router <postmaster@notes.sender.example>',
      `To: ${SENDER}`,
      `Subject: DELIVERY FAILURE: ${f.reply.slice(0, 60)}`,
      `Date: ${DATE}`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message',
      '',
      '  Subject: February newsletter',
      '',
      'was not delivered to:',
      '',
      `  ${f.rcpt}`,
      '',
      'because:',
      '',
      `  ${f.reply}`,
      '',
      originalHeaders(f.rcpt, n),
      '',
    ].join('\n');
  },
};

/**
 * Amazon SES's bounce as mailed to the sender (email feedback forwarding): a DSN from
 * MAILER-DAEMON@amazonses.com, "An error occurred while trying to deliver the mail to the
 * following recipients:".
 */
export const ses: Envelope = {
  name: 'amazon-ses',
  source:
    'https://docs.aws.amazon.com/ses/latest/dg/monitor-sending-activity-using-notifications-email.html',
  build(failures, n) {
    return multipartReport(
      [
        'From: MAILER-DAEMON@amazonses.com',
        `To: ${SENDER}`,
        'Subject: Delivery Status Notification (Failure)',
        `Date: ${DATE}`,
      ],
      [
        'An error occurred while trying to deliver the mail to the following recipients:',
        ...failures.map((f) => f.rcpt),
      ].join('\n'),
      dsnFields('a8-12.smtp-out.amazonses.com', failures),
      failures,
      n,
    );
  },
};

export const envelopes = {
  postfix,
  exim,
  sendmail,
  qmail,
  exchange,
  gmail,
  yahoo,
  mdaemon,
  groupwise,
  domino,
  ses,
} as const;

export type EnvelopeName = keyof typeof envelopes;
