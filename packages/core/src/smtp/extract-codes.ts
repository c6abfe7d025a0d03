/**
 * Pulls the SMTP reply code (RFC 5321, "550") and the enhanced status code
 * (RFC 3463 class.subject.detail, "5.1.1") out of a reply or a bounce diagnostic,
 * however it is dressed: "smtp; 550 5.1.1 …", "550-5.7.26 …" (multi-line),
 * "… said: 550 Unknown user (#5.5.0)", "host x [ip]: 452 4.2.2 …".
 */
export interface SmtpCodes {
  readonly replyCode?: number;
  readonly enhancedCode?: string;
}

// A reply code opening a line, optionally behind the DSN type "smtp;", a quote mark or a
// transcript's "<<<" / "Out:". A refusal (4xx/5xx) is preferred over an earlier 2xx of
// a transcript or a banner ("220-laposte 421 …").
const refusalAtLineStart =
  /^[ \t>]*(?:diagnostic-code:[ \t]*)?(?:smtp;[ \t]*)?(?:<<<[ \t]*|out:[ \t]*)?([45][0-5]\d)(?=[ \t-]|$)/im;
const replyAtLineStart =
  /^[ \t>]*(?:diagnostic-code:[ \t]*)?(?:smtp;[ \t]*)?([245][0-5]\d)(?=[ \t-]|$)/im;
// A reply code inside a sentence, trusted only when an enhanced code follows it …
const replyBeforeEnhanced = /(?<![\w.\-/])([45][0-5]\d)[ -](?=[45]\.[0-7]\.\d)/;
// … or when it follows a separator that introduces a server's words ("said: 550", "]: 554").
// A number followed by a unit is a quantity, not a reply ("Size: 512 kB", "quota: 450 MB").
const replyAfterSeparator =
  /(?:[:;\]]|\bsaid|\breturned|\bresponse|\bwas)[ \t]*([45][0-5]\d)(?=[ \t-]|$)(?![ \t]*(?:(?:[kmg]i?b|bytes?|octets?|kbytes|mbytes|seconds?|secs?|minutes?|mins?|hours?|days?|ms|messages?|recipients?|connections?)\b|%))/im;

// class.subject.detail, not part of an IP address ("4.16.55.1") or a version ("v5.1.0p3").
const enhancedPattern = /(?<![\w.])([245])\.([0-7])\.(\d{1,3})(?![\w]|\.\d)/g;

export function extractCodes(text: string): SmtpCodes {
  const replyMatch =
    refusalAtLineStart.exec(text) ??
    replyBeforeEnhanced.exec(text) ??
    replyAfterSeparator.exec(text) ??
    replyAtLineStart.exec(text);
  const replyCode = replyMatch?.[1] ? Number(replyMatch[1]) : undefined;
  const enhancedCode = pickEnhancedCode(text, replyCode);
  const codes: { replyCode?: number; enhancedCode?: string } = {};
  if (replyCode !== undefined) codes.replyCode = replyCode;
  if (enhancedCode !== undefined) codes.enhancedCode = enhancedCode;
  return codes;
}

/**
 * The first enhanced code whose class agrees with the reply code; RFC 3463 says
 * they must agree, and texts that quote several codes (a 2.0.0 from an earlier hop,
 * then the refusal) put the one that matters next to the reply code.
 */
function pickEnhancedCode(text: string, replyCode: number | undefined): string | undefined {
  const wantedClass = replyCode !== undefined ? String(replyCode)[0] : undefined;
  let first: string | undefined;
  enhancedPattern.lastIndex = 0;
  // At most a handful of candidates: a long text full of dotted numbers costs no more.
  for (let i = 0; i < 8; i++) {
    const match = enhancedPattern.exec(text);
    if (!match) break;
    const code = `${match[1]}.${match[2]}.${Number(match[3])}`;
    if (wantedClass === undefined || match[1] === wantedClass) {
      enhancedPattern.lastIndex = 0;
      return code;
    }
    first ??= code;
  }
  enhancedPattern.lastIndex = 0;
  return first;
}

/**
 * Removes the code prefixes that every line of a multi-line reply repeats
 * ("550-5.7.26 This mail …\n550-5.7.26 which …"), so that phrases broken across
 * lines can be matched as one sentence.
 */
const linePrefix = /^[ \t>]*(?:smtp;[ \t]*)?[245][0-5]\d[- ](?:[245]\.[0-7]\.\d{1,3}[ \t]+)?/gm;

export function stripReplyPrefixes(text: string): string {
  return text.replace(linePrefix, '');
}
