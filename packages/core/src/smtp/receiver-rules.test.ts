import { describe, expect, it } from 'vitest';
import type { Reason } from '../reasons/reason';
import { classifySmtpReply } from './classify-smtp-reply';
import { receiverRules } from './receiver-rules';

// Replies written after each receiver's documented codes and wording: the general rules
// alone would answer most of them otherwise.
const receiverCases: ReadonlyArray<readonly [receiver: string, text: string, reason: Reason]> = [
  ['Cox', '550 5.1.0 <x@example.com> sender rejected. AUP#CDRBL', 'sender_blocked'],
  ['Cox', '554 5.7.1 cox.net IP 192.0.2.1 is rejected. AUP#IPBL1010', 'sender_blocked'],
  [
    'Cox',
    '550 5.7.1 Message rejected, see the error codes page for details. AUP#CXSNDR',
    'sender_authentication_failed',
  ],
  ['Cox', '554 5.7.1 Message rejected. AUP#URLBL1001', 'rejected_as_spam'],
  ['Cox', '550 5.7.1 Sending blocked, reference error code AUP#CXMJ', 'security_rejected'],
  [
    'Spectrum',
    '554 5.7.1 impin002.msg.chrl.nc.charter.net cmsmtp IPv6 connections are not processed here. AUP#I-1260',
    'network_error',
  ],
  [
    'Spectrum',
    '554 5.7.1 impin004.msg.chrl.nc.charter.net cmsmtp refused. AUP#In-1020',
    'sender_rejected',
  ],
  ['Spectrum', '554 5.7.1 Message refused. AUP#O-1530', 'message_too_large'],
  ['Spectrum', '421 4.7.0 cmsmtp Try again later. AUP#1310', 'receiver_rate_limited'],
  ['Orange', '552 5.1.1 Boite du destinataire pleine. OFR_417 [417]', 'mailbox_full'],
  [
    'Orange',
    '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]',
    'sender_blocked',
  ],
  ['Orange', '550 5.5.0 Mail rejete. Mail rejected. OFR_506 [506]', 'rejected_as_spam'],
  [
    'La Poste',
    '550 5.5.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN005_510',
    'sender_blocked',
  ],
  ['La Poste', '550 5.7.1 Service unavailable. LPNAAA_101', 'sender_blocked'],
  [
    'Facebook',
    '554 5.7.1 MSG-P2 https://www.facebook.com/postmaster/response_codes#msg',
    'content_rejected',
  ],
  [
    'Facebook',
    '550 5.7.1 POL-P3 https://www.facebook.com/postmaster/response_codes#pol',
    'sender_blocked',
  ],
  [
    'Facebook',
    '451 4.7.1 DNS-T2 https://www.facebook.com/postmaster/response_codes#dns',
    'sender_ptr_missing',
  ],
  [
    'GoDaddy',
    '550 <x@example.org> Invalid SPF record. Inspect your SPF settings, and try again. IB508',
    'sender_authentication_failed',
  ],
  ['GoDaddy', '535 Authentication not allowed on IBSMTP Servers. IB401', 'security_rejected'],
  [
    'GoDaddy',
    '550 example.org From: Domain is invalid. Provide a valid From: IB506',
    'sender_rejected',
  ],
  [
    'Mimecast',
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [Ab1cD2eF.us1]',
    'virus_detected',
  ],
  [
    'Mimecast',
    '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550',
    'sender_rejected',
  ],
  [
    'Tencent',
    '550 Mail content denied. https://service.mail.qq.com/detail/122/171',
    'rejected_as_spam',
  ],
  [
    'Tencent',
    '550 Mailbox unavailable or access denined https://service.mail.qq.com/detail/122/166',
    'receiver_rate_limited',
  ],
  [
    'Yahoo',
    '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/smtp-error-codes',
    'sender_rejected',
  ],
  [
    'Outlook.com',
    "550 SC-001 (BAY004-MC5F36) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
    'sender_bad_reputation',
  ],
  [
    'Microsoft 365',
    '550 5.4.318 Message expired, connection reset (SuspiciousRemoteServerError)',
    'receiver_system_error',
  ],
  ['Microsoft 365', '550 5.7.505 Access denied, banned recipient.', 'mailbox_disabled'],
  [
    'Microsoft 365',
    '450 4.7.325 certificate-host-mismatch: Remote certificate must match the MX host name',
    'tls_failed',
  ],
  [
    'Gmail',
    '550 5.7.24 The SPF record of the sending domain has one or more suspicious entries.',
    'sender_authentication_failed',
  ],
  ['Gmail', '421 4.7.0 IP not in whitelist for RCPT domain, closing connection.', 'sender_blocked'],
  [
    'Google Workspace',
    '550 5.7.0 Mail relay denied [192.0.2.1]. Invalid credentials for relay for one of the domains in: example.org',
    'relay_denied',
  ],
  [
    'Broadcom (MessageLabs)',
    '550 You are trying to use me [server-1.tower-1.messagelabs.com] as a relay, but I have not been configured to let you [192.0.2.1] do this.',
    'relay_denied',
  ],
  [
    'Broadcom (MessageLabs)',
    '501 Connection rejected by policy [7.7] 20805, please visit www.symanteccloud.com/troubleshooting for more details about this error message.',
    'sender_bad_reputation',
  ],
  ['Zoho', '541 5.4.1 Mail rejected by destination domain', 'sender_rejected'],
  ['Zoho', '552 5.1.1 Mailbox delivery restricted by policy error', 'policy_rejected'],
  [
    'i.ua',
    '550 Not in the list of allowed senders of this mailbox. https://mail.i.ua/err/10/',
    'recipient_filtered',
  ],
];

// A code inside a longer token, a host name or an address is not the receiver's code:
// these answer what the rest of the text says.
const lookalikeCases: ReadonlyArray<readonly [text: string, reason: Reason]> = [
  ['550 5.1.1 User unknown (queue id ib5080)', 'recipient_unknown'],
  ['550 5.1.1 <ib508@example.org>: Recipient address rejected: User unknown', 'recipient_unknown'],
  ['550 5.1.1 User unknown, reported by pol-p3.example.net', 'recipient_unknown'],
  ['550 5.1.1 User unknown, see case rcp-p10', 'recipient_unknown'],
  ['550 5.1.1 User unknown at corp-001', 'recipient_unknown'],
  ['550 5.1.1 User unknown (ref AUP#12600)', 'recipient_unknown'],
  ['550 5.1.1 User unknown (cxblue)', 'recipient_unknown'],
  ['550 5.1.1 User unknown (ticket profr_4170)', 'recipient_unknown'],
  ['550 5.1.1 User unknown [tss091]', 'recipient_unknown'],
  ['550 5.1.1 User unknown, see https://mail.example.ua/err/2/', 'recipient_unknown'],
];

describe('receiverRules', () => {
  it.each(receiverCases)('should read %s in %j as %s', (_receiver, text, reason) => {
    expect(classifySmtpReply(text).reason).toBe(reason);
  });

  it.each(lookalikeCases)('should not take a code inside %j for one', (text, reason) => {
    expect(classifySmtpReply(text).reason).toBe(reason);
  });

  it('should keep the receiver code whatever command the reply answered', () => {
    const facebook = '550 5.1.1 RCP-P1 https://www.facebook.com/postmaster/response_codes#rcp';
    for (const command of ['RCPT TO', 'DATA', 'MAIL FROM']) {
      expect(classifySmtpReply(facebook, { command }).reason).toBe('recipient_unknown');
    }
    const mimecast = '554 5.7.1 Rejected by MCSpamSignature.sig-123 - see the Mimecast error codes';
    expect(classifySmtpReply(mimecast, { command: 'RCPT TO' }).reason).toBe('rejected_as_spam');
  });

  it('should give every pattern the words it needs', () => {
    for (const rule of receiverRules) {
      if (rule.pattern === undefined) continue;
      expect(rule.needs?.length, String(rule.pattern)).toBeGreaterThan(0);
      expect(rule.pattern.flags, String(rule.pattern)).not.toContain('g');
    }
  });
});
