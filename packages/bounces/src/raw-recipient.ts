import type { Reason } from '@mailgate/core';

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
  replyCode?: number;
  command?: string;
  remoteMta?: string;
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
  let v = value.trim();
  const semi = v.indexOf(';');
  if (semi >= 0 && semi < 12 && /^[\w-]+;/.test(v)) v = v.slice(semi + 1).trim(); // rfc822;
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(v);
  if (angle) v = angle[1]!;
  // A quoted local part (`"a..b"@example.org`) is kept quoted; it is part of the address.
  const quoted = /"[^"]+"@[\w.-]+/.exec(v);
  if (quoted) return quoted[0].toLowerCase();
  v = v.replace(/^[\s"'<(]+|[\s"'>),.:;]+$/g, '');
  // A source route (`@relay:user@host`) is routing, not the mailbox.
  if (v.startsWith('@') && v.includes(':')) return undefined;
  if (v.toLowerCase().startsWith('mailto:')) v = v.slice(7);
  const at = v.lastIndexOf('@');
  if (at <= 0 || at === v.length - 1 || /\s/.test(v)) return undefined;
  return v.toLowerCase();
}

const ADDRESS = /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/;
const ADDRESS_G = new RegExp(ADDRESS.source, 'g');

/** The first e-mail address in a text, or undefined. */
export function findAddress(text: string): string | undefined {
  const m = ADDRESS.exec(text);
  return m ? cleanAddress(m[0]) : undefined;
}

/** All e-mail addresses in a text, in order, without repeats. */
export function findAddresses(text: string): string[] {
  // Most lines of a notice hold no address; the regex would try every position of them.
  if (!text.includes('@')) return [];
  const seen = new Set<string>();
  for (const m of text.matchAll(ADDRESS_G)) {
    const a = cleanAddress(m[0]);
    if (a) seen.add(a);
  }
  return [...seen];
}

/** Collapses a (possibly multi-line) diagnostic into one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

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

/** A labelled field: "SMTP command: DATA", "-------SMTP command\nDATA". */
const SMTP_COMMAND_FIELD = /\bSMTP command[\s:=-]{0,12}(RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH)\b/i;

/** The SMTP command a text says the refusal came after. */
export function findCommand(text: string): string | undefined {
  // In a session transcript the refused command is the last one sent.
  const sent = [...text.matchAll(/(?:>>>|\bIn:)\s*(RCPT|MAIL|DATA|EHLO|HELO|STARTTLS)\b/gi)];
  const last = sent[sent.length - 1];
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
  const m = COMMAND.exec(text) ?? SMTP_COMMAND_FIELD.exec(text);
  if (m) return m[1]!.toUpperCase();
  if (/\bend of data\b|after end of message|after DATA\b/i.test(text)) return 'DATA';
  return undefined;
}
