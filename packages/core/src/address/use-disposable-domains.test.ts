import { describe, expect, it } from 'vitest';
import { disposableDomains } from '../disposable';
import { isDisposableDomain } from './disposable-domain';
import { useDisposableDomains } from './use-disposable-domains';
import { validateAddress } from './validate-address';

// One file, one process-wide list: the tests run in order and each sets what it needs.
describe('useDisposableDomains', () => {
  it('should know no disposable domain before a list is given', () => {
    expect(isDisposableDomain('mailinator.com')).toBe(false);
    expect(validateAddress('anna@mailinator.com')).toMatchObject({ ok: true, disposable: false });
  });

  it('should take a list of its own, in any case, internationalized names included', () => {
    expect(
      useDisposableDomains([
        'Throwaway.example',
        'bücher.example.',
        '',
        'x'.repeat(300),
        'tld',
      ])._unsafeUnwrap(),
    ).toBe(2);
    expect(isDisposableDomain('throwaway.example')).toBe(true);
    expect(isDisposableDomain('a.b.THROWAWAY.example')).toBe(true);
    expect(isDisposableDomain('xn--bcher-kva.example')).toBe(true);
    expect(isDisposableDomain('tld')).toBe(false);
  });

  it('should answer from the new list for a domain checked before it was given', () => {
    useDisposableDomains([]);
    expect(validateAddress('bo@later.example')).toMatchObject({ ok: true, disposable: false });
    useDisposableDomains(['later.example']);
    expect(validateAddress('bo@later.example')).toMatchObject({ ok: true, disposable: true });
  });

  it('should refuse what is not a list and keep the list it had', () => {
    useDisposableDomains(['kept.example']);
    const broken: Iterable<string> = {
      [Symbol.iterator]() {
        throw new Error('no');
      },
    };
    expect(useDisposableDomains(broken)._unsafeUnwrapErr().problem).toBe('not_a_list');
    expect(useDisposableDomains(42 as unknown as Iterable<string>).isErr()).toBe(true);
    expect(isDisposableDomain('kept.example')).toBe(true);
  });

  it('should take the maintained list from @mailgate/core/disposable', () => {
    const list = disposableDomains();
    expect(list.length).toBeGreaterThan(1000);
    expect(useDisposableDomains(list)._unsafeUnwrap()).toBeGreaterThan(1000);
    expect(isDisposableDomain('mailinator.com')).toBe(true);
    expect(isDisposableDomain('gmail.com')).toBe(false);
  });
});
