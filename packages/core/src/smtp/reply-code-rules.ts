import type { Reason } from '../reasons/reason';
import type { SmtpPhase } from './smtp-command';

/**
 * What a bare reply code (RFC 5321, 4954, 3207) says when neither the text nor
 * the enhanced code did: Sisimai's reply-code rules (research/reasons.md §1.7)
 * plus the submission codes of RFC 4954 that a sending client meets.
 */
export function reasonForReplyCode(code: number, phase: SmtpPhase | undefined): Reason | undefined {
  // RFC 4954: 530 authentication required, 534 mechanism too weak, 535 credentials invalid.
  if (code === 530 || code === 534 || code === 535) return 'inbox_auth_failed';
  // RFC 4954 432: a password transition is needed; also a login matter.
  if (code === 432 && phase === 'auth') return 'inbox_auth_failed';
  // 523/524 (RFC 8689 REQUIRETLS), 538 encryption required for the mechanism.
  if (code === 523 || code === 524 || code === 538) return 'tls_failed';
  if (code === 525) return 'mailbox_disabled';
  // 551 "user not local; please try <forward-path>".
  if (code === 551) return 'recipient_moved';
  // RFC 7504: 521 "does not accept mail", 556 the domain does not accept mail.
  if (code === 521 || code === 556) return 'domain_not_accepting_mail';
  // 554 at the greeting is RFC 5321's "no SMTP service here", but a server that serves
  // others and answers us so is refusing our client (Sisimai: Blocked). Later it is any refusal.
  if (code === 554 && (phase === 'connect' || phase === 'greeting')) return 'sender_blocked';
  // 500–507 and 4xx twins: the server did not understand the command.
  if ((code >= 500 && code <= 507) || (code >= 401 && code <= 407)) return 'smtp_syntax_error';
  if (code === 421) return 'receiver_system_error';
  return undefined;
}
