import * as z from 'zod/mini';

/**
 * Whether `value` may stand in a header field: no character that any mail library,
 * MUA or log reader may take for the end of a line (CR, LF, VT, FF, NEL, LINE and
 * PARAGRAPH SEPARATOR), no NUL, and no unpaired surrogate (which has no UTF-8 form,
 * so a transport would fail on it after the gate said yes). The one rule for every
 * header-bound field, used by the zod schema and the fast parser alike.
 */
export function isHeaderText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0) return false;
    } else if (c >= 0x85) {
      if (c === 0x85 || c === 0x2028 || c === 0x2029) return false;
      if (c >= 0xd800 && c <= 0xdfff) {
        // A high surrogate must be followed by a low one; a low one alone is refused.
        const next = value.charCodeAt(i + 1);
        if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
        i++;
      }
    }
  }
  return true;
}

export const headerTextMessage = 'must not contain line breaks or unpaired surrogates';

/** A string of at most `max` characters that may stand in a header field. */
export const headerText = (max: number) =>
  z.string().check(z.maxLength(max), z.refine(isHeaderText, { message: headerTextMessage }));
