import { decodeWords } from './decode';
import { capped, MAX_FIELD, MAX_SECTION } from './limits';
import type { MimePart } from './split-message';
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
  /[ \t]*(?:[-=_*]{2,}[ \t]*(?:this is a copy|below this line|original message|the header of the original|original mail|unsent message|returned message|message header|headers of|the original|original headers|copy of the original|message text follows|content of the message)|original message follows|original message headers|---- ?the following is a copy|.{0,20}\bthe original message\b.{0,30}(?:follows|below|headers?:?)$|\[?Original message (?:header|follows)|Return-Path: <|Received: from )/imy;

/** Anywhere in a line, this phrase may open a marker; elsewhere the first character tells. */
const ANYWHERE = /the original message/gi;

/** The first characters (after blanks) that can open a marker line: `-=_*[`, o, r. */
function mayOpenMarker(c: number): boolean {
  return (
    c === 45 || c === 61 || c === 95 || c === 42 || c === 91 || (c | 32) === 111 || (c | 32) === 114
  );
}

/**
 * The start of the first marker line, or -1. One pass over the lines; the marker pattern
 * runs only on lines whose first character (or an "original message" in them) allows it.
 */
function findMarker(text: string): number {
  ANYWHERE.lastIndex = 0;
  let anywhere = ANYWHERE.exec(text)?.index ?? -1;
  let pos = 0;
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    let first = pos;
    while (first < lineEnd) {
      const c = text.charCodeAt(first);
      if (c !== 32 && c !== 9) break;
      first++;
    }
    if (anywhere >= 0 && anywhere < pos) {
      ANYWHERE.lastIndex = pos;
      anywhere = ANYWHERE.exec(text)?.index ?? -1;
    }
    if (
      (first < lineEnd && mayOpenMarker(text.charCodeAt(first))) ||
      (anywhere >= 0 && anywhere < lineEnd)
    ) {
      MARKER.lastIndex = pos;
      if (MARKER.test(text)) return pos;
    }
    pos = lineEnd + 1;
  }
  return -1;
}

const HEADER_LINE = /[ \t]*(?:Return-Path|Received):/iy;

/** Cuts a notice at the line where the quoted original starts. */
export function splitAtOriginal(text: string): { notice: string; original?: string } {
  const at = findMarker(text);
  if (at < 0) return { notice: text };
  const lineEnd = text.indexOf('\n', at);
  HEADER_LINE.lastIndex = at;
  const isHeaderLine = HEADER_LINE.test(text);
  return {
    notice: text.slice(0, at),
    original: isHeaderLine ? text.slice(at) : lineEnd < 0 ? '' : text.slice(lineEnd + 1),
  };
}

const WANTED = new Set(['message-id', 'from', 'to', 'subject', 'date']);
const WANTED_LENGTHS = new Set([...WANTED].map((name) => name.length));
/** Only a name as long as the longest wanted one can precede the colon looked for. */
const LONGEST = Math.max(...WANTED_LENGTHS);

/**
 * Reads only the five headers that identify the original, unfolding just those: the
 * returned original's header block is often long (Received chains, DKIM), and a full
 * parse of it would cost more than the whole report.
 */
function pickHeaders(text: string, start: number): Map<string, string> {
  const found = new Map<string, string>();
  const end = text.indexOf('\n\n', start);
  const block = end < 0 ? text.slice(start) : text.slice(start, end);
  let current: string | undefined;
  let pos = 0;
  while (pos < block.length) {
    let next = block.indexOf('\n', pos);
    if (next < 0) next = block.length;
    const c = block.charCodeAt(pos);
    if (c === 32 || c === 9) {
      const value = current && found.get(current);
      if (value && value.length < MAX_FIELD) {
        found.set(current!, `${value} ${block.slice(pos, next).trim()}`);
      }
    } else {
      current = undefined;
      let colon = pos;
      const stop = Math.min(next, pos + LONGEST + 1);
      while (colon < stop && block.charCodeAt(colon) !== 58) colon++;
      // Only names as long as a wanted one are worth cutting out (Received is not).
      if (colon < stop && WANTED_LENGTHS.has(colon - pos)) {
        const name = block.slice(pos, colon).toLowerCase();
        if (WANTED.has(name) && !found.has(name)) {
          current = name;
          found.set(name, block.slice(colon + 1, next).trim());
        }
      }
    }
    pos = next + 1;
  }
  return found;
}

/** The headers of a quoted original, tolerating blank lines and junk before them. */
export function readOriginal(quoted: string): OriginalMessage | undefined {
  const text = capped(quoted, MAX_SECTION);
  const start = text.search(/^[\w-]+:/m);
  if (start < 0) return undefined;
  const headers = pickHeaders(text, start);
  const messageId = headers.get('message-id')?.replace(/^\s*<|>\s*$/g, '');
  const decoded = (name: string) => {
    const v = headers.get(name);
    return v ? decodeWords(v) : undefined;
  };
  const original: { -readonly [K in keyof OriginalMessage]: OriginalMessage[K] } = {};
  let any = false;
  if (messageId) {
    original.messageId = messageId;
    any = true;
  }
  for (const name of ['from', 'to', 'subject'] as const) {
    const v = decoded(name);
    if (v) {
      original[name] = v;
      any = true;
    }
  }
  const date = headers.get('date');
  if (date) {
    original.date = date;
    any = true;
  }
  return any ? original : undefined;
}

/** The original from a MIME part that carries it, if the part is one. */
export function originalFromPart(part: MimePart): OriginalMessage | undefined {
  if (part.type === 'message/rfc822' || part.type.endsWith('rfc822-headers')) {
    // The headers of an attached message are never transfer-encoded themselves, so
    // the raw part is enough unless the whole part was base64- or QP-encoded.
    const encoding = part.headers.get('content-transfer-encoding')?.[0]?.toLowerCase() ?? '';
    return readOriginal(/base64|quoted/.test(encoding) ? part.text() : part.raw);
  }
  return undefined;
}
