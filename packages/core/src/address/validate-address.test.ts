import { describe, expect, it } from 'vitest';
import { disposableDomains } from '../disposable';
import { useDisposableDomains } from './use-disposable-domains';
import { type AddressCheck, type AddressProblem, validateAddress } from './validate-address';

useDisposableDomains(disposableDomains());

function problemOf(check: AddressCheck): AddressProblem | 'ok' {
  return check.ok ? 'ok' : check.problem;
}

describe('validateAddress', () => {
  it('should accept a plain address and normalize it', () => {
    expect(validateAddress('  Anna.Svensson@Example.SE ')).toEqual({
      ok: true,
      address: 'anna.svensson@example.se',
      display: 'Anna.Svensson@Example.SE',
      local: 'anna.svensson',
      domain: 'example.se',
      role: false,
      disposable: false,
    });
  });

  it.each([
    'a@b.co',
    "o'brien@example.ie",
    'first.last+tag@example.com',
    "!#$%&'*+-/=?^_`{|}~@example.com",
    'x@sub.domain.example.co.uk',
    'x@a-b.example',
    'x@123.example.com',
    'x@xn--bcher-kva.de',
    'x@example.xn--p1ai',
  ])('should accept %s', (address) => {
    expect(validateAddress(address).ok).toBe(true);
  });

  it.each<[string, AddressProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['plainaddress', 'syntax'],
    ['@example.com', 'syntax'],
    ['a@', 'syntax'],
    ['a@b@example.com', 'syntax'],
    ['.a@example.com', 'syntax'],
    ['a.@example.com', 'syntax'],
    ['a..b@example.com', 'syntax'],
    ['a b@example.com', 'syntax'],
    ['a,b@example.com', 'syntax'],
    ['<a@example.com>', 'syntax'],
    ['Anna <a@example.com>', 'syntax'],
    ['"a b"@example.com', 'syntax'],
    ['åsa@example.se', 'syntax'],
    ['a@localhost', 'bad_domain'],
    ['a@example', 'bad_domain'],
    ['a@example.', 'bad_domain'],
    ['a@.example.com', 'bad_domain'],
    ['a@example..com', 'bad_domain'],
    ['a@-example.com', 'bad_domain'],
    ['a@example-.com', 'bad_domain'],
    ['a@exa_mple.com', 'bad_domain'],
    ['a@exa mple.com', 'bad_domain'],
    ['a@example.c', 'bad_domain'],
    ['a@example.123', 'bad_domain'],
    ['a@192.168.0.1', 'bad_domain'],
    ['a@[192.168.0.1]', 'bad_domain'],
    ['a@[IPv6:2001:db8::1]', 'bad_domain'],
    ['a@bücher.de/path', 'bad_domain'],
    ['a@bücher.de:25', 'bad_domain'],
  ])('should refuse %j as %s', (address, problem) => {
    expect(problemOf(validateAddress(address))).toBe(problem);
  });

  it('should explain every refusal in one sentence', () => {
    const check = validateAddress('a..b@example.com');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.detail).toMatch(/^[A-Z].*\.$/);
  });

  describe('length limits', () => {
    const label63 = 'a'.repeat(63);
    it('should accept a local part of 64 characters and refuse 65', () => {
      expect(validateAddress(`${'a'.repeat(64)}@example.com`).ok).toBe(true);
      expect(problemOf(validateAddress(`${'a'.repeat(65)}@example.com`))).toBe('local_too_long');
    });

    it('should accept a label of 63 characters and refuse 64', () => {
      expect(validateAddress(`a@${label63}.com`).ok).toBe(true);
      expect(problemOf(validateAddress(`a@${label63}a.com`))).toBe('label_too_long');
    });

    it('should accept 254 characters in all and refuse 255', () => {
      const domain = `${label63}.${label63}.${label63}.${'b'.repeat(57)}.com`; // 253
      const at254 = `${'a'.repeat(254 - 1 - domain.length + 2)}@${domain.slice(2)}`;
      expect(at254.length).toBe(254);
      expect(validateAddress(at254).ok).toBe(true);
      expect(problemOf(validateAddress(`a${at254}`))).toBe('too_long');
    });

    it('should refuse a domain over 255 characters as domain_too_long', () => {
      const domain = `${Array.from({ length: 5 }, () => label63).join('.')}.com`;
      expect(problemOf(validateAddress(`a@${domain}`))).toBe('domain_too_long');
    });

    it('should count the punycode form of an internationalized domain', () => {
      // 60 × "ü" is 60 characters, but its punycode label is far over 63.
      expect(problemOf(validateAddress(`a@${'ü'.repeat(60)}.de`))).toBe('label_too_long');
    });

    it('should refuse huge input without looking at it', () => {
      expect(problemOf(validateAddress(`${'a'.repeat(1_000_000)}@example.com`))).toBe('too_long');
      expect(problemOf(validateAddress(`a@${'a.'.repeat(500_000)}com`))).toBe('too_long');
    });
  });

  describe('internationalized domains', () => {
    it('should convert the domain to punycode and keep the display form', () => {
      const check = validateAddress('user@bücher.de');
      expect(check).toMatchObject({
        ok: true,
        address: 'user@xn--bcher-kva.de',
        domain: 'xn--bcher-kva.de',
        display: 'user@bücher.de',
      });
    });

    it('should normalize case in both the local part and a unicode domain', () => {
      const a = validateAddress('USER@Bücher.DE');
      const b = validateAddress('user@xn--bcher-kva.de');
      expect(a.ok && b.ok && a.address === b.address).toBe(true);
    });

    it('should apply UTS #46 mapping (full-width forms)', () => {
      expect(validateAddress('a@ｅｘａｍｐｌｅ．ｓｅ')).toMatchObject({
        ok: true,
        domain: 'example.se',
      });
      expect(validateAddress('a@räksmörgås.se')).toMatchObject({
        ok: true,
        domain: 'xn--rksmrgs-5wao1o.se',
      });
    });
  });

  describe('header injection', () => {
    it.each([
      'a@b.com\r\nBcc: x@y.com',
      'a@b.com\nBcc: x@y.com',
      'a@b.com\r',
      '\r\na@b.com',
      'a@b.com\u0000',
      'a\u0000@b.com',
      'a@b.com\u2028',
      'a@b\u0085.com',
      'a@bü\ncher.de',
      'a\t@b.com',
      'a@b.com\t',
      '"a\r\nb"@b.com',
    ])('should refuse %j as line_break', (address) => {
      expect(problemOf(validateAddress(address))).toBe('line_break');
    });
  });

  describe('input that is not a string', () => {
    it.each([undefined, null, 42, true, {}, [], ['a@b.com'], Symbol('x'), 10n, () => 'a@b.com'])(
      'should refuse %s as not_a_string',
      (input) => {
        expect(problemOf(validateAddress(input))).toBe('not_a_string');
      },
    );
  });

  it('should flag role and disposable addresses without refusing them', () => {
    expect(validateAddress('Support@Acme.com')).toMatchObject({
      ok: true,
      role: true,
      disposable: false,
    });
    expect(validateAddress('anna@mailinator.com')).toMatchObject({
      ok: true,
      role: false,
      disposable: true,
    });
    expect(validateAddress('x@a.b.Mailinator.com')).toMatchObject({ ok: true, disposable: true });
  });

  it('should accept the mistyped addresses of the Teamtailor article: they are valid syntax', () => {
    for (const address of [
      'x@gmai.com',
      'x@gnail.com',
      'x@hotmial.com',
      'x@gmail.con',
      'x@gmail.co',
    ]) {
      expect(validateAddress(address).ok).toBe(true);
    }
  });
});
