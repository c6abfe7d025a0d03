import { toText } from './decode';
import { parseBounce } from './parse-bounce';
import type { ParsedReport } from './types';

/**
 * An mbox file holds messages one after another, each opened by a `From ` line at the
 * start of a line after an empty line (or at the very start). mboxrd escapes body lines
 * that begin with `From ` as `>From `, so a bare `From ` line is always a separator.
 */
export function splitMbox(raw: string | Uint8Array): string[] {
  const text = toText(raw);
  const messages: string[] = [];
  const re = /(?:^|\n\n)From [^\n]*\n/g;
  let start = -1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lineStart = m.index === 0 ? 0 : m.index + 2;
    if (start >= 0) messages.push(text.slice(start, lineStart));
    start = m.index + m[0].length;
  }
  if (start < 0) return text.trim() ? [text] : [];
  messages.push(text.slice(start));
  return messages.filter((m) => m.trim() !== '');
}

/** Every message of an mbox file, each read by parseBounce. */
export function parseMbox(raw: string | Uint8Array): ParsedReport[] {
  try {
    return splitMbox(raw).map(parseBounce);
  } catch {
    return [];
  }
}
