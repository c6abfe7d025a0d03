import { describe, expect, it } from 'vitest';
import { isRoleAddress } from './role-address';

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
