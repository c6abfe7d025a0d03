/**
 * Character classes of RFC 5321/5322 addresses as lookup tables: a table lookup per
 * code unit keeps the hot path of bulk validation free of regular expressions.
 */

/** `atext` of RFC 5322 §3.2.3: what a dot-atom local part may contain besides dots. */
export const ATEXT: Uint8Array = table(
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~",
);

/** Letters, digits and hyphen: the only characters of a host name label (RFC 1123). */
export const LDH: Uint8Array = table(
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-',
);

function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/**
 * A character that can end or split a header line, or otherwise has no place in an
 * address: C0 controls (CR, LF, NUL, TAB …), DEL, C1 controls (NEL among them) and the
 * Unicode line and paragraph separators. Any of these in an address is treated as an
 * attempt at header injection, never as a typo to be trimmed away.
 */
export function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

/** Whether `s` contains a character for which `isControl` holds. */
export function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isControl(s.charCodeAt(i))) return true;
  return false;
}
