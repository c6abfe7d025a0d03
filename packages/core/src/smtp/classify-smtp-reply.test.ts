import { describe, expect, it } from 'vitest';
import type { Reason } from '../reasons/reason';
import { classifySmtpReply } from './classify-smtp-reply';

// Real refusal texts of the big receivers, as documented in research/reasons.md §3 and the
// receivers' help pages, plus the classic texts of Postfix, Exim, Sendmail and qmail.
const deliveryCases: ReadonlyArray<readonly [text: string, reason: Reason, permanent: boolean]> = [
  // Texts a broader word of a later rule would otherwise take.
  ["554 Rejected: duplicate header 'Date' in message", 'not_rfc_compliant', true],
  ['550 Unauthenticated senders not allowed on this host', 'security_rejected', true],
  ['550 Please turn on SMTP authentication in your mail client first', 'security_rejected', true],
  [
    'Cannot deliver to a@example.org. The account or domain may not exist, they may be blacklisted, or missing DNS records',
    'recipient_domain_unknown',
    true,
  ],
  ['550 Your sending address has been blacklisted here', 'sender_rejected', true],
  ['550 5.4.300 Message expired, DNS query failed for example.org', 'network_error', true],
  // qmail's give-up after its queue lifetime: the delivery expired (the catalogue's
  // delivery_expired), whatever the last attempt met.
  [
    "Could not establish a session: I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again",
    'delivery_expired',
    false,
  ],
  ["I wasn't able to establish an SMTP connection. (#4.4.1)", 'network_error', false],
  ['553 mail.example.org does not exist', 'recipient_domain_unknown', true],
  ['Invalid final delivery userid for a@example.org', 'recipient_unknown', true],
  ['Delivery failed 12 attempts to example.org', 'delivery_expired', true],
  ['Your message was not delivered within 3 days', 'delivery_expired', true],
  ['421 Note: message still undelivered after 4 hours', 'delivery_expired', false],
  ['503 5.5.1 Improper sequence of commands', 'smtp_syntax_error', true],
  ['a@example.org: malformed address: <a@example.org> may not follow x', 'smtp_syntax_error', true],
  ['554 5.7.0 Header error in message', 'policy_rejected', true],
  ['550 5.2.1 <a@example.org>... User unknown', 'recipient_filtered', true],
  [
    "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    'recipient_unknown',
    true,
  ],
  [
    '550 5.1.1 <x@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    'recipient_unknown',
    true,
  ],
  [
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    'recipient_unknown',
    true,
  ],
  [
    '550 5.4.1 <x@example.org>: Recipient address rejected: Access denied [DM6PR.prod.protection.outlook.com]',
    'recipient_unknown',
    true,
  ],
  [
    "554 delivery error: dd This user doesn't have a yahoo.com account (x@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
    'recipient_unknown',
    true,
  ],
  ['550 5.1.1 <x@icloud.com>: inactive email address', 'recipient_unknown', true],
  ['Sorry, no mailbox here by that name. (#5.1.1)', 'recipient_unknown', true],
  [
    "DNS Error: DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain name not found: example.invalid",
    'recipient_domain_unknown',
    true,
  ],
  [
    '550 5.1.2 Host unknown (Name server: example.invalid: host not found)',
    'recipient_domain_unknown',
    true,
  ],
  ['550 5.1.6 Recipient mailbox has moved, no forwarding address', 'recipient_moved', true],
  ['551 User not local; please try <x@example.net>', 'recipient_moved', true],
  ['550 5.2.1 The email account that you tried to reach is disabled.', 'mailbox_disabled', true],
  ['550 5.7.13 User account disabled', 'mailbox_disabled', true],
  [
    "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
    'mailbox_full',
    true,
  ],
  ['452 4.2.2 The email account that you tried to reach is over quota.', 'mailbox_full', false],
  ['550 5.2.2 STOREDRV.Deliver: mailbox full.', 'mailbox_full', true],
  ['552 5.2.2 <x@icloud.com>: user is over quota', 'mailbox_full', true],
  ["552 5.3.4 Your message exceeded Google's message size limits.", 'message_too_large', true],
  ['552 Message size exceeds fixed maximum message size', 'message_too_large', true],
  [
    '550 5.7.1 [P4] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.',
    'rejected_as_spam',
    true,
  ],
  ['550 5.7.28 Mail flood detected', 'rejected_as_spam', true],
  [
    '554 5.7.1 The message was rejected because it contains prohibited virus or spam content',
    'virus_detected',
    true,
  ],
  [
    '552 5.7.0 This message was blocked because its content presents a potential security issue. Virus found.',
    'virus_detected',
    true,
  ],
  ['554 5.6.0 Message rejected: duplicate header: Subject', 'not_rfc_compliant', true],
  [
    '550 5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.',
    'not_rfc_compliant',
    true,
  ],
  ['554 5.6.1 Media not supported', 'content_rejected', true],
  [
    '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.verizonmedia.com/error-codes',
    'policy_rejected',
    true,
  ],
  ['554 5.7.1 [HM08] Message rejected due to local policy', 'policy_rejected', true],
  [
    '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    'policy_rejected',
    true,
  ],
  ['550 5.2.4 Mailing list expansion problem', 'recipient_filtered', true],
  ['550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'recipient_filtered', true],
  ['421 4.4.7 Message delivery time expired', 'delivery_expired', false],
  [
    'Delivery to the following recipient has been delayed: retry timeout exceeded',
    'delivery_expired',
    false,
  ],
  [
    '554 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    'suppressed_by_provider',
    true,
  ],
  [
    '550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/',
    'sender_blocked',
    true,
  ],
  [
    "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
    'sender_blocked',
    true,
  ],
  [
    '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1',
    'sender_blocked',
    true,
  ],
  [
    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)",
    'sender_blocked',
    true,
  ],
  [
    '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
    'sender_bad_reputation',
    false,
  ],
  [
    '421 4.7.0 Our system has detected that this message is suspicious due to the very low reputation of the sending IP address.',
    'sender_bad_reputation',
    false,
  ],
  [
    '550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.',
    'sender_ptr_missing',
    true,
  ],
  [
    '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]',
    'sender_ptr_missing',
    false,
  ],
  [
    '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    'sender_authentication_failed',
    true,
  ],
  [
    "550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy.",
    'sender_authentication_failed',
    true,
  ],
  [
    '550 5.7.509 Access denied, sending domain [EXAMPLE.ORG] does not pass DMARC verification and has a DMARC policy of reject.',
    'sender_authentication_failed',
    true,
  ],
  [
    '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.',
    'sender_authentication_failed',
    true,
  ],
  [
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    'sender_authentication_failed',
    true,
  ],
  [
    '553 5.1.8 <x@example.invalid>: Sender address rejected: Domain not found',
    'sender_rejected',
    true,
  ],
  ['550 5.1.7 Invalid sender address', 'sender_rejected', true],
  ['554 5.7.1 <x@example.org>: Relay access denied', 'relay_denied', true],
  ['550 5.7.64 TenantAttribution; Relay Access Denied', 'relay_denied', true],
  ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'relay_denied', true],
  ['550 5.7.10 Encryption needed', 'tls_failed', true],
  ['530 5.7.0 Must issue a STARTTLS command first.', 'tls_failed', true],
  [
    '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.',
    'receiver_rate_limited',
    false,
  ],
  [
    '421 4.7.1 Messages to x@icloud.com deferred due to excessive volume. Try again later',
    'receiver_rate_limited',
    false,
  ],
  [
    '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
    'sender_bad_reputation',
    false,
  ],
  ['452 4.5.3 Your message has too many recipients.', 'receiver_rate_limited', false],
  [
    "550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded",
    'receiver_rate_limited',
    true,
  ],
  ['556 5.1.10 Recipient address has null MX', 'domain_not_accepting_mail', true],
  ['521 5.3.2 example.org does not accept mail', 'domain_not_accepting_mail', true],
  ['451 4.4.6 Mail loop detected, too many hops', 'network_error', false],
  [
    'Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
    'network_error',
    false,
  ],
  ['451 4.3.5 Server configuration error', 'receiver_system_error', false],
  ['421 4.3.2 Service not available, closing transmission channel', 'receiver_system_error', false],
  ['452 4.3.1 Insufficient system storage', 'receiver_system_full', false],
  ['X-Unix; procmail: Couldn\'t create "/var/spool/mail/x"', 'receiver_mailer_error', true],
  ['550 Command died with status 1: "/usr/bin/maildrop -d x"', 'receiver_mailer_error', true],
  ['500 5.5.1 Command unrecognized: "XYZZY"', 'smtp_syntax_error', true],
  ['501 Syntax error in parameters or arguments', 'smtp_syntax_error', true],
  ['550 Requested action not taken', 'delivery_failed', true],
  ['451 Requested action aborted', 'delivery_failed', false],
];

// What the submission server says about our own account (research/reasons.md §3, "Submission-side").
const submissionCases: ReadonlyArray<
  readonly [text: string, command: string | undefined, reason: Reason, permanent: boolean]
> = [
  [
    '535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials',
    'AUTH PLAIN',
    'inbox_auth_failed',
    true,
  ],
  [
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    'AUTH LOGIN',
    'inbox_auth_failed',
    true,
  ],
  ['535 5.7.3 Authentication unsuccessful', undefined, 'inbox_auth_failed', true],
  ['534 5.7.9 Application-specific password required.', 'AUTH PLAIN', 'inbox_auth_failed', true],
  ['530 5.7.57 Client not authenticated to send mail', 'MAIL FROM', 'inbox_auth_failed', true],
  [
    '535 5.7.0 Error: authentication failed: UGFzc3dvcmQ6',
    'auth xoauth2',
    'inbox_auth_failed',
    true,
  ],
  ['550 5.4.5 Daily user sending limit exceeded.', 'DATA', 'provider_rate_limited', true],
  ['550 5.4.5 Daily sending quota exceeded.', undefined, 'provider_rate_limited', true],
  [
    '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message',
    'DATA',
    'provider_rate_limited',
    true,
  ],
  ['5.2.2 Submission quota exceeded', undefined, 'provider_rate_limited', true],
  [
    '432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded',
    'DATA',
    'provider_rate_limited',
    false,
  ],
  ['432 4.3.2 Concurrent connections limit exceeded', 'CONN', 'provider_rate_limited', false],
  [
    '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    'DATA',
    'sender_mailbox_full',
    true,
  ],
  [
    '554 5.2.252 SendAsDenied; x@example.org not allowed to send as y@example.org',
    'DATA',
    'send_as_denied',
    true,
  ],
  [
    '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
    'MAIL FROM',
    'send_as_denied',
    true,
  ],
  [
    '553 5.7.1 <y@example.org>: Sender address rejected: not owned by user x@example.org',
    'MAIL FROM',
    'send_as_denied',
    true,
  ],
  [
    '550 5.7.501 Access denied, spam abuse detected. The sending account has been banned.',
    'MAIL FROM',
    'inbox_suspended',
    true,
  ],
  [
    '553 5.1.7 The sender address <x> is not a valid RFC-5321 address.',
    'MAIL FROM',
    'sender_rejected',
    true,
  ],
  [
    '550 5.1.1 <x@example.org>: Sender address rejected: User unknown in local recipient table',
    'MAIL FROM',
    'sender_rejected',
    true,
  ],
  ['550 Requested action not taken', 'mail from', 'sender_rejected', true],
  ['421 4.7.0 Try again later, closing connection.', 'CONN', 'inbox_connection_failed', false],
  ['421 Service not available', 'EHLO', 'inbox_connection_failed', false],
  ['454 4.7.0 TLS not available due to local problem', 'STARTTLS', 'tls_failed', false],
  // Phase rules: after DATA an accepted recipient turned down is a filter; X.1.x still an address.
  ['550 No such user in this domain', 'DATA', 'recipient_filtered', true],
  ['550 5.1.1 <a@example.org>: user unknown', 'DATA', 'recipient_unknown', true],
  ['550 No such user in this domain', 'RCPT TO', 'recipient_unknown', true],
  ['550 5.2.1 <a@example.org>... user unknown', 'RCPT', 'recipient_unknown', true],
  ['554 Go away', 'CONN', 'sender_blocked', true],
  ['550 Refused', 'EHLO', 'sender_blocked', true],
  ['550 Unauthenticated senders are not allowed here', 'MAIL FROM', 'security_rejected', true],
];

describe('classifySmtpReply', () => {
  it.each(deliveryCases)('should classify %j as %s', (text, reason, permanent) => {
    expect(classifySmtpReply(text)).toMatchObject({ reason, permanent });
  });

  it.each(submissionCases)(
    'should classify %j after %s as %s',
    (text, command, reason, permanent) => {
      expect(
        classifySmtpReply(text, command === undefined ? undefined : { command }),
      ).toMatchObject({
        reason,
        permanent,
      });
    },
  );

  it('should reach every delivery reason of the catalogue', () => {
    const reached = new Set(deliveryCases.map(([, reason]) => reason));
    const delivery: Reason[] = [
      'recipient_unknown',
      'recipient_domain_unknown',
      'recipient_moved',
      'mailbox_disabled',
      'mailbox_full',
      'message_too_large',
      'rejected_as_spam',
      'virus_detected',
      'content_rejected',
      'not_rfc_compliant',
      'policy_rejected',
      'recipient_filtered',
      'delivery_expired',
      'suppressed_by_provider',
      'delivery_failed',
      'sender_blocked',
      'sender_bad_reputation',
      'sender_ptr_missing',
      'sender_authentication_failed',
      'sender_rejected',
      'relay_denied',
      'security_rejected',
      'tls_failed',
      'receiver_rate_limited',
      'domain_not_accepting_mail',
      'network_error',
      'receiver_system_error',
      'receiver_system_full',
      'receiver_mailer_error',
      'smtp_syntax_error',
    ];
    reached.add(classifySmtpReply('550 5.7.4 Security features not supported').reason);
    expect(delivery.filter((reason) => !reached.has(reason))).toEqual([]);
  });

  it('should return the reply code and the enhanced code it found', () => {
    expect(
      classifySmtpReply(
        'smtp; 550-5.7.26 This mail is unauthenticated, which poses a security risk',
      ),
    ).toEqual({
      reason: 'sender_authentication_failed',
      permanent: true,
      replyCode: 550,
      enhancedCode: '5.7.26',
    });
  });

  it('should read a multi-line reply as one sentence', () => {
    const reply = [
      '550-5.7.1 This message is not RFC 5322 compliant. There are multiple',
      '550-5.7.1 From headers. To reduce the amount of spam sent to Gmail, this',
      '550 5.7.1 message has been blocked.',
    ].join('\r\n');
    expect(classifySmtpReply(reply)).toMatchObject({ reason: 'not_rfc_compliant', replyCode: 550 });
  });

  it('should let a receiver phrase beat a generic code', () => {
    expect(classifySmtpReply('550 5.7.1 <x@example.org>: Relay access denied').reason).toBe(
      'relay_denied',
    );
    expect(
      classifySmtpReply('550 5.0.0 <x@example.org>... User unknown', { command: 'RCPT TO' }).reason,
    ).toBe('recipient_unknown');
  });

  // Sisimai's Filtered: without the refused command or a code about the address, "user
  // unknown" may be a filter speaking, and is not enough to suppress the address.
  it.each([
    ['550 5.0.0 <x@example.org>... User unknown', undefined, 'recipient_filtered'],
    ['550 Unknown user x@example.org', undefined, 'recipient_filtered'],
    ['550 Unknown user x@example.org', 'DATA', 'recipient_filtered'],
    ['550 Unknown user x@example.org', 'RCPT', 'recipient_unknown'],
    ['550 5.1.1 Unknown user x@example.org', undefined, 'recipient_unknown'],
    ['550 5.2.1 <x@example.org>... User Unknown', 'RCPT', 'recipient_unknown'],
    ['550 5.2.1 <x@example.org>... User Unknown', undefined, 'recipient_filtered'],
    ['550 5.2.0 <x@example.org>... User Unknown', 'RCPT', 'recipient_filtered'],
    ['The recipient name is not recognized', undefined, 'recipient_unknown'],
    ['mail.local: unknown user: x', undefined, 'recipient_unknown'],
  ] as const)('should read %j after %s as %s', (text, command, reason) => {
    expect(classifySmtpReply(text, command ? { command } : {}).reason).toBe(reason);
  });

  it('should read "access denied" by the command it answered', () => {
    expect(classifySmtpReply('550 5.7.1 Access denied', { command: 'MAIL FROM' }).reason).toBe(
      'sender_rejected',
    );
    expect(
      classifySmtpReply('554 Access denied', { command: 'CONNECT', fromReport: true }).reason,
    ).toBe('sender_blocked');
    // Without a command it names neither the client nor an address: RFC 3463's X.7.1.
    expect(classifySmtpReply('550 5.7.1 Access denied').reason).toBe('security_rejected');
  });

  it('should read a name server failure the sender will retry as a network error', () => {
    const text = "DNS type 'mx' lookup of example.org responded with code NXDOMAIN";
    expect(classifySmtpReply(`451 4.4.0 ${text}`).reason).toBe('network_error');
    expect(classifySmtpReply(`550 5.1.2 ${text}`).reason).toBe('recipient_domain_unknown');
  });

  it('should read a limit exceeded after the end of data as the message being too large', () => {
    expect(classifySmtpReply('500 Line limit exceeded', { command: 'end of DATA' }).reason).toBe(
      'message_too_large',
    );
  });

  it('should tell a domain without mail hosts from one that does not exist', () => {
    expect(
      classifySmtpReply("Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)").reason,
    ).toBe('domain_not_accepting_mail');
    expect(
      classifySmtpReply("Sorry, I couldn't find any host named example.invalid. (#5.1.2)").reason,
    ).toBe('recipient_domain_unknown');
  });

  it("should not take a relay's failed login in a bounce for our own", () => {
    const text = '530 5.7.0 Authentication required';
    expect(classifySmtpReply(text).reason).toBe('inbox_auth_failed');
    expect(classifySmtpReply(text, { fromReport: true }).reason).toBe('security_rejected');
    expect(classifySmtpReply(text, { command: 'AUTH', fromReport: true }).reason).toBe(
      'security_rejected',
    );
  });

  it('should read a throttling or deferral of the session by our own server as the provider', () => {
    const session: Array<[string, string, string]> = [
      ['421 4.7.0 Too many messages, slow down', 'MAIL FROM', 'provider_rate_limited'],
      ['421 4.7.0 Try again later', 'EHLO', 'inbox_connection_failed'],
      ['421 4.3.2 Service not available', 'MAIL FROM', 'inbox_connection_failed'],
      ['450 4.7.1 Greylisted, please try again later', 'MAIL FROM', 'provider_rate_limited'],
      ['451 4.7.1 Please try again later', 'MAIL FROM', 'inbox_connection_failed'],
      ['451 4.3.0 Temporary local problem', 'MAIL FROM', 'inbox_connection_failed'],
    ];
    for (const [text, command, reason] of session) {
      expect([text, classifySmtpReply(text, { command }).reason]).toEqual([text, reason]);
    }
    // A temporary refusal that names the sender's address still names the sender.
    expect(
      classifySmtpReply('451 4.1.8 Domain of sender address does not resolve', {
        command: 'MAIL FROM',
      }).reason,
    ).toBe('sender_rejected');
    // RCPT and DATA are about the recipient and the message; a bounce keeps the receiver's.
    expect(
      classifySmtpReply('450 4.2.0 Greylisted, please try again later', { command: 'RCPT TO' })
        .reason,
    ).not.toMatch(/^provider_|^inbox_/);
    expect(
      classifySmtpReply('421 4.7.0 Too many messages, slow down', {
        command: 'MAIL FROM',
        fromReport: true,
      }).reason,
    ).toBe('receiver_rate_limited');
  });

  it("should not take a receiver's closed connection in a bounce for our own server's", () => {
    const text = '421 mx.example.org Service not available, closing transmission channel';
    expect(classifySmtpReply(text, { command: 'CONN' }).reason).toBe('inbox_connection_failed');
    expect(classifySmtpReply(text, { command: 'CONN', fromReport: true }).reason).toBe(
      'receiver_system_error',
    );
    expect(
      classifySmtpReply('554 5.5.0 mx.example.org ESMTP not accepting connections', {
        command: 'CONN',
        fromReport: true,
      }).reason,
    ).toBe('sender_blocked');
  });

  it('should let a specific code beat a vague word', () => {
    expect(classifySmtpReply('550 5.1.1 Address blocked: does not exist').reason).toBe(
      'recipient_unknown',
    );
    expect(classifySmtpReply('552 5.2.2 Denied').reason).toBe('mailbox_full');
  });

  it('should call spam before DATA a block of the sender', () => {
    expect(
      classifySmtpReply('550 Rejected: known spam source', { command: 'RCPT TO' }).reason,
    ).toBe('sender_blocked');
    expect(classifySmtpReply('550 Rejected: known spam source', { command: 'DATA' }).reason).toBe(
      'rejected_as_spam',
    );
  });

  it('should read the phase of an initial connection from the bounce text', () => {
    expect(
      classifySmtpReply(
        'SMTP error from remote mail server after initial connection: 554 mx.example.org : no thanks',
      ).reason,
    ).toBe('sender_blocked');
  });

  it('should read the command from the bounce text when none is given', () => {
    const exim =
      'SMTP error from remote mail server after MAIL FROM:<x@example.org> SIZE=1234: 550 5.1.1 User unknown';
    expect(classifySmtpReply(exim).reason).toBe('sender_rejected');
    const qmail =
      'Connected to 192.0.2.1 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name';
    expect(classifySmtpReply(qmail).reason).toBe('sender_blocked');
  });

  it('should ignore words inside e-mail addresses', () => {
    expect(
      classifySmtpReply(
        '550 5.1.1 <spam-virus-relay@example.org>: Recipient address rejected: User unknown',
      ).reason,
    ).toBe('recipient_unknown');
  });

  it('should take permanence from the text when there is no code', () => {
    expect(
      classifySmtpReply('The recipient mailbox is full, this is a temporary error').permanent,
    ).toBe(false);
    expect(classifySmtpReply('This is a permanent error: mailbox full').permanent).toBe(true);
    expect(classifySmtpReply('user unknown').permanent).toBe(true);
  });

  it('should answer unknown for empty, successful or meaningless input', () => {
    expect(classifySmtpReply('')).toEqual({ reason: 'unknown', permanent: false });
    expect(classifySmtpReply('lorem ipsum dolor')).toEqual({ reason: 'unknown', permanent: false });
    expect(classifySmtpReply('250 2.0.0 OK queued as 12345')).toMatchObject({
      reason: 'unknown',
      replyCode: 250,
    });
    expect(classifySmtpReply(undefined as unknown as string).reason).toBe('unknown');
  });

  it('should not take an IP address or a version for an enhanced code', () => {
    expect(classifySmtpReply('421 Messages from 4.16.55.1 deferred').enhancedCode).toBeUndefined();
    expect(classifySmtpReply('550 mailer v5.1.0p3 said no').enhancedCode).toBeUndefined();
  });

  it('should classify a huge input by its beginning', () => {
    const huge = `550 5.1.1 User unknown ${'x'.repeat(2_000_000)} mailbox full`;
    expect(classifySmtpReply(huge)).toMatchObject({ reason: 'recipient_unknown', permanent: true });
  });
});
