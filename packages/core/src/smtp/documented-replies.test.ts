import { describe, expect, it } from 'vitest';
import type { Reason } from '../reasons/reason';
import { classifySmtpReply, type SmtpCommand } from './classify-smtp-reply';

// Replies as the servers document them, read by what they say (RFC 3463, RFC 7505,
// Microsoft's NDR pages, Outlook.com's and T-Online's postmaster pages, Sendmail's,
// Postfix's, Exim's and qmail's own texts). Each one was misread before its rule was made
// general.
const documented: ReadonlyArray<
  readonly [source: string, text: string, reason: Reason, command?: SmtpCommand]
> = [
  [
    'Exchange Online 5.7.511',
    '550 5.7.511 Access denied, banned sender[192.0.2.10]. To request removal from this list please forward this message to delist@microsoft.com.',
    'sender_blocked',
  ],
  [
    'Exchange Online 5.7.512',
    '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
    'not_rfc_compliant',
  ],
  [
    'Exchange Online 5.7.513',
    '550 5.7.513 Service unavailable, Client host [192.0.2.10] blocked by contoso.com using Customer Block list',
    'sender_blocked',
  ],
  ['Exchange Online 5.7.508', '550 5.7.508 Access denied', 'receiver_rate_limited'],
  [
    'Exchange Online Protection deferral 4.7.500 (S77719)',
    '451 4.7.500 Server busy. Please try again later from [192.0.2.10]. (S77719)',
    'receiver_rate_limited',
  ],
  [
    'Exchange Online Protection deferral 4.7.650',
    '451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation.',
    'sender_bad_reputation',
  ],
  [
    'Exchange Online 5.7.124',
    '550 5.7.124 Sender not in allowed-senders list',
    'recipient_filtered',
  ],
  ['RFC 7505 5.7.27', '550 5.7.27 Sender address has null MX', 'sender_rejected', 'MAIL'],
  ['RFC 7505 5.1.10', '556 5.1.10 Recipient address has null MX', 'domain_not_accepting_mail'],
  [
    'Outlook.com RP-001',
    "421 RP-001 (BN1NAM02FT012) Unfortunately, some messages from 192.0.2.10 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.",
    'receiver_rate_limited',
  ],
  [
    'Postfix reject_rbl_client with a list called "Reputation"',
    '554 Service unavailable; Client host [192.0.2.10] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.10',
    'sender_blocked',
    'RCPT',
  ],
  [
    'T-Online (BL)',
    '554 IP=192.0.2.10 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    'sender_blocked',
  ],
  [
    'T-Online (NOWL)',
    '554 IP=192.0.2.10 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)',
    'sender_bad_reputation',
  ],
  [
    'Sendmail proto.m4',
    '550 5.7.1 <ann@example.org>... Relaying denied. IP name lookup failed [192.0.2.10]',
    'relay_denied',
    'RCPT',
  ],
  [
    'Sendmail access map, no relaying',
    '450 4.7.1 Access denied. IP name lookup failed [192.0.2.10]',
    'sender_ptr_missing',
  ],
  ['Exim', 'message has lines too long for transport', 'not_rfc_compliant'],
  [
    'qmail-send give-up',
    "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.",
    'delivery_expired',
  ],
  [
    'Exim delay warning with the receiver reply',
    'Delay reason: SMTP error from remote mail server after end of data: 451-4.3.0 Mail server temporarily rejected message.',
    'receiver_system_error',
  ],
  [
    'Exim delay warning without a reply',
    'Delay reason: retry time not reached',
    'delivery_expired',
  ],
  ['RFC 3463 X.7.1 at MAIL', '550 5.7.1 Access denied', 'sender_rejected', 'MAIL'],
  ['RFC 3463 X.7.1 at the greeting', '554 Access denied', 'sender_blocked', 'CONNECT'],
  ['RFC 3463 X.7.1 at RCPT', '550 5.7.1 Access denied', 'security_rejected', 'RCPT'],
  [
    'open relay lists',
    '501 <ann@example.org>... no access from mail server [192.0.2.55] which is an open relay.',
    'sender_blocked',
  ],
];

describe('classifySmtpReply reads documented replies by what they say', () => {
  for (const [source, text, reason, command] of documented) {
    it(source, () => {
      const options = command ? { command, fromReport: true } : { fromReport: true };
      expect(classifySmtpReply(text, options).reason).toBe(reason);
    });
  }
});
