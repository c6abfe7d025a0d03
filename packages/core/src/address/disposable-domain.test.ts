import { describe, expect, it } from 'vitest';
import { disposableDomains } from '../disposable';
import { isDisposableDomain } from './disposable-domain';
import { useDisposableDomains } from './use-disposable-domains';

useDisposableDomains(disposableDomains());

describe('isDisposableDomain', () => {
  it.each([
    'mailinator.com',
    'guerrillamail.com',
    '10minutemail.com',
    'yopmail.com',
    'trashmail.com',
  ])('should know %s from the maintained list', (domain) => {
    expect(isDisposableDomain(domain)).toBe(true);
  });

  it('should match subdomains of a listed domain', () => {
    expect(isDisposableDomain('a.b.mailinator.com')).toBe(true);
    expect(isDisposableDomain('x.yopmail.com')).toBe(true);
  });

  it('should accept any case, surrounding space and a trailing dot', () => {
    expect(isDisposableDomain(' Mailinator.COM ')).toBe(true);
    expect(isDisposableDomain('mailinator.com.')).toBe(true);
  });

  it.each([
    'gmail.com',
    'hotmail.com',
    'ziggo.nl',
    'telia.com',
    'example.com',
    'com',
    'mailinator.com.evil.example',
    '',
  ])('should not flag %j', (domain) => {
    expect(isDisposableDomain(domain)).toBe(false);
  });

  it('should answer false for a non-string instead of throwing', () => {
    expect(isDisposableDomain(null as unknown as string)).toBe(false);
  });
});
