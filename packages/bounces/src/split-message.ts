import { decodeBody } from './decode';

/**
 * A cheap MIME walker. A full parser decodes every attachment of the returned original
 * too; a bounce needs only the header block, the human-readable notice and the report
 * parts, so this splits on boundaries and decodes a part only when asked.
 */

/** Header fields by lower-cased name, each with its unfolded values in order. */
export type HeaderMap = Map<string, string[]>;

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

/** Some MTAs forget to indent a folded parameter (`boundary="…"` on its own line). */
const BARE_PARAMETER = /[^\S\n]*[\w-]+\*?=/y;

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

function add(headers: HeaderMap, name: string, value: string): void {
  const list = headers.get(name);
  if (list) list.push(value);
  else headers.set(name, [value]);
}

/**
 * Splits a header block from its body; the block ends at the first empty line. One pass
 * over the text: no per-line strings, and a value is copied out once (folded ones are
 * joined line by line).
 */
export function splitHead(text: string, from = 0): { headers: HeaderMap; body: string } {
  const headers: HeaderMap = new Map();
  let end = text.indexOf('\n\n', from);
  if (text.charCodeAt(from) === 10) end = from;
  const blockEnd = end < 0 ? text.length : end;
  const body = end < 0 ? '' : text.slice(end + (end === from ? 1 : 2));
  let name = '';
  let value = '';
  let pos = from;
  while (pos < blockEnd) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0 || lineEnd > blockEnd) lineEnd = blockEnd;
    const c = text.charCodeAt(pos);
    if ((c === 32 || c === 9) && name) {
      value = `${value} ${trimmed(text, pos, lineEnd)}`;
      pos = lineEnd + 1;
      continue;
    }
    let colon = text.indexOf(':', pos);
    if (colon >= lineEnd) colon = -1;
    if (name) {
      const eq = text.indexOf('=', pos);
      if (eq >= 0 && eq < lineEnd && (colon < 0 || eq < colon)) {
        BARE_PARAMETER.lastIndex = pos;
        if (BARE_PARAMETER.test(text)) {
          value = `${value} ${trimmed(text, pos, lineEnd)}`;
          pos = lineEnd + 1;
          continue;
        }
      }
      add(headers, name, value.trim());
    }
    if (colon > pos && colon - pos < 80) {
      name = trimmed(text, pos, colon).toLowerCase();
      // Blanks before the value go now; the rest of the trimming waits for the last fold.
      let at = colon + 1;
      while (at < lineEnd && isBlank(text.charCodeAt(at))) at++;
      value = text.slice(at, lineEnd);
    } else {
      name = '';
    }
    pos = lineEnd + 1;
  }
  if (name) add(headers, name, value.trim());
  return { headers, body };
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
  const params: Record<string, string> = {};
  const rest = value.slice(typeMatch ? typeMatch[0].length : 0);
  if (rest.includes('=')) {
    const re = /([\w.-]+)\*?\s*=\s*(?:"([^"]*)"?|([^;\s]+))/g;
    let m: RegExpExecArray | null = re.exec(rest);
    while (m !== null) {
      params[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
      m = re.exec(rest);
    }
  }
  return { type, params };
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
      decoded ??= decodeBody(raw, encoding.trim(), params.charset);
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
