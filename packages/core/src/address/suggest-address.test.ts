import { describe, expect, it } from 'vitest';
import { suggestAddress } from './suggest-address';

describe('suggestAddress', () => {
  // The typos Teamtailor's help centre lists (seed 002): .con/.co for .com, a missing
  // letter (gmai.com), a wrong or swapped letter (gnail.com, hotmial.com).
  it.each([
    ['x@gmai.com', 'x@gmail.com'],
    ['x@gnail.com', 'x@gmail.com'],
    ['x@hotmial.com', 'x@hotmail.com'],
    ['x@gmail.con', 'x@gmail.com'],
    ['x@gmail.co', 'x@gmail.com'],
    ['x@hotmail.co', 'x@hotmail.com'],
  ])('should suggest %s → %s', (typed, suggested) => {
    expect(suggestAddress(typed)).toBe(suggested);
  });

  it.each([
    ['x@gmai.con', 'x@gmail.com'],
    ['x@hotmial.con', 'x@hotmail.com'],
    ['x@gmailcom', 'x@gmail.com'],
    ['x@ziggo.nll', 'x@ziggo.nl'],
    ['x@kpnmial.nl', 'x@kpnmail.nl'],
    ['x@outlok.se', 'x@outlook.se'],
    ['x@teila.com', 'x@telia.com'],
    ['x@acme.con', 'x@acme.com'],
    ['x@acme.cmo', 'x@acme.com'],
    ['x@mail.acme.ocm', 'x@mail.acme.com'],
  ])('should also suggest %s → %s', (typed, suggested) => {
    expect(suggestAddress(typed)).toBe(suggested);
  });

  it('should keep the local part exactly as typed', () => {
    expect(suggestAddress(' Anna.Berg+CV@GMAI.COM ')).toBe('Anna.Berg+CV@gmail.com');
  });

  it.each(['x@gmail.com', 'x@example.com', 'x@company.co.uk', 'x@ziggo.nl', 'x@acme.se'])(
    'should suggest nothing for a correct address (%s)',
    (address) => {
      expect(suggestAddress(address)).toBeUndefined();
    },
  );

  it.each([
    'x@gmx.com',
    'x@mail.com',
    'x@live.com',
    'x@me.com',
    'x@ms.com',
    'x@ymail.com',
    'x@yahoo.co.nz',
    'x@acme.io',
    'x@acme.cam',
    'x@acme.co',
    'x@telia.se',
    'x@gmx.at',
  ])('should not turn a real domain into a popular one (%s)', (address) => {
    expect(suggestAddress(address)).toBeUndefined();
  });

  it('should answer the same from its cache', () => {
    expect(suggestAddress('a@gmai.com')).toBe('a@gmail.com');
    expect(suggestAddress('B@gmai.com')).toBe('B@gmail.com');
    expect(suggestAddress('b@example.com')).toBeUndefined();
    expect(suggestAddress('c@example.com')).toBeUndefined();
  });

  it('should answer undefined for what is not an address, never throwing', () => {
    for (const input of ['', 'gmai.com', '@gmai.com', 'x@', 'x'.repeat(10_000)]) {
      expect(suggestAddress(input)).toBeUndefined();
    }
    expect(suggestAddress(undefined as unknown as string)).toBeUndefined();
  });
});
