import { classifySmtpReply, Reason } from '@mailgate/core';
import { findReplyCode, findStatus, type RawRecipient } from './raw-recipient';
import { reasonByReceiver } from './receiver-by-domain';

/**
 * Turns what a reader found into a reason. The text goes through core's
 * classifySmtpReply — the same function that judges a synchronous SMTP refusal — so one
 * text gets one reason whichever way it arrived. Only when the text says nothing
 * useful does the report's structure decide (Sisimai's pseudo codes do the same).
 */

export interface Classified {
  reason: Reason;
  permanent: boolean;
  enhancedCode?: string;
  replyCode?: number;
}

/** Builds the reply the receiving server would have given: `550 5.1.1 text`. */
export function replyText(raw: RawRecipient): string {
  const text = raw.diagnostic ?? '';
  const prefix: string[] = [];
  if (raw.replyCode && findReplyCode(text) === undefined) prefix.push(String(raw.replyCode));
  // `x.0.0` says nothing beyond the class digit; it must not hide a code in the text.
  if (raw.status && !raw.status.endsWith('.0.0') && findStatus(text) === undefined) {
    // After a reply code that opens the text, where a server would have put it.
    const opening = /^[2-5]\d\d(?=[ -]|$)/.exec(text);
    if (opening && prefix.length === 0) {
      return `${opening[0]} ${raw.status}${text.slice(opening[0].length)}`;
    }
    prefix.push(raw.status);
  }
  const comment = raw.statusComment ? ` (${raw.statusComment})` : '';
  return prefix.length > 0 ? `${prefix.join(' ')} ${text}${comment}`.trim() : `${text}${comment}`;
}

const WORDS = /\p{L}{2,}/u;

/** "X.Y.0": the "other or undefined" code of a subject, which names no particular cause. */
function catchAllStatus(status: string | undefined): boolean {
  return status === undefined || /^[45]\.\d\.0$/.test(status);
}

const FROM_REPORT = { fromReport: true } as const;

const VAGUE: ReadonlySet<Reason> = new Set([Reason.unknown, Reason.delivery_failed]);

export function classify(raw: RawRecipient): Classified {
  const text = replyText(raw);
  const result = classifySmtpReply(
    text,
    raw.command ? { fromReport: true, command: raw.command } : FROM_REPORT,
  );
  let reason = reasonByReceiver(raw) ?? result.reason;
  const localAgent = raw.diagnosticType === 'x-unix' || raw.diagnosticType === 'x-postfix';
  if (VAGUE.has(reason)) {
    if (raw.structural) reason = raw.structural;
    else if (localAgent) reason = Reason.receiver_mailer_error;
    // The report says this recipient failed and the receiver gave words we cannot read as a
    // cause (a language we have no phrases for, "did not reach the following recipient").
    else if (reason === Reason.unknown && WORDS.test(raw.diagnostic ?? '')) {
      reason = Reason.delivery_failed;
    }
  } else if (
    (localAgent || (raw.structural && catchAllStatus(raw.status))) &&
    VAGUE.has(classifySmtpReply(raw.diagnostic ?? '').reason)
  ) {
    // The words name no cause and the status code is the MTA's guess: the local delivery
    // program's exit ("X-Unix; 71") means the mailer failed; a catch-all code ("4.4.0 other
    // network or routing status") on a delayed report says no more than "still trying".
    reason = localAgent || !raw.structural ? Reason.receiver_mailer_error : raw.structural;
  }
  // The text's own code decides this in core; a report may give the class only in Status.
  if (reason === Reason.recipient_domain_unknown && raw.status?.startsWith('4.')) {
    reason = Reason.network_error;
  }
  const permanent = raw.temporary ? false : result.permanent;
  const specific = raw.status && !raw.status.endsWith('.0.0') ? raw.status : undefined;
  const enhancedCode = specific ?? result.enhancedCode ?? raw.status;
  const replyCode = raw.replyCode ?? result.replyCode;
  const classified: Classified = { reason, permanent };
  if (enhancedCode) classified.enhancedCode = enhancedCode;
  if (replyCode) classified.replyCode = replyCode;
  return classified;
}
