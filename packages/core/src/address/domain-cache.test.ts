import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAsciiDomain } from './check-domain';
import { isDisposableAsciiDomain } from './disposable-domain';
import { validAsciiDomain } from './domain-cache';
import { useDisposableDomains } from './use-disposable-domains';
import { type ValidAddress, validateAddress, validateAddressInto } from './validate-address';

// A small list of our own, so that some generated domains are on it.
useDisposableDomains(['mailinator.com']);

const domainLike = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'aZq0-._@ ü'), maxLength: 12 }),
    fc.constantFrom('.com', '.SE', '.co.uk', '', '.', '.1', '.mailinator.com'),
  )
  .map((parts) => parts.join(''));

describe('validAsciiDomain', () => {
  it('should answer what checking the domain afresh answers, in any case', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), domainLike, (prefix, domain) => {
        const s = `${prefix}${domain}`;
        const known = validAsciiDomain(s, prefix.length);
        // Asked twice: once found by checking, once from memory.
        expect(validAsciiDomain(s, prefix.length)).toBe(known);
        if (checkAsciiDomain(s, prefix.length) !== undefined) {
          expect(known).toBeUndefined();
          return;
        }
        const lower = domain.toLowerCase();
        expect(known).toEqual({
          domain: lower,
          key: `@${lower}`,
          disposable: isDisposableAsciiDomain(lower),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('should find a domain whatever its case, as the same entry', () => {
    const first = validAsciiDomain('a@Example.SE', 2);
    expect(first?.domain).toBe('example.se');
    expect(validAsciiDomain('b@example.se', 2)).toBe(first);
    expect(validAsciiDomain('b@example.sf', 2)?.domain).toBe('example.sf');
  });
});

describe('validateAddressInto', () => {
  const addressLike = fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'aZ0.+-_" @\r\nü'), maxLength: 12 }),
      fc.constantFrom('@', '@@', ''),
      domainLike,
    )
    .map((parts) => parts.join(''));

  it('should give the verdict of validateAddress', () => {
    const out: ValidAddress = {
      address: '',
      display: '',
      domain: { domain: '', key: '', disposable: false },
      role: false,
    };
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), addressLike, fc.anything()), (input) => {
        const check = validateAddress(input);
        const problem = validateAddressInto(input, out);
        if (!check.ok) {
          expect(problem).toEqual(check);
          return;
        }
        expect(problem).toBeUndefined();
        expect(out).toEqual({
          address: check.address,
          display: check.display,
          domain: { domain: check.domain, key: `@${check.domain}`, disposable: check.disposable },
          role: check.role,
        });
      }),
      { numRuns: 3000 },
    );
  });
});
