import { decodeWords as decodePostalWords } from 'postal-mime';
import { capped, MAX_ENCODED } from './limits';

/**
 * Byte and transfer-encoding helpers. Everything here is total: bad input gives a
 * best-effort string, never an exception, because a bounce parser must not crash on
 * the broken mail it exists to read.
 */

const utf8 = new TextDecoder('utf-8');
type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder | null>();

/** A TextDecoder for a MIME charset label, or null when the runtime does not know it. */
function decoderFor(charset: string): Decoder | null {
  const label = charset.trim().toLowerCase();
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/** The raw input as text with LF line ends (CRLF and CR-only mail read the same). */
export function toText(raw: string | Uint8Array): string {
  const text = typeof raw === 'string' ? raw : utf8.decode(raw);
  if (!text.includes('\r')) return text;
  // A string pattern is replaced faster than a regex; lone CRs (old Mac mail) are rare.
  const lf = text.replaceAll('\r\n', '\n');
  return lf.includes('\r') ? lf.replace(/\r/g, '\n') : lf;
}

/** Bytes (one char per byte, as `binary` strings) decoded with a charset. */
export function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  const decoder = (charset && decoderFor(charset)) || utf8;
  return decoder.decode(bytes);
}

const B64 = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
}

/** Base64 to bytes, skipping anything that is not in the alphabet (line breaks, junk). */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.ceil((text.length * 3) / 4));
  let bits = 0;
  let count = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64[c]! : -1;
    if (v < 0) {
      if (c === 61) break; // '=' padding ends the data
      continue;
    }
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[n++] = (bits >> count) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** Quoted-printable to bytes; a broken escape is kept literally. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  // Only characters beyond ASCII (text already decoded) take more than one byte.
  const out = new Uint8Array(isAscii(text) ? text.length : text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) {
      const next = text.charCodeAt(i + 1);
      if (next === 10) {
        i += 1; // soft line break
        continue;
      }
      const hi = hex(next);
      const lo = hex(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        out[n++] = (hi << 4) | lo;
        i += 2;
        continue;
      }
    }
    n = putChar(out, n, c);
  }
  return out.subarray(0, n);
}

/** Decodes runs of escapes only, keeping runs of plain text as they are. */
const utf8Run = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Quoted-printable UTF-8 straight to text: the plain runs between escapes are copied as
 * they are and only the escaped bytes go through the decoder (a character split by a soft
 * line break, `=C3=\n=A9`, is one run).
 */
export function decodeQuotedPrintableUtf8(text: string): string {
  let out = '';
  let from = 0;
  let bytes: Uint8Array | undefined;
  let i = text.indexOf('=');
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    if (next === 10) {
      out += text.slice(from, i);
      from = i + 2;
      i = text.indexOf('=', from);
      continue;
    }
    if (hex(next) < 0 || hex(text.charCodeAt(i + 2)) < 0) {
      i = text.indexOf('=', i + 1); // a broken escape stays as it is
      continue;
    }
    out += text.slice(from, i);
    bytes ??= new Uint8Array(Math.ceil(text.length / 3));
    let n = 0;
    let j = i;
    while (text.charCodeAt(j) === 61) {
      const c = text.charCodeAt(j + 1);
      if (c === 10) {
        j += 2;
        continue;
      }
      const hi = hex(c);
      const lo = hex(text.charCodeAt(j + 2));
      if (hi < 0 || lo < 0) break;
      bytes[n++] = (hi << 4) | lo;
      j += 3;
    }
    // Only the very start of the text may hold a byte order mark to drop.
    out += (out.length === 0 ? utf8 : utf8Run).decode(bytes.subarray(0, n));
    from = j;
    i = text.indexOf('=', from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Writes one UTF-16 code unit as UTF-8 (already-decoded text inside QP stays intact). */
function putChar(out: Uint8Array, n: number, c: number): number {
  if (c < 0x80) {
    out[n++] = c;
  } else if (c < 0x800) {
    out[n++] = 0xc0 | (c >> 6);
    out[n++] = 0x80 | (c & 63);
  } else {
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 63);
    out[n++] = 0x80 | (c & 63);
  }
  return n;
}

/** Is the text plain 7-bit ASCII, so no charset decoding can change it? */
function isAscii(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the point
  return !/[^\x00-\x7f]/.test(text);
}

/**
 * A body decoded from its transfer encoding and charset. 7bit/8bit bodies were already
 * decoded as UTF-8 with the whole message; only 7-bit legacy charsets (ISO-2022-JP) need
 * a second pass.
 */
export function decodeBody(body: string, encoding: string, charset: string | undefined): string {
  const enc = encoding.toLowerCase();
  if (enc === 'base64') return decodeBytes(decodeBase64(body), charset);
  if (enc === 'quoted-printable') {
    const decoder = (charset && decoderFor(charset)) || utf8;
    if (decoder.encoding === 'utf-8') return decodeQuotedPrintableUtf8(body);
    return decoder.decode(decodeQuotedPrintable(body));
  }
  if (charset && body.includes('\x1b') && isAscii(body)) {
    const bytes = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
    return decodeBytes(bytes, charset);
  }
  return body;
}

/**
 * RFC 2047 encoded words decoded; most header values have none, and are returned as they
 * are. The decoder's time grows faster than its input, so it reads at most MAX_ENCODED.
 */
export function decodeWords(value: string): string {
  return value.includes('=?') ? decodePostalWords(capped(value, MAX_ENCODED)) : value;
}
