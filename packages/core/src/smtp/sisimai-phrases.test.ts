import { describe, expect, it } from 'vitest';
import type { Reason } from '../reasons/reason';
import type { SmtpCommand } from './classify-smtp-reply';
import { classifySmtpReply } from './classify-smtp-reply';

// Replies around phrases of Sisimai's lists (go-sisimai reason/why-*.go and the lhost
// modules' tables, BSD-2-Clause) that we did not read as Sisimai does, each with the reason
// Sisimai's reading maps to. The replies are written for these tests; the phrases are the
// receivers'. Read as a bounce report would pass them: `fromReport`, and the command when
// the report names one.
type Case = readonly [text: string, reason: Reason, command?: SmtpCommand];

const cases: Record<string, readonly Case[]> = {
  'an address that does not exist (at RCPT; without a command it is a filter)': [
    ['550 5.0.0 <x@example.org>: Address not present in directory', 'recipient_unknown', 'RCPT'],
    ["550 Sorry, can't accept user <x@example.org>", 'recipient_unknown', 'RCPT'],
    ['550 Requested action not taken: mailbox is unavailable', 'recipient_unknown', 'RCPT'],
    ['550 <x@example.org>: mailbox invalid', 'recipient_unknown', 'RCPT'],
    ['550 <x@example.org>: not a valid user here', 'recipient_unknown', 'RCPT'],
    ['550 5.0.0 User not known', 'recipient_unknown', 'RCPT'],
    ['550 Unknown mailbox <x@example.org>', 'recipient_unknown', 'RCPT'],
    ['550 Sorry, there is no one at this address', 'recipient_unknown', 'RCPT'],
    ['553 sorry, badrcptto (#5.7.1)', 'recipient_unknown', 'RCPT'],
    [
      '553 sorry, this recipient is not in my validrcptto list (#5.7.1)',
      'recipient_unknown',
      'RCPT',
    ],
    ['550 sorry, your envelope recipient has been denied', 'recipient_unknown', 'RCPT'],
    ['550 No thank you rejected: Account Unavailable', 'recipient_unknown', 'RCPT'],
    ['550 5.0.0 <x@example.org>: Unknown e-mail address', 'recipient_unknown', 'RCPT'],
    ['550 5.0.0 Unknown local-part <x> in <example.org>', 'recipient_unknown', 'RCPT'],
    ['550 Recipient not OK', 'recipient_unknown', 'RCPT'],
    ['550 5.0.0 User nobody was not found', 'recipient_unknown', 'RCPT'],
    ['550 No nobody in name directory', 'recipient_unknown', 'RCPT'],
    ['550 5.0.0 Utilisateur inconnu !', 'recipient_unknown', 'RCPT'],
    ['550 Nessun utente simile in questo indirizzo', 'recipient_unknown', 'RCPT'],
    ['550 Requested action not taken: mailbox is unavailable', 'recipient_filtered'],
    ['550 <x@example.org>: not a valid user here', 'recipient_filtered'],
  ],
  "a directory's or delivery agent's word for a missing mailbox (no command needed)": [
    ['User x (x@example.org) not listed in Domino Directory', 'recipient_unknown'],
    ['User not listed in public Name & Address Book', 'recipient_unknown'],
    ['vdeliver: Invalid or unknown virtual user x', 'recipient_unknown'],
    ['user missing home directory', 'recipient_unknown'],
    [
      "Your message wasn't delivered to x@example.org because the address couldn't be found, or is unable to receive mail.",
      'recipient_unknown',
    ],
  ],
  'a filter of the recipient': [
    ["550 The recipient's account is protected by a sender whitelist", 'recipient_filtered'],
    ['550 x@example.org is not accepting any mail', 'recipient_filtered'],
    ['Cannot route mail to user (x@example.org)', 'recipient_filtered'],
  ],
  'the envelope sender refused': [
    ['550 5.7.1 Access denied (sender blacklisted)', 'sender_rejected'],
    ['550 Sender is in my black list', 'sender_rejected'],
    ['550 5.7.1 Sender is spammer', 'sender_rejected'],
    ['550 5.7.1 This server does not accept mail from x@example.org', 'sender_rejected'],
    ['550 Spam Reporting Address', 'sender_rejected'],
    ['550 5.7.1 BATV failed to verify', 'sender_rejected'],
    ['550 Backscatter protection detected an invalid or expired email address', 'sender_rejected'],
    ['550 Bogus mail from', 'sender_rejected'],
    ['550 5.7.1 Delivery not authorized, message refused', 'sender_rejected'],
    ['550 Sender address does not exist E2110', 'sender_rejected'],
    ['550 Error: no third-party DSNs', 'sender_rejected'],
    ['501 5.1.7 Syntax error: empty email address', 'sender_rejected'],
    ['550 Invalid domain, see <URL:http://www.example.org/>', 'sender_rejected'],
    ['550 Returned mail not accepted here', 'sender_rejected'],
    ['554 Transaction failed unsigned DSN for x@example.org', 'sender_rejected'],
    ['550 Unroutable sender address', 'sender_rejected'],
    ['550 5.7.1 Sender email address rejected', 'sender_rejected'],
    ['550 You are not allowed to post to this mailing list', 'sender_rejected'],
    [
      '550 Your access to submit messages to this e-mail system has been rejected',
      'sender_rejected',
    ],
  ],
  'the client refused': [
    ['554 5.7.1 Bad sender IP address', 'sender_blocked'],
    ['450 4.7.1 Client host rejected: was not authenticated', 'sender_blocked'],
    ['554 Your access IP 192.0.2.1 has been rejected', 'sender_blocked'],
    ['550 Extreme bad IP profile', 'sender_blocked'],
    ['550 5.7.1 You are sending spam', 'sender_blocked'],
    ['554 Sorry, your remotehost looks suspiciously like spammer', 'sender_blocked'],
    ['554 Rejecting open proxy 192.0.2.1', 'sender_blocked'],
    ['554 Go away', 'sender_blocked'],
    ['554 mx.example.org ESMTP not accepting connections', 'sender_blocked'],
    ['421 Mail from 192.0.2.1 refused: too many bad commands', 'sender_blocked'],
    ['550 Server IP 192.0.2.1 listed as abusive', 'sender_blocked'],
    [
      '550 Too many unwanted messages have been sent from the following IP address above',
      'sender_blocked',
    ],
    ['550 Your server requires confirmation', 'sender_blocked'],
  ],
  "the sender's domain failed SPF/DMARC": [
    ['550 See http://spf.pobox.com/why.html?sender=x&ip=192.0.2.1', 'sender_authentication_failed'],
    ['550 5.7.1 Please inspect your SPF settings', 'sender_authentication_failed'],
    [
      "550 5.7.1 The 5322.From address doesn't meet the authentication requirements defined for the sender",
      'sender_authentication_failed',
    ],
  ],
  reputation: [
    [
      '421 Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
      'sender_bad_reputation',
    ],
  ],
  'spam content': [
    ['550 5.7.1 Message contains spam or virus', 'rejected_as_spam'],
    ['554 5.7.1 Blacklisted URL in message', 'rejected_as_spam'],
    ['554 DT:SPM see http://www.spamhaus.org/help/help_spam_16.htm', 'rejected_as_spam'],
    ['554 5.7.0 Reject, id=12345-01', 'rejected_as_spam'],
    ['550 Rejected - bulk email', 'rejected_as_spam'],
    ['554 5.7.0 Rejecting BANNED content', 'rejected_as_spam'],
    ['550 5.7.1 Your message has been temporarily blocked by our filter', 'rejected_as_spam'],
    ['550 Mail score (15) over 10', 'rejected_as_spam'],
    ['550 Message rejected because of unacceptable content', 'rejected_as_spam'],
  ],
  'the message itself': [
    ['554 5.6.0 Too many "Received" headers - suspected mail loop', 'content_rejected'],
    ['552 5.6.0 Header size exceeds maximum permitted', 'content_rejected'],
    ['550 Duplicated Message-ID', 'not_rfc_compliant'],
    ['552 Exceeded maximum inbound message size', 'message_too_large'],
    ['552 Taille limite du message atteinte', 'message_too_large'],
    ['550 RESOLVER.RST.RecipSizeLimit', 'message_too_large'],
  ],
  policy: [
    ['550 5.7.1 Because the recipient is not accepting mail with attachments', 'policy_rejected'],
    ['550 We do not accept messages containing images or other attachments', 'policy_rejected'],
    ['550 Posting by non-member to a members-only list', 'policy_rejected'],
    ['550 5.7.1 This is a closed mailing list', 'policy_rejected'],
    ['554 5.7.1 Message bounced due to organizational settings', 'policy_rejected'],
    [
      '550 5.7.0 This message was blocked because its content presents a potential security issue',
      'policy_rejected',
    ],
  ],
  'the mailbox': [
    ['452 4.2.2 Account disabled temporarly for exceeding receiving limits', 'mailbox_full'],
    ['552 User has too many messages on the server', 'mailbox_full'],
    ["552 User's space has been used up", 'mailbox_full'],
    ['550 5.2.1 Mailaddress is administratively disabled', 'mailbox_disabled'],
    ['550 Recipient suspend the service', 'mailbox_disabled'],
  ],
  'rate limits': [
    ['421 Too many errors from your IP (192.0.2.1)', 'receiver_rate_limited'],
    ['421 Trop de connexions, ressayez plus tard', 'receiver_rate_limited'],
    ['421 Too many SMTP sessions for this host', 'receiver_rate_limited'],
    ['550 x@example.org has exceeded the max emails per hour (100)', 'receiver_rate_limited'],
  ],
  'the domain and the way to it': [
    ['all relevant MX records point to non-existent hosts', 'recipient_domain_unknown'],
    ["Sorry, I couldn't find any host named example.org.", 'recipient_domain_unknown'],
    ['554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'recipient_domain_unknown'],
    ['Reason: Illegal host/domain name found', 'recipient_domain_unknown'],
    ['an MX or SRV record indicated no SMTP service', 'domain_not_accepting_mail'],
    ['No MX found for domain example.org', 'domain_not_accepting_mail'],
    ['553 5.1.2 Name server: .: host not found', 'domain_not_accepting_mail'],
    ['550 5.4.4 Unrouteable mail domain example.org', 'network_error'],
    ['554 Message looping', 'network_error'],
    ['No valid route to remote MX', 'network_error'],
    ['554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error', 'network_error'],
    [
      "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file",
      'network_error',
    ],
    [
      '550 5.7.1 Relaying denied. Proper authentication required. (insecure mail relay)',
      'relay_denied',
    ],
    ["550 5.7.1 that domain isn't in my list of allowed rcpthost", 'relay_denied'],
    ['550 This system is not configured to relay mail', 'relay_denied'],
    ["550 We don't handle mail for example.org", 'relay_denied'],
    [
      '530 This mail server requires authentication when attempting to send to a non-local e-mail address',
      'relay_denied',
    ],
  ],
  'the receiving system': [
    ['550 5.4.6 mail for example.org loops back to myself', 'receiver_system_error'],
    ['451 4.3.0 Timeout waiting for input', 'receiver_system_error'],
    ['Temporary failure in LDAP lookup', 'receiver_system_error'],
    ['550 Delivery to pipe forbidden', 'receiver_system_error'],
    ['550 5.2.0 RESOLVER.ADR.BadPrimary; bad primary address', 'receiver_system_error'],
    ["This domain's DNS violates RFC 1035.", 'receiver_system_error'],
    [
      '452 Requested action not taken: mailbox unavailable (not enough free space)',
      'receiver_system_full',
    ],
  ],
  security: [
    [
      '535 Please make sure you have authentication turned on in your email client',
      'security_rejected',
    ],
    [
      "553 sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts",
      'security_rejected',
    ],
    ['554 Executable files are not allowed in compressed files', 'security_rejected'],
    ['Could not retrieve credentials', 'security_rejected'],
  ],
  'a delay or a give-up': [
    ['Message 1abCDe-000123-AB has been frozen by the system filter', 'delivery_expired'],
    ['Could not deliver for the last 432000 seconds.', 'delivery_expired'],
    ['Unable to deliver message after multiple retries', 'delivery_expired'],
    ['Server did not respond', 'delivery_expired'],
    [
      '[Status: Error, Address: <x@example.org>, ResponseCode 421, , Host not reachable.]',
      'delivery_expired',
    ],
  ],
  "Exim's address parser": [
    ['angle-brackets nested too deep', 'smtp_syntax_error'],
    ['domain missing in source-routed address', 'smtp_syntax_error'],
  ],
};

describe('classifySmtpReply on the phrases of Sisimai we read differently before', () => {
  for (const [group, rows] of Object.entries(cases)) {
    it(group, () => {
      for (const [text, reason, command] of rows) {
        expect({
          text,
          reason: classifySmtpReply(text, { command, fromReport: true }).reason,
        }).toEqual({
          text,
          reason,
        });
      }
    });
  }
});
