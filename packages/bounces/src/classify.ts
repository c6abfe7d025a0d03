import { classifySmtpReply, Reason } from '@mailgate/core';
import { findReplyCode, findStatus, type RawRecipient } from './raw-recipient';

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
    prefix.push(raw.status);
  }
  return prefix.length > 0 ? `${prefix.join(' ')} ${text}`.trim() : text;
}

const VAGUE: ReadonlySet<Reason> = new Set([Reason.unknown, Reason.delivery_failed]);

export function classify(raw: RawRecipient): Classified {
  const text = replyText(raw);
  const result = classifySmtpReply(text, raw.command ? { command: raw.command } : {});
  let reason = result.reason;
  if (VAGUE.has(reason)) {
    if (raw.structural) reason = raw.structural;
    else if (raw.diagnosticType === 'x-unix' || raw.diagnosticType === 'x-postfix') {
      reason = Reason.receiver_mailer_error;
    }
  }
  const permanent = raw.temporary ? false : result.permanent;
  const specific = raw.status && !raw.status.endsWith('.0.0') ? raw.status : undefined;
  const enhancedCode = specific ?? result.enhancedCode ?? raw.status;
  const replyCode = raw.replyCode ?? result.replyCode;
  return {
    reason,
    permanent,
    ...(enhancedCode ? { enhancedCode } : {}),
    ...(replyCode ? { replyCode } : {}),
  };
}
