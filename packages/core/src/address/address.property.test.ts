import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAddress } from './normalize-address';
import { suggestAddress } from './suggest-address';
import { validateAddress } from './validate-address';

// Strings that look like addresses often enough to reach every branch.
const addressLike = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'aZ0.+-_"\\ @\r\n\t\u0000ü'), maxLength: 20 }),
    fc.constantFrom('@', '@@', ''),
    fc.string({ unit: fc.constantFrom(...'aZ0.-_[]:/ üß。\u2028'), maxLength: 30 }),
    fc.constantFrom('.com', '.se', '.co.uk', '', '.', '.1'),
  )
  .map((parts) => parts.join(''));
const anything = fc.oneof(fc.anything(), fc.string(), fc.string({ unit: 'binary' }), addressLike);

describe('address functions', () => {
  it('should never throw, whatever the input', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const check = validateAddress(input);
        expect(typeof check.ok).toBe('boolean');
        suggestAddress(input as string);
        normalizeAddress(input as string);
      }),
      { numRuns: 2000 },
    );
  });

  it('should validate a valid result again to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), addressLike), (input) => {
        const check = validateAddress(input);
        if (!check.ok) return;
        expect(validateAddress(check.address)).toEqual({ ...check, display: check.address });
        expect(validateAddress(check.display)).toEqual(check);
        expect(normalizeAddress(input)).toBe(check.address);
        expect(check.address).toBe(`${check.local}@${check.domain}`);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
        expect(check.domain).toMatch(/^[\x00-\x7f]+$/);
      }),
      { numRuns: 2000 },
    );
  });
});
