import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRoleAddress, isRoleLocal, matchesRole } from './role-address';

describe('isRoleAddress', () => {
  it.each([
    'info',
    'INFO',
    'sales',
    'support',
    'admin',
    'noreply',
    'no-reply',
    'no_reply',
    'do-not-reply',
    'donotreply',
    'postmaster',
    'abuse',
    'webmaster',
    'hr',
    'jobs',
    'careers',
    'billing',
    'contact',
    'office',
    'team',
    'marketing',
    'mailer-daemon',
    'klantenservice',
    'kundtjanst',
  ])('should count %s as a role', (local) => {
    expect(isRoleAddress(local)).toBe(true);
  });

  it.each([
    'support-nl',
    'sales.se',
    'info_de',
    'info2',
    'sales01',
    'support+tickets',
    'sales-support',
    'jobs-noreply',
  ])('should count a role with a region, number, tag or another role (%s)', (local) => {
    expect(isRoleAddress(local)).toBe(true);
  });

  it.each([
    'anna',
    'john.smith',
    'hr-anna',
    'team.lead',
    'information.officer.jansen',
    'infoanna',
    'salesman',
    'k.jansen82',
    '',
  ])('should not count a person’s address (%j)', (local) => {
    expect(isRoleAddress(local)).toBe(false);
  });

  it('should answer false for a non-string instead of throwing', () => {
    expect(isRoleAddress(undefined as unknown as string)).toBe(false);
  });
});

describe('isRoleLocal', () => {
  // Role words, prefixes and people's names joined by separators, sub-addresses and digits.
  const part = fc.oneof(
    fc.constantFrom('info', 'no', 'reply', 'do', 'not', 'sales', 'support', 'hr', 'nl', 'se'),
    fc.constantFrom('mailer', 'daemon', 'e', 'mail', 'anna', 'person', 'x', 'team', 'lead'),
    fc.string({ unit: fc.constantFrom(...'abcinor019'), maxLength: 6 }),
  );
  const local = fc
    .array(fc.tuple(part, fc.constantFrom('', '-', '_', '.', '+', '1', '01')), { maxLength: 4 })
    .map((parts) => parts.flat().join(''));

  it('should answer as the full check does: the first-word shortcut never misses a role', () => {
    fc.assert(
      fc.property(local, (value) => {
        expect(isRoleLocal(value)).toBe(matchesRole(value));
      }),
      { numRuns: 5000 },
    );
  });
});
