import type { Reason } from '../reasons/reason';
import type { SmtpCodes } from './extract-codes';
import type { SmtpPhase } from './smtp-command';

// Reasons that describe the recipient's mailbox; at MAIL FROM no recipient has been named yet.
const aboutTheRecipient: ReadonlySet<Reason> = new Set<Reason>([
  'recipient_unknown',
  'recipient_domain_unknown',
  'recipient_moved',
  'mailbox_disabled',
  'recipient_filtered',
  'delivery_failed',
]);

// What a live session with our own submission server means at connection and login.
const sessionTrouble: ReadonlySet<Reason> = new Set<Reason>([
  'receiver_system_error',
  'delivery_failed',
  'domain_not_accepting_mail',
  'network_error',
  'unknown',
]);

/**
 * The command changes what a refusal is about.
 * - MAIL FROM: a refusal about "the user" or "the address" means the sender's (Sisimai
 *   checks Rejected at MAIL).
 * - Before DATA the receiver has not seen the content, so "spam" is about the sender.
 * - AUTH and STARTTLS: whatever the words, our login or the TLS upgrade failed, unless
 *   the server said it is busy.
 * - A command given by the caller (not read from a bounce) means a live session with the
 *   server we submit to: a 421 at connection or a rate limit there is the provider's.
 */
export function adjustForPhase(
  reason: Reason,
  phase: SmtpPhase | undefined,
  explicit: boolean,
  codes: SmtpCodes,
): Reason {
  switch (phase) {
    case 'mail':
      return aboutTheRecipient.has(reason) ? 'sender_rejected' : reason;
    case 'auth':
      if (reason === 'receiver_rate_limited') return 'provider_rate_limited';
      if (
        reason === 'tls_failed' ||
        reason === 'provider_rate_limited' ||
        reason === 'inbox_suspended'
      )
        return reason;
      if (codes.replyCode === 421 || reason === 'network_error') return 'inbox_connection_failed';
      return 'inbox_auth_failed';
    case 'tls':
      return reason === 'receiver_rate_limited' || reason === 'receiver_system_error'
        ? reason
        : 'tls_failed';
    case 'connect':
    case 'greeting':
      // Before MAIL FROM there is neither a recipient nor a message: the client itself is refused.
      if (
        reason === 'rejected_as_spam' ||
        (aboutTheRecipient.has(reason) && reason !== 'delivery_failed')
      )
        return 'sender_blocked';
      // A 554 greeting ("ESMTP not accepting connections") refuses this client for good.
      if (!explicit && codes.replyCode === 554 && sessionTrouble.has(reason))
        return 'sender_blocked';
      if (explicit && reason === 'receiver_rate_limited') return 'provider_rate_limited';
      if (explicit && codes.replyCode === 421 && sessionTrouble.has(reason))
        return 'inbox_connection_failed';
      return reason;
    case 'rcpt':
      return reason === 'rejected_as_spam' && explicit ? 'sender_blocked' : reason;
    default:
      return reason;
  }
}

/** The commands about our session with the server we submit to, not about a recipient. */
const sessionPhases: ReadonlySet<SmtpPhase> = new Set<SmtpPhase>([
  'connect',
  'greeting',
  'auth',
  'mail',
]);

/**
 * A temporary refusal of the session that names no cause of the sender's own: from our own
 * server, before any recipient was named, it is the server (the provider) busy or unwell.
 */
const providerTrouble: ReadonlySet<Reason> = new Set<Reason>([
  'receiver_system_error',
  'receiver_system_full',
  'receiver_mailer_error',
  'network_error',
  'delivery_failed',
  'domain_not_accepting_mail',
  'recipient_filtered',
  'unknown',
]);

const greylisting = /\bgr[ae]y-? ?list/;

/**
 * At submission (a live session with the host the transport is configured for, not a
 * bounce), answers to the greeting, EHLO, AUTH and MAIL FROM are about our provider and our
 * session with it: a rate limit is the provider's, and a temporary refusal (421 "try again
 * later", 450/451 greylisting) is the provider's too, so that a failover moves on. Answers
 * to RCPT and DATA keep their reading: they are about the recipient or the message.
 */
export function adjustForSubmission(
  reason: Reason,
  phase: SmtpPhase | undefined,
  codes: SmtpCodes,
  lower: string,
): Reason {
  if (phase === undefined || !sessionPhases.has(phase)) return reason;
  if (reason === 'receiver_rate_limited') return 'provider_rate_limited';
  const transient =
    codes.replyCode !== undefined
      ? codes.replyCode >= 400 && codes.replyCode < 500
      : codes.enhancedCode?.startsWith('4.') === true;
  if (!transient) return reason;
  if (greylisting.test(lower)) return 'provider_rate_limited';
  if (providerTrouble.has(reason)) return 'inbox_connection_failed';
  // MAIL's own fallback; a code about the sender's address (4.1.x) still names the sender.
  if (reason === 'sender_rejected' && codes.enhancedCode?.startsWith('4.1.') !== true)
    return 'inbox_connection_failed';
  return reason;
}

/** When nothing else decided: what a refusal of this command usually means. */
export function fallbackForPhase(
  phase: SmtpPhase | undefined,
  codes: SmtpCodes,
): Reason | undefined {
  const refused = codes.replyCode === undefined || codes.replyCode >= 400;
  if (!refused) return undefined;
  switch (phase) {
    case 'auth':
      return 'inbox_auth_failed';
    case 'tls':
      return 'tls_failed';
    case 'mail':
      return 'sender_rejected';
    // Sisimai: a refusal of EHLO/HELO with no other clue is a block of the client.
    case 'greeting':
      return codes.replyCode === 421 ? undefined : 'sender_blocked';
    default:
      return undefined;
  }
}
