import type { Reason } from '../reasons/reason';
import { extractCodes, type SmtpCodes, stripReplyPrefixes } from './extract-codes';
import { isPermanent } from './permanence';
import { adjustForPhase, adjustForSubmission, fallbackForPhase } from './phase-rules';
import { receiverRules } from './receiver-rules';
import { reasonForReplyCode } from './reply-code-rules';
import { commandPhase, phaseFromText, type SmtpCommand, type SmtpPhase } from './smtp-command';
import { reasonForStatusCode, type StatusVerdict } from './status-code-table';
import {
  compileRules,
  finalDeliveryRules,
  strongRules,
  type TextRule,
  weakRules,
} from './text-rules';

// A receiver's own codes and the strong phrases are found in one scan of the text.
const matchStrong = compileRules([...receiverRules, ...strongRules]);
const isReceiverRule: ReadonlySet<TextRule> = new Set(receiverRules);
const matchWeak = compileRules(weakRules);
const matchFinalDelivery = compileRules(finalDeliveryRules);

export type { SmtpCommand } from './smtp-command';

/** What `classifySmtpReply` answers: the reason, whether it is permanent, and the codes it read. */
export interface SmtpClassification {
  readonly reason: Reason;
  /** Will it fail again if retried unchanged? From the code class, else from the text. */
  readonly permanent: boolean;
  /** The RFC 5321 reply code, when the text had one ("550"). */
  readonly replyCode?: number;
  /** The RFC 3463 enhanced status code, when the text had one ("5.1.1"). */
  readonly enhancedCode?: string;
}

/** Options of `classifySmtpReply`. */
export interface ClassifyOptions {
  /** The command the reply answered, as nodemailer's `err.command` or any spelling. */
  readonly command?: SmtpCommand;
  /**
   * The reply was read from a bounce report: the refused session was between some relay
   * and the receiver, not between us and our own submission server, so a refused
   * connection or a rate limit is the receiver's, not our provider's.
   */
  readonly fromReport?: boolean;
}

/**
 * Diagnostics that matter sit at the start; a whole bounce pasted in (or a hostile
 * megabyte) must not cost more than a normal reply.
 */
const maxInputLength = 2_048;
/** How much of the normalised text the phrase rules read. */
const maxScanLength = 1_024;

/**
 * Where a diagnostic that runs on into the rest of a bounce stops being the receiver's
 * words: the report's fields and the returned original's headers say nothing about the
 * refusal, and their words ("Return-Path", "X-Virus-Status") would be misread as one.
 */
const endMarkers = [
  'reporting-mta:',
  'received-from-mta:',
  'arrival-date:',
  'return-path:',
  'received: from',
  'message headers follow',
  'below is a copy of the original message',
];

const anyEndMarker = new RegExp(endMarkers.join('|'), 'g');

function diagnosticPart(words: string): string {
  let end = words.length;
  // Each marker's first occurrence counts, and only past the opening words: a text that
  // starts with a marker is all there is.
  let seen = 0;
  anyEndMarker.lastIndex = 0;
  for (let m = anyEndMarker.exec(words); m !== null; m = anyEndMarker.exec(words)) {
    const bit = 1 << endMarkers.indexOf(m[0]);
    if ((seen & bit) === 0) {
      seen |= bit;
      if (m.index > 16) {
        end = m.index;
        break;
      }
    }
    anyEndMarker.lastIndex = m.index + 1;
  }
  // The cause is named in the first sentences; what follows is quoting and boilerplate.
  if (end > maxScanLength) end = maxScanLength;
  return end < words.length ? words.slice(0, end) : words;
}

const unknown: SmtpClassification = { reason: 'unknown', permanent: false };

/**
 * The reason behind any SMTP reply or bounce diagnostic: "550 5.1.1 <x@y>: Recipient
 * address rejected: User unknown", "smtp; 550-5.7.26 This mail is unauthenticated…",
 * a multi-line reply, or a text with no code at all. Never throws.
 *
 * Precedence, most telling first:
 * 0. a receiver's own documented codes ("AUP#CDRBL", "RCP-P1"), which nothing overrides;
 * 1. phrases of the big receivers (Gmail, Microsoft, Yahoo, Apple, Postfix, Exim, …),
 *    which name the cause more exactly than any code;
 * 2. specific enhanced status codes (5.1.1, 5.2.2, 5.7.26);
 * 3. vague words ("blocked", "policy", "does not exist");
 * 4. bare reply codes (535, 521, 50x) and generic enhanced codes (5.0.0, 5.7.1);
 * 5. the command: a refusal of MAIL is about the sender, of AUTH about our login.
 * A code without anything more telling is `delivery_failed`; nothing at all, `unknown`.
 *
 * @example
 * ```ts
 * import { classifySmtpReply } from '@mailgate/core';
 *
 * classifySmtpReply('550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown', {
 *   command: 'RCPT',
 * });
 * // { reason: 'recipient_unknown', permanent: true, replyCode: 550, enhancedCode: '5.1.1' }
 * ```
 */
export function classifySmtpReply(text: string, options?: ClassifyOptions): SmtpClassification {
  try {
    return classify(text, options?.command, options?.fromReport === true);
  } catch {
    // Nothing in here should throw; if something does, an honest "unknown" beats a crash.
    return unknown;
  }
}

function classify(
  text: unknown,
  command: SmtpCommand | undefined,
  fromReport: boolean,
): SmtpClassification {
  if (typeof text !== 'string' || text.length === 0) return unknown;
  const capped = text.length > maxInputLength ? text.slice(0, maxInputLength) : text;
  const codes = extractCodes(capped);
  const words = diagnosticPart(toWords(stripReplyPrefixes(capped)));
  const lower = withoutAddresses(words);
  const givenPhase = commandPhase(typeof command === 'string' ? command : undefined);
  // Read before the addresses go: "after MAIL FROM:<x@example.org>" is one word.
  const phase = givenPhase ?? phaseFromText(words);

  // 2xx and 3xx are not refusals: nothing to name.
  const klass = replyClass(codes);
  if (klass === 2 || klass === 3) return withCodes(unknown.reason, unknown.permanent, codes);

  const ownSession = givenPhase !== undefined && !fromReport;
  const strong = matchStrong(lower);
  let reason =
    strong && isReceiverRule.has(strong)
      ? strong.reason
      : adjustForPhase(decide(lower, strong?.reason, codes, phase), phase, ownSession, codes);
  if (ownSession) reason = adjustForSubmission(reason, phase, codes, lower);
  // In a report, a login that failed was a relay's with the next hop, not ours with our
  // provider: the receiving side demanded authentication (Sisimai's SecurityError).
  if (fromReport && reason === 'inbox_auth_failed') reason = 'security_rejected';
  return withCodes(reason, isPermanent(reason, codes, lower), codes);
}

/** The answer with the codes read, field by field (a spread would copy through a slow path). */
function withCodes(reason: Reason, permanent: boolean, codes: SmtpCodes): SmtpClassification {
  const answer: { -readonly [K in keyof SmtpClassification]: SmtpClassification[K] } = {
    reason,
    permanent,
  };
  if (codes.replyCode !== undefined) answer.replyCode = codes.replyCode;
  if (codes.enhancedCode !== undefined) answer.enhancedCode = codes.enhancedCode;
  return answer;
}

function decide(
  lower: string,
  byText: Reason | undefined,
  codes: SmtpCodes,
  phase: SmtpPhase | undefined,
): Reason {
  const status = codes.enhancedCode ? reasonForStatusCode(codes.enhancedCode) : undefined;
  if (byText === 'recipient_unknown') return userUnknown(lower, codes.enhancedCode, status, phase);
  // A name server's "no such domain" that the reporting MTA will retry (4.x) is a lookup
  // that failed this time, not yet a domain known not to exist (Sisimai's NetworkError).
  if (byText === 'recipient_domain_unknown' && replyClass(codes) === 4) return 'network_error';
  if (byText) return byText;
  if (status && !status.generic) return status.reason;
  let byWeakText = matchWeak(lower)?.reason;
  // "Delay reason:" and kin are the reporting MTA's words for "not yet": when the receiver's
  // own reply (its code) follows them, that reply says why.
  if (byWeakText === 'delivery_expired' && codes.replyCode !== undefined) byWeakText = undefined;
  if (byWeakText === 'recipient_unknown')
    return userUnknown(lower, codes.enhancedCode, status, phase);
  // Sisimai's Rejected: "Access denied" in answer to MAIL FROM refuses the sender's address.
  if (byWeakText === 'sender_blocked' && phase === 'mail') return 'sender_rejected';
  // "Access denied" means what the refused command was about: the sender's address at MAIL
  // FROM, the client at the greeting, else the delivery (RFC 3463's X.7.1).
  if (byWeakText === 'security_rejected' && lower.includes('access denied')) {
    if (phase === 'mail') return 'sender_rejected';
    if (phase === 'connect' || phase === 'greeting') return 'sender_blocked';
  }
  if (byWeakText) return byWeakText;
  const byReply =
    codes.replyCode !== undefined ? reasonForReplyCode(codes.replyCode, phase) : undefined;
  if (byReply) return byReply;
  // A generic code (5.0.0, 5.7.1) says less than the command it answered.
  const byPhase = fallbackForPhase(phase, codes);
  if (byPhase) return byPhase;
  if (status) return status.reason;
  const klass = replyClass(codes);
  return klass === 4 || klass === 5 ? 'delivery_failed' : 'unknown';
}

/**
 * "User unknown" is worth suppressing an address for only when something else says the
 * mailbox was the problem: a code about the address (X.1.x), the refusal of RCPT, or a
 * final-delivery agent's words. Receivers also answer "unknown user" to mail their
 * filters refuse (Japanese mobile carriers, content filters after DATA), and a bounce
 * that does not say which command was refused leaves that open: Sisimai's Filtered.
 */
function userUnknown(
  lower: string,
  enhancedCode: string | undefined,
  status: StatusVerdict | undefined,
  phase: SmtpPhase | undefined,
): Reason {
  const detail = enhancedCode?.slice(2);
  // X.1.x, and codes some receivers give unknown addresses (Exchange Online's 5.4.1).
  if (detail?.startsWith('1.') || status?.reason === 'recipient_unknown')
    return 'recipient_unknown';
  // Mailbox-status codes: X.2.0 "other" is a filter even at RCPT, X.2.1 "disabled" is one
  // unless the receiver refused the address itself.
  if (detail === '2.0' || (detail === '2.1' && phase !== 'rcpt')) return 'recipient_filtered';
  // After DATA the receiver had accepted the address at RCPT: a per-recipient filter speaks.
  if (phase !== undefined && phase !== 'data') return 'recipient_unknown';
  return matchFinalDelivery(lower) ? 'recipient_unknown' : 'recipient_filtered';
}

function replyClass(codes: SmtpCodes): number | undefined {
  if (codes.replyCode !== undefined) return Math.floor(codes.replyCode / 100);
  if (codes.enhancedCode !== undefined) return Number(codes.enhancedCode[0]);
  return undefined;
}

// Curly quotes as Outlook writes them ("can’t") and runs of white space. E-mail addresses
// are dropped word by word (a local part like "spam-trap@" must not count as a word of the
// reply); a regex for them would backtrack quadratically over a long run without spaces.
const curlyQuotes = /[\u2018\u2019\u201b`]/g;
// Runs of white space other than a single space: most of a text needs no change.
const whiteSpace = / \s+|[^\S ]\s*/g;

function toWords(text: string): string {
  return text.toLowerCase().replace(curlyQuotes, "'").replace(whiteSpace, ' ');
}

/** The words without those that hold an `@` (`words` is split on single spaces). */
function withoutAddresses(words: string): string {
  let at = words.indexOf('@');
  if (at < 0) return words;
  const kept: string[] = [];
  let from = 0; // where the words not yet looked at start
  while (at >= 0) {
    const start = words.lastIndexOf(' ', at) + 1;
    let end = words.indexOf(' ', at);
    if (end < 0) end = words.length;
    if (start > from) kept.push(words.slice(from, start - 1));
    from = end + 1;
    at = from < words.length ? words.indexOf('@', from) : -1;
  }
  if (from <= words.length) kept.push(words.slice(from));
  return kept.join(' ');
}
