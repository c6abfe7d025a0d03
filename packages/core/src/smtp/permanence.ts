import type { Reason } from '../reasons/reason';
import type { SmtpCodes } from './extract-codes';

/**
 * Reasons that fail again when retried unchanged, for texts that carry no code:
 * Sisimai's hard bounces and the refusals of the message or the sender that no
 * wait will change.
 */
const permanentWithoutCode: ReadonlySet<Reason> = new Set<Reason>([
  'recipient_unknown',
  'recipient_domain_unknown',
  'recipient_moved',
  'mailbox_disabled',
  'message_too_large',
  'virus_detected',
  'content_rejected',
  'not_rfc_compliant',
  'policy_rejected',
  'recipient_filtered',
  'delivery_expired',
  'suppressed_by_provider',
  'sender_rejected',
  'relay_denied',
  'domain_not_accepting_mail',
  'receiver_mailer_error',
  'smtp_syntax_error',
  'inbox_auth_failed',
  'send_as_denied',
  'sender_authentication_failed',
]);

const saysTransient =
  /\btemporar|\btry (?:again|later)|\bdeferred\b|\bpersistent|\bwill (?:retry|be retried)|\bdelayed\b/;
const saysPermanent = /\bpermanent|\bgiven up\b|\bgave up\b/;

/**
 * Permanent when the reply code (else the enhanced code) is of class 5, transient
 * when of class 4 (RFC 5321 §4.2.1, RFC 3463 §3.1); without a code, what the
 * text says, and last what the reason usually means.
 */
export function isPermanent(reason: Reason, codes: SmtpCodes, lowerText: string): boolean {
  const klass =
    codes.replyCode !== undefined
      ? Math.floor(codes.replyCode / 100)
      : codes.enhancedCode !== undefined
        ? Number(codes.enhancedCode[0])
        : undefined;
  if (klass === 5) return true;
  if (klass === 4) return false;
  if (saysTransient.test(lowerText)) return false;
  if (saysPermanent.test(lowerText)) return true;
  return permanentWithoutCode.has(reason);
}
