// A database may be unable to keep some strings exactly. PostgreSQL text holds neither NUL
// nor half a surrogate pair (UTF-8 has no code for one): such a string fails the whole
// query. Redis keeps bytes, but half a pair is sent as U+FFFD and comes back changed (and
// meets the key that really has U+FFFD). So strings that contain them (or the escape
// marker) are stored escaped, behind a marker no other stored string starts with; every
// other string — nearly all — is stored as it is, and stays readable in the database.

const MARK = '\u0001';
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and the marker are the point
const unsafe = /[\u0000\u0001%]|[\uD800-\uDFFF]/g;
// NUL, the marker, or a surrogate that is not half of a pair.
const needsEscape =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL and the marker are the point
  /[\u0000\u0001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The stored form of a string: itself, unless it holds NUL, half a surrogate pair or the
 * escape marker (U+0001), which a database could not keep exactly; then an escaped form
 * that `fromStoredText` turns back. Two different strings never share a stored form.
 */
export function toStoredText(value: string): string {
  if (!needsEscape.test(value)) return value;
  return MARK + value.replace(unsafe, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The string a stored form (from `toStoredText`) stands for. */
export function fromStoredText(stored: string): string {
  if (!stored.startsWith(MARK)) return stored;
  return stored
    .slice(1)
    .replace(/%([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
