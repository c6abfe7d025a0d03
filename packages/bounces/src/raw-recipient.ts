import type { Reason } from '@mailgate/core';
import { capped, MAX_ADDRESS } from './limits';

/**
 * What a format reader hands to the classifier: facts read from the report, not yet a
 * reason. Readers never classify text themselves; they only say what the report's
 * structure says (`structural`), which the classifier cannot see.
 */
export interface RawRecipient {
  address: string;
  /** The receiving side's text, or the reporting MTA's explanation when that is all there is. */
  diagnostic?: string;
  /** `smtp`, `x-unix`, `x-postfix`, … from `Diagnostic-Code: <type>; …`. */
  diagnosticType?: string;
  status?: string;
  /** The words of a DSN's Status field after the code: the reporting MTA's reading of it. */
  statusComment?: string;
  replyCode?: number;
  command?: string;
  remoteMta?: string;
  /** The DSN's Reporting-MTA: who wrote the report (the receiver itself, at times). */
  reportingMta?: string;
  /** RFC 3464 Action, or `complained` from a provider's complaint notification. */
  action?: string;
  /**
   * A reason implied by the report's structure where the text says nothing usable:
   * an expired queue lifetime, a provider's suppression list, an Action of `delayed`.
   */
  structural?: Reason;
  /** The report said temporary (4xx, `delayed`) or permanent outright. */
  temporary?: boolean;
}

/** Lower-cases and trims an address taken from a report, dropping brackets and quotes. */
export function cleanAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // No address is this long; a longer value is someone's junk, read only this far.
  let v = capped(value, MAX_ADDRESS).trim();
  const semi = v.indexOf(';');
  if (semi >= 0 && semi < 12 && /^[\w-]+;/.test(v)) v = v.slice(semi + 1).trim(); // rfc822;
  const angle = bracketedAddress(v);
  if (angle) v = angle;
  // A quoted local part (`"a..b"@example.org`) is kept quoted; it is part of the address.
  const quoted = /"[^"]+"@[\w.-]+/.exec(v);
  if (quoted) return quoted[0].toLowerCase();
  v = trimPunctuation(v);
  // A source route (`@relay:user@host`) is routing, not the mailbox.
  if (v.startsWith('@') && v.includes(':')) return undefined;
  if (v.toLowerCase().startsWith('mailto:')) v = v.slice(7);
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1 || /\s/.test(v)) return undefined;
  return v.toLowerCase();
}

/**
 * What the pattern `<([^<>\s]+@[^<>\s]+)>` finds first, found in one pass: each `<` is
 * followed to the next bracket or blank, and that stretch is never looked at again.
 */
export function bracketedAddress(text: string): string | undefined {
  let open = text.indexOf('<');
  while (open >= 0) {
    let end = open + 1;
    let inner = -1; // the first `@` with something before it
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 60 || c === 62 || isWhite(c)) break;
      if (c === 64 && end > open + 1 && inner < 0) inner = end;
    }
    // The first `@` past the opening character must have something after it too.
    if (text.charCodeAt(end) === 62 && inner >= 0 && inner < end - 1) {
      return text.slice(open + 1, end);
    }
    open = text.indexOf('<', end);
  }
  return undefined;
}

/** `\s` by char code; the rare kinds beyond ASCII are asked of the pattern. */
function isWhite(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

const LEADING = codes('"\'<(');
const TRAILING = codes('"\'>),.:;');

/** `value.replace(/^[\s"'<(]+|[\s"'>),.:;]+$/g, '')`. */
function trimPunctuation(value: string): string {
  return trimRuns(value, LEADING, TRAILING);
}

/**
 * `value` without the white space and `leading` characters at its start, nor the white
 * space and `trailing` ones at its end, by scanning: an end-anchored pattern (`[…]+$`)
 * retries from every character of a long run that does not reach the end (`a.....b`).
 */
export function trimRuns(value: string, leading: CharSet, trailing: CharSet): string {
  let start = 0;
  let end = value.length;
  while (start < end) {
    const c = value.charCodeAt(start);
    if (!isWhite(c) && (c >= 128 || leading[c] !== 1)) break;
    start++;
  }
  while (end > start) {
    const c = value.charCodeAt(end - 1);
    if (!isWhite(c) && (c >= 128 || trailing[c] !== 1)) break;
    end--;
  }
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/** A set of ASCII characters, by char code. */
export type CharSet = Uint8Array;

/** The ASCII characters of `chars` as a CharSet, for trimRuns. */
export function codes(chars: string): CharSet {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i) & 127] = 1;
  return set;
}

/**
 * `text` without its first `<?local@domain>?` (local part `[\w.!#$%&'*+/=?^\`{|}~-]+`,
 * domain `[\w.-]+`), found from each `@` outwards rather than from every character.
 */
export function withoutFirstAddress(text: string): string {
  let prev = -1;
  for (let at = text.indexOf('@'); at >= 0; prev = at, at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > prev + 1 && isLocal(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isLabelOrDot(text.charCodeAt(end))) end++;
    if (start === at || end === at + 1) continue;
    if (text.charCodeAt(start - 1) === 60) start--;
    if (text.charCodeAt(end) === 62) end++;
    return text.slice(0, start) + text.slice(end);
  }
  return text;
}

function isLabelOrDot(c: number): boolean {
  return c === 46 || isLabel(c);
}

/** `[\w.!#$%&'*+/=?^`{|}~-]`: the characters of a local part, by char code. */
const LOCAL = new Uint8Array(128);
/** `[\w-]`: the characters of a domain label. */
const LABEL = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[\w-]/.test(ch)) LABEL[c] = 1;
  if (/[\w.!#$%&'*+/=?^`{|}~-]/.test(ch)) LOCAL[c] = 1;
}

function isLocal(c: number): boolean {
  return c < 128 && LOCAL[c] === 1;
}

function isLabel(c: number): boolean {
  return c < 128 && LABEL[c] === 1;
}

/**
 * The end of the domain `[\w-]+(?:\.[\w-]+)+` starting at `from`, or -1 when there is
 * none (a single label, or none at all).
 */
function domainEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isLabel(text.charCodeAt(i))) i++;
  if (i === from) return -1;
  let labels = 1;
  while (text.charCodeAt(i) === 46 && isLabel(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < text.length && isLabel(text.charCodeAt(i))) i++;
    labels++;
  }
  return labels >= 2 ? i : -1;
}

/**
 * Each e-mail address in a text as the pattern `local@label.label…` would find it, left to
 * right without overlaps. Found from each `@` outwards: a pattern tried at every place
 * of a long word without one would cost quadratic time.
 */
function rawAddresses(text: string, out: string[], limit: number): void {
  let lastEnd = 0;
  let at = text.indexOf('@');
  while (at >= 0 && out.length < limit) {
    let start = at;
    while (start > lastEnd && isLocal(text.charCodeAt(start - 1))) start--;
    const end = start < at ? domainEnd(text, at + 1) : -1;
    if (end >= 0) {
      out.push(text.slice(start, end));
      lastEnd = end;
      at = text.indexOf('@', end);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
}

/** The first e-mail address in a text, or undefined. */
export function findAddress(text: string): string | undefined {
  const found: string[] = [];
  rawAddresses(text, found, 1);
  return found.length > 0 ? cleanAddress(found[0]) : undefined;
}

/** All e-mail addresses in a text, in order, without repeats. */
export function findAddresses(text: string): string[] {
  if (!text.includes('@')) return [];
  const found: string[] = [];
  rawAddresses(text, found, Number.POSITIVE_INFINITY);
  const seen = new Set<string>();
  for (const raw of found) {
    // A match holds no blank, bracket, quote mark or `;`: lower-casing is all the cleaning
    // it needs, unless it starts with an apostrophe (which cleaning drops).
    const a = raw.charCodeAt(0) === 39 ? cleanAddress(raw) : raw.toLowerCase();
    if (a) seen.add(a);
  }
  return [...seen];
}

/** Collapses a (possibly multi-line) diagnostic into one line. */
export function oneLine(text: string): string {
  return text.replace(WHITE_RUN, ' ').trim();
}

/** Runs of white space other than a single space: most of a text needs no change. */
const WHITE_RUN = / \s+|[^\S ]\s*/g;

// 2.x.x codes in a failure notice belong to the transcript's accepted steps, not the failure.
const STATUS = /\b([45])\.(\d{1,3})\.(\d{1,3})\b/;
const REPLY = /(?:^|[\s:(#])([245][0-7]\d)(?=[\s-]|$)/;

/** The first enhanced status code in a text. */
export function findStatus(text: string): string | undefined {
  const m = STATUS.exec(text);
  return m ? `${m[1]}.${m[2]}.${m[3]}` : undefined;
}

/** The first SMTP reply code in a text. */
export function findReplyCode(text: string): number | undefined {
  const m = REPLY.exec(text);
  return m ? Number(m[1]) : undefined;
}

const COMMAND =
  /\b(?:after|in reply to|response to|most progress was)\s+(?:end of\s+)?(RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH|CONNECT)\b/i;

/** x3's "SMTP:RCPT host 192.0.2.8: 553 …". */
const SMTP_PREFIXED = /\bSMTP:(RCPT|MAIL|DATA)\b/;

/** A labelled field: "SMTP command: DATA", "-------SMTP command\nDATA". */
const SMTP_COMMAND_FIELD = /\bSMTP command[\s:=-]{0,12}(RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH)\b/i;

const SENT = /(?:>>>|\bIn:)\s*(RCPT|MAIL|DATA|EHLO|HELO|STARTTLS)\b/gi;

/**
 * Where `<<<\s*[45]\d\d` first matches, and whether one opens a line (`^\s*<<<…` in
 * multi-line mode): found from each `<<<`, looking back and ahead only over the blanks
 * next to it, which no other `<<<` shares. The patterns themselves would rescan a long
 * run of blank lines from each of its lines.
 */
function failureReplies(text: string): { first: number; lineStart: number } {
  let first = -1;
  for (let at = text.indexOf('<<<'); at >= 0; at = text.indexOf('<<<', at + 3)) {
    let after = at + 3;
    while (after < text.length && isWhite(text.charCodeAt(after))) after++;
    const c = text.charCodeAt(after);
    if (
      (c !== 52 && c !== 53) ||
      !isDigit(text.charCodeAt(after + 1)) ||
      !isDigit(text.charCodeAt(after + 2))
    ) {
      continue;
    }
    if (first < 0) first = at;
    let before = at;
    while (before > 0 && isWhite(text.charCodeAt(before - 1))) {
      if (text.charCodeAt(before - 1) === 10) return { first, lineStart: at };
      before--;
    }
    if (before === 0) return { first, lineStart: at };
  }
  return { first, lineStart: -1 };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The SMTP command a text says the refusal came after. */
export function findCommand(text: string): string | undefined {
  // In a session transcript the refused command is the last one sent.
  let last: RegExpExecArray | null = null;
  if (text.includes('>>>') || /\bin:/i.test(text)) {
    SENT.lastIndex = 0;
    for (let m = SENT.exec(text); m !== null; m = SENT.exec(text)) last = m;
  }
  // A refusal before the client said anything: the greeting itself ("<<< 554 … not
  // accepting connections" right after "while talking to").
  if (!last && text.includes('<<<')) {
    const replies = failureReplies(text);
    if (replies.lineStart >= 0) {
      const firstSent = text.indexOf('>>>');
      if (firstSent < 0 || replies.first < firstSent) return 'CONNECT';
    }
  }
  if (last) {
    const command = last[1]!.toUpperCase();
    // PIPELINING: the client sends RCPT … DATA at once and reads the replies after ">>> DATA";
    // when more than one reply follows it, the first ones answered the RCPTs
    // ("<<< 550 … User unknown", then DATA's own "<<< 554 no valid recipients").
    if (command === 'DATA') {
      const replies = text.slice(last.index).match(/<<<\s*[2-5]\d\d/g);
      if (replies && replies.length > 1) return 'RCPT';
    }
    return command;
  }
  const m =
    COMMAND.exec(text) ??
    SMTP_COMMAND_FIELD.exec(text) ??
    (text.includes('SMTP:') ? SMTP_PREFIXED.exec(text) : null);
  if (m) return m[1]!.toUpperCase();
  if (/\bend of data\b|after end of message|after DATA\b/i.test(text)) return 'DATA';
  // Yahoo: "… User Unknown [RCPT_TO]".
  if (text.includes('[RCPT_TO]')) return 'RCPT';
  if (text.includes('[MAIL_FROM]')) return 'MAIL';
  return undefined;
}
