import { describe, expect, it } from 'vitest';
import { normalizeAddress, toAsciiDomain } from './normalize-address';

describe('normalizeAddress', () => {
  it('should trim, lower-case and convert the domain to punycode', () => {
    expect(normalizeAddress(' Anna@Example.COM ')).toBe('anna@example.com');
    expect(normalizeAddress('USER@Bücher.DE')).toBe('user@xn--bcher-kva.de');
    expect(normalizeAddress('user@xn--bcher-kva.de')).toBe('user@xn--bcher-kva.de');
  });

  it('should answer undefined for anything that is not local@domain', () => {
    for (const input of ['', 'anna', '@example.com', 'anna@', ' @example.com', 'anna@ ']) {
      expect(normalizeAddress(input)).toBeUndefined();
    }
  });

  it('should stay lenient about syntax, for addresses that come back in bounces', () => {
    expect(normalizeAddress('"Anna B"@Example.com')).toBe('"anna b"@example.com');
  });

  it('should answer undefined for a control character inside the local part (header injection)', () => {
    expect(normalizeAddress('x@example.com\r\nBcc: y@example.com')).toBeUndefined();
    expect(normalizeAddress('x@example.com\nbcc: y@example.com')).toBeUndefined();
    expect(normalizeAddress('an\u0000na@example.com')).toBeUndefined();
    expect(normalizeAddress('an\u2028na@example.com')).toBeUndefined();
    // Surrounding white space, line breaks included, is still trimmed away.
    expect(normalizeAddress('\r\nanna@example.com\r\n')).toBe('anna@example.com');
  });

  it('should answer undefined for a non-string instead of throwing', () => {
    expect(normalizeAddress(42 as unknown as string)).toBeUndefined();
  });
});

describe('toAsciiDomain', () => {
  it('should lower-case ASCII and convert unicode with UTS #46', () => {
    expect(toAsciiDomain('Example.COM')).toBe('example.com');
    expect(toAsciiDomain('Räksmörgås.SE')).toBe('xn--rksmrgs-5wao1o.se');
  });

  it('should refuse what the URL parser would silently cut or drop', () => {
    expect(toAsciiDomain('bücher.de/evil')).toBeUndefined();
    expect(toAsciiDomain('bücher.de:25')).toBeUndefined();
    expect(toAsciiDomain('bü\ncher.de')).toBeUndefined();
    expect(toAsciiDomain('example.com\r\n')).toBeUndefined();
  });
});
