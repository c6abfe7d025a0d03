import { decodeWords } from 'postal-mime';
import { header, type MimePart, splitHead } from './split-message';
import type { OriginalMessage } from './types';

/**
 * The message that bounced, as the report returns it (a message/rfc822 part, a
 * text/rfc822-headers part, or pasted below a marker line in a plain-text notice).
 * Only its headers matter: the host matches the bounce to what it sent by Message-ID.
 */

/**
 * Lines after which a plain-text notice quotes the original message. Everything below
 * them is the sender's own mail, whose addresses must not be read as recipients.
 */
const MARKER =
  /^[ \t]*(?:[-=_*]{2,}[ \t]*(?:this is a copy|below this line|original message|the header of the original|original mail|unsent message|returned message|message header|headers of|the original|original headers|copy of the original|message text follows|content of the message)|original message follows|original message headers|---- ?the following is a copy|.{0,20}\bthe original message\b.{0,30}(?:follows|below|headers?:?)$|\[?Original message (?:header|follows)|Return-Path: <|Received: from )/im;

/** Cuts a notice at the line where the quoted original starts. */
export function splitAtOriginal(text: string): { notice: string; original?: string } {
  const m = MARKER.exec(text);
  if (!m) return { notice: text };
  const lineEnd = text.indexOf('\n', m.index);
  const isHeaderLine = /^(?:Return-Path|Received):/i.test(m[0].trimStart());
  return {
    notice: text.slice(0, m.index),
    original: isHeaderLine ? text.slice(m.index) : lineEnd < 0 ? '' : text.slice(lineEnd + 1),
  };
}

function first(headers: Map<string, string[]>, name: string): string | undefined {
  const v = header(headers, name);
  return v ? decodeWords(v) : undefined;
}

/** The headers of a quoted original, tolerating blank lines and junk before them. */
export function readOriginal(text: string): OriginalMessage | undefined {
  const start = text.search(/^[\w-]+:/m);
  if (start < 0) return undefined;
  const { headers } = splitHead(text, start);
  const messageId = header(headers, 'message-id')?.replace(/^\s*<|>\s*$/g, '');
  const original: OriginalMessage = {
    ...(messageId ? { messageId } : {}),
    ...optional('from', first(headers, 'from')),
    ...optional('to', first(headers, 'to')),
    ...optional('subject', first(headers, 'subject')),
    ...optional('date', header(headers, 'date')),
  };
  return Object.keys(original).length > 0 ? original : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value ? { [key]: value } : {}) as { [P in K]?: string };
}

/** The original from a MIME part that carries it, if the part is one. */
export function originalFromPart(part: MimePart): OriginalMessage | undefined {
  if (part.type === 'message/rfc822' || part.type.endsWith('rfc822-headers')) {
    return readOriginal(part.text());
  }
  return undefined;
}
