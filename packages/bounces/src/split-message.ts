import { decodeBody } from './decode';
import { capped, MAX_FIELD, MAX_SECTION } from './limits';

/**
 * A cheap MIME walker. A full parser decodes every attachment of the returned original
 * too; a bounce needs only the header block, the human-readable notice and the report
 * parts, so this splits on boundaries and decodes a part only when asked.
 */

/** Header fields by lower-cased name, each with its unfolded values in order. */
export interface HeaderMap {
  /** The unfolded values of a field, in order; `name` is lower-case. */
  get(name: string): string[] | undefined;
  has(name: string): boolean;
  /** How many different field names the block has, counted up to `limit`. */
  countNames(limit: number): number;
}

export interface MimePart {
  readonly headers: HeaderMap;
  /** Lower-cased media type, `text/plain` when absent. */
  readonly type: string;
  readonly params: Readonly<Record<string, string>>;
  /** The body as it stands in the message (still transfer-encoded). */
  readonly raw: string;
  /** The body decoded from its transfer encoding and charset. */
  text(): string;
}

export interface SplitMessage {
  readonly headers: HeaderMap;
  /** The top-level entity (for single-part mail, the only one). */
  readonly root: MimePart;
  /** Leaf parts in document order; `message/*` parts are leaves too. */
  readonly parts: readonly MimePart[];
}

const MAX_DEPTH = 6;
const MAX_PARTS = 64;

export function header(headers: HeaderMap, name: string): string | undefined {
  return headers.get(name)?.[0];
}

/** `[\w-]`, by char code. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/[\w-]/.test(String.fromCharCode(c))) WORD[c] = 1;

/**
 * Some MTAs forget to indent a folded parameter (`boundary="…"` on its own line): does
 * the line `text[pos, end)` start `[blanks]name=` or `name*=`? Read in place, without
 * looking past the line.
 */
function isBareParameter(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12 && c !== 13 && c !== 160) break;
    i++;
  }
  const start = i;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 128 || WORD[c] !== 1) break;
    i++;
  }
  if (i === start) return false;
  if (text.charCodeAt(i) === 42) i++; // `*`
  return i < end && text.charCodeAt(i) === 61;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

/** `text[from, to)` without the blanks at either end, copied once. */
function trimmed(text: string, from: number, to: number): string {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  const value = text.slice(from, to);
  // Other white space (no-break space, …) is rare; trim() knows all of it.
  return value.length > 0 && (value.charCodeAt(0) > 127 || value.charCodeAt(value.length - 1) > 127)
    ? value.trim()
    : value;
}

/** Per field: name start and end, value start, end of its first line, end of its last. */
const SLOTS = 5;

/**
 * A header block read in one pass that only notes where each field is. A field's value
 * is cut out (and unfolded) when asked for, and names are compared in place: most fields
 * of a bounce (Received, DKIM-Signature, ARC-…) are never read.
 */
class LazyHeaders implements HeaderMap {
  readonly #read = new Map<string, string[] | undefined>();

  constructor(
    private readonly text: string,
    private readonly fields: readonly number[],
    /** Lower-cased names of the fields whose names are not plain ASCII, by field. */
    private readonly odd: ReadonlyMap<number, string> | undefined,
  ) {}

  get(name: string): string[] | undefined {
    if (this.#read.has(name)) return this.#read.get(name);
    let values: string[] | undefined;
    const count = this.fields.length / SLOTS;
    for (let k = 0; k < count; k++) {
      if (!this.isNamed(k, name)) continue;
      values ??= [];
      values.push(this.value(k));
    }
    this.#read.set(name, values);
    return values;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  countNames(limit: number): number {
    const seen: number[] = [];
    const count = this.fields.length / SLOTS;
    for (let k = 0; k < count && seen.length < limit; k++) {
      if (!seen.some((j) => this.sameName(j, k))) seen.push(k);
    }
    return seen.length;
  }

  private nameOf(k: number): string {
    const odd = this.odd?.get(k);
    if (odd !== undefined) return odd;
    return this.text.slice(this.fields[k * SLOTS]!, this.fields[k * SLOTS + 1]!).toLowerCase();
  }

  private isNamed(k: number, name: string): boolean {
    const odd = this.odd?.get(k);
    if (odd !== undefined) return odd === name;
    const start = this.fields[k * SLOTS]!;
    if (this.fields[k * SLOTS + 1]! - start !== name.length) return false;
    for (let i = 0; i < name.length; i++) {
      let c = this.text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== name.charCodeAt(i)) return false;
    }
    return true;
  }

  private sameName(a: number, b: number): boolean {
    if (this.odd?.has(a) || this.odd?.has(b)) return this.nameOf(a) === this.nameOf(b);
    return this.isNamed(b, this.nameOf(a));
  }

  /** The value unfolded: the first line, then each further line trimmed, one space apart. */
  private value(k: number): string {
    const { text, fields } = this;
    const lineEnd = fields[k * SLOTS + 3]!;
    const end = fields[k * SLOTS + 4]!;
    let value = text.slice(fields[k * SLOTS + 2]!, lineEnd);
    let pos = lineEnd + 1;
    while (pos < end && value.length < MAX_FIELD) {
      let next = text.indexOf('\n', pos);
      if (next < 0 || next > end) next = end;
      value = `${value} ${trimmed(text, pos, next)}`;
      pos = next + 1;
    }
    return capped(value, MAX_FIELD).trim();
  }
}

/**
 * Splits a header block from its body; the block ends at the first empty line. One pass
 * over the text that notes where each field and its folded lines are; values are cut out
 * only when read.
 */
export function splitHead(text: string, from = 0): { headers: HeaderMap; body: string } {
  const fields: number[] = [];
  let odd: Map<number, string> | undefined;
  let body = '';
  let current = -1; // the field the next folded line belongs to
  let pos = from;
  // The next colon, found once for all the lines before it: a search per line would run
  // to the text's end from each line that has none.
  let nextColon = text.indexOf(':', from);
  if (text.charCodeAt(from) === 10) {
    body = text.slice(from + 1);
    pos = text.length;
  }
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd === pos) {
      body = text.slice(pos + 1); // the empty line ends the block
      break;
    }
    if (pos - from > MAX_SECTION) {
      // No real header block is this long: the rest of it is skipped unread.
      const empty = text.indexOf('\n\n', pos - 1);
      body = empty < 0 ? '' : text.slice(empty + 2);
      break;
    }
    const c = text.charCodeAt(pos);
    if (current >= 0 && (c === 32 || c === 9 || isBareParameter(text, pos, lineEnd))) {
      fields[current * SLOTS + 4] = lineEnd;
      pos = lineEnd + 1;
      continue;
    }
    if (nextColon >= 0 && nextColon < pos) nextColon = text.indexOf(':', pos);
    current = -1;
    const colon = nextColon;
    // A field name is short and on its own line.
    if (colon > pos && colon < lineEnd && colon - pos < 80) {
      let start = pos;
      let end = colon;
      while (start < end && isBlank(text.charCodeAt(start))) start++;
      while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
      let plain = true;
      for (let i = start; i < end && plain; i++) if (text.charCodeAt(i) > 127) plain = false;
      const name = plain ? undefined : trimmed(text, pos, colon).toLowerCase();
      if (end > start && name !== '') {
        // Blanks before the value go now; the rest of the trimming waits for the last fold.
        let at = colon + 1;
        while (at < lineEnd && isBlank(text.charCodeAt(at))) at++;
        current = fields.length / SLOTS;
        fields.push(start, end, at, lineEnd, lineEnd);
        if (name !== undefined) {
          odd ??= new Map();
          odd.set(current, name);
        }
      }
    }
    pos = lineEnd + 1;
  }
  return { headers: new LazyHeaders(text, fields, odd), body };
}

/** `[\w.-]`, by char code: the characters of a parameter name. */
function isParamName(c: number): boolean {
  return c < 128 && (WORD[c] === 1 || c === 46);
}

/** White space as `\s` knows it; the rare kinds beyond ASCII are asked of the pattern. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || (c > 127 && /\s/.test(String.fromCharCode(c)));
}

/**
 * The `name=value` and `name="value"` pairs of a parameter list, as the pattern
 * `([\w.-]+)\*?\s*=\s*(?:"([^"]*)"?|([^;\s]+))` would find them left to right, read
 * from each `=` so that a long word without one is passed over once, not once per letter.
 */
function parseParams(rest: string): Record<string, string> {
  const params: Record<string, string> = {};
  let from = 0;
  for (let eq = rest.indexOf('='); eq >= 0; eq = rest.indexOf('=', from)) {
    let nameEnd = eq;
    while (nameEnd > from && isSpace(rest.charCodeAt(nameEnd - 1))) nameEnd--;
    if (nameEnd > from && rest.charCodeAt(nameEnd - 1) === 42) nameEnd--; // `*`
    let nameStart = nameEnd;
    while (nameStart > from && isParamName(rest.charCodeAt(nameStart - 1))) nameStart--;
    let at = eq + 1;
    while (at < rest.length && isSpace(rest.charCodeAt(at))) at++;
    let value: string | undefined;
    let next = eq + 1;
    if (rest.charCodeAt(at) === 34) {
      const close = rest.indexOf('"', at + 1);
      value = rest.slice(at + 1, close < 0 ? rest.length : close);
      next = close < 0 ? rest.length : close + 1;
    } else {
      let end = at;
      while (end < rest.length && rest.charCodeAt(end) !== 59 && !isSpace(rest.charCodeAt(end))) {
        end++;
      }
      if (end > at) {
        value = rest.slice(at, end);
        next = end;
      }
    }
    if (nameStart < nameEnd && value !== undefined) {
      params[rest.slice(nameStart, nameEnd).toLowerCase()] = value;
      from = next;
    } else {
      from = eq + 1;
    }
  }
  return params;
}

/** `type/subtype; a=b; c="d"` into its parts. */
export function parseContentType(value: string | undefined): {
  type: string;
  params: Record<string, string>;
} {
  if (!value) return { type: 'text/plain', params: {} };
  // The type is the first `a/b` token; a forgotten `;` before the parameters is common.
  const typeMatch = /^\s*([\w.+-]+\/[\w.+-]+)/.exec(value);
  const type = typeMatch ? typeMatch[1]!.toLowerCase() : 'text/plain';
  const rest = value.slice(typeMatch ? typeMatch[0].length : 0);
  return { type, params: rest.includes('=') ? parseParams(rest) : {} };
}

function makePart(headers: HeaderMap, raw: string): MimePart {
  const { type, params } = parseContentType(header(headers, 'content-type'));
  const encoding = header(headers, 'content-transfer-encoding') ?? '';
  let decoded: string | undefined;
  return {
    headers,
    type,
    params,
    raw,
    text() {
      // No encoding makes text longer than its source: three raw characters per decoded
      // one is enough for any of them.
      decoded ??= capped(
        decodeBody(capped(raw, 3 * MAX_SECTION), encoding.trim(), params.charset),
        MAX_SECTION,
      );
      return decoded;
    },
  };
}

/** The bodies between `--boundary` lines; a missing closing line keeps the last part. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const marker = `\n${delimiter}`;
  const chunks: string[] = [];
  let pos = body.startsWith(delimiter) ? 0 : body.indexOf(marker);
  if (pos < 0) return chunks;
  if (pos > 0 || body.charCodeAt(0) === 10) pos += 1;
  while (pos >= 0) {
    const lineEnd = body.indexOf('\n', pos);
    if (body.startsWith('--', pos + delimiter.length)) break; // closing delimiter
    if (lineEnd < 0) break;
    const next = body.indexOf(marker, lineEnd);
    chunks.push(body.slice(lineEnd + 1, next < 0 ? body.length : next));
    if (next < 0 || chunks.length >= MAX_PARTS) break;
    pos = next + 1;
  }
  return chunks;
}

function walk(part: MimePart, depth: number, out: MimePart[]): void {
  if (out.length >= MAX_PARTS) return;
  const boundary = part.params.boundary;
  if (part.type.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    let chunks = splitMultipart(part.raw, boundary);
    if (chunks.length === 0) {
      // The declared boundary is not in the body (a relay rewrote one of them): use
      // the first line that looks like a delimiter instead.
      const found = /^--([^\s]{6,70}?)(?:--)?[ \t]*$/m.exec(part.raw);
      if (found) chunks = splitMultipart(part.raw, found[1]!);
    }
    if (chunks.length > 0) {
      for (const chunk of chunks) {
        const { headers, body } = splitHead(chunk);
        walk(makePart(headers, body), depth + 1, out);
      }
      return;
    }
    // A multipart body without its boundaries (truncated, or mangled by a relay) is
    // still readable as text.
    out.push({ ...part, type: 'text/plain', params: {} });
    return;
  }
  out.push(part);
}

export function splitMessage(text: string): SplitMessage {
  const { headers, body } = splitHead(text);
  const root = makePart(headers, body);
  const parts: MimePart[] = [];
  walk(root, 0, parts);
  return { headers, root, parts };
}
