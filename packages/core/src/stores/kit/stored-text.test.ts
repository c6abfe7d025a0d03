import { describe, expect, it } from 'vitest';
import { fromStoredText, toStoredText } from '../../store-kit';

describe('toStoredText', () => {
  it('should keep ordinary text as it is, escapes included', () => {
    for (const text of ['ann@example.com', '100% sure', 'emoji 😀', 'a%0000b', '']) {
      expect(toStoredText(text)).toBe(text);
      expect(fromStoredText(text)).toBe(text);
    }
  });

  it('should escape NUL, the marker and half surrogate pairs, and turn them back exactly', () => {
    const awkward = ['nul\u0000x', '\u0001marker', 'half \uD800 pair', 'low \uDC00', '%\u0000%'];
    const stored = awkward.map(toStoredText);
    for (const [i, text] of awkward.entries()) {
      expect(stored[i]!.includes('\u0000')).toBe(false);
      expect(stored[i]).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
      expect(fromStoredText(stored[i]!)).toBe(text);
    }
    // Two strings never share a stored form: half a pair is not the replacement character.
    expect(new Set([...stored, toStoredText('half \uFFFD pair')]).size).toBe(awkward.length + 1);
  });
});
