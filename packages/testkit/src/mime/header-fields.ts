/** One header field of a message's top-level header, as it was on the wire and unfolded. */
export interface MimeHeaderField {
  /** The name as written. */
  readonly name: string;
  /** The value unfolded (RFC 5322 §2.2.3: each CRLF before white space removed), trimmed. */
  readonly value: string;
  /** The physical lines of the field, without their line ends. */
  readonly lines: readonly string[];
}

/**
 * The top-level header fields of a raw message (up to the first empty line), in order:
 * for tests that check what went over the wire, such as a header sent exactly once and
 * folded correctly (continuation lines start with white space, none is longer than 998).
 */
export function mimeHeaderFields(raw: string): MimeHeaderField[] {
  const end = raw.search(/\r?\n\r?\n/);
  const lines = (end === -1 ? raw : raw.slice(0, end)).split(/\r?\n/);
  const fields: { name: string; lines: string[] }[] = [];
  for (const line of lines) {
    const last = fields.at(-1);
    if (/^[ \t]/.test(line) && last !== undefined) last.lines.push(line);
    else fields.push({ name: line.slice(0, Math.max(0, line.indexOf(':'))), lines: [line] });
  }
  return fields.map(({ name, lines: own }) => ({
    name,
    value: own
      .join('')
      .slice(name.length + 1)
      .trim(),
    lines: own,
  }));
}
