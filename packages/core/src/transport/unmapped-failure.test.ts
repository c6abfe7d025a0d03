import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReason } from '../reasons/reason';
import { unmappedFailure } from './transport-helpers';

const throwingGetter = Object.defineProperty({}, 'message', {
  get() {
    throw new Error('boom');
  },
});

const hostileProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('no');
    },
    getPrototypeOf() {
      throw new Error('no');
    },
  },
);

describe('unmappedFailure', () => {
  it('should call an error nobody can read unknown and uncertain, never retryable', () => {
    expect(unmappedFailure('smtp', new Error('weird'))).toEqual({
      status: 'failed',
      reason: 'unknown',
      permanent: false,
      retryable: false,
      uncertain: true,
      provider: { name: 'smtp', text: 'Error: weird' },
    });
  });

  it('should describe what it was given, and keep a string code', () => {
    const text = (error: unknown) => unmappedFailure('x', error).provider?.text;
    expect(text('a string')).toBe('a string');
    expect(text('')).toBe('an empty string');
    expect(text({})).toBe('an object with no message');
    expect(text(Object.create(null))).toBe('an object with no message');
    expect(text({ message: 'only a message' })).toBe('only a message');
    expect(text(Object.assign(Object.create(null), { name: 'Odd' }))).toBe('Odd');
    expect(text(undefined)).toBe('undefined');
    expect(text(null)).toBe('null');
    expect(text(42)).toBe('number 42');
    expect(text(10n)).toBe('bigint 10');
    expect(text(Symbol('secret'))).toBe('a symbol');
    expect(text(() => 1)).toBe('a function');
    expect(unmappedFailure('x', Object.assign(new TypeError('bad'), { code: 'EWEIRD' }))).toEqual(
      expect.objectContaining({ provider: { name: 'x', code: 'EWEIRD', text: 'TypeError: bad' } }),
    );
  });

  it('should never throw, even for getters that throw and proxies that refuse everything', () => {
    for (const input of [throwingGetter, hostileProxy, Object.create(null), Symbol('x'), [], 0]) {
      const failure = unmappedFailure('graph', input);
      expect(failure).toMatchObject({ status: 'failed', reason: 'unknown', uncertain: true });
      expect(failure.provider?.name).toBe('graph');
    }
    expect(unmappedFailure('graph', throwingGetter).provider?.text).toBe(
      'an object with no message',
    );
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (input) => {
        const failure = unmappedFailure('ses', input);
        expect(isReason(failure.reason)).toBe(true);
        expect(failure.uncertain).toBe(true);
        expect(failure.retryable).toBe(false);
        expect((failure.provider?.text ?? '').length).toBeLessThanOrEqual(1_000);
      }),
    );
  });

  it('should keep the description to one line of at most 1,000 characters', () => {
    const huge = unmappedFailure('smtp', `first\r\nsecond\u0000\t${'x'.repeat(10_000_000)}`);
    expect(huge.provider?.text).toHaveLength(1_000);
    expect(huge.provider?.text?.startsWith('first second x')).toBe(true);
    const code = unmappedFailure('smtp', { code: 'E'.repeat(5_000) }).provider?.code;
    expect(code).toHaveLength(100);
  });

  it('should leave out secrets and anything shaped like a credential', () => {
    const failure = unmappedFailure(
      'smtp',
      new Error(
        'login hunter22 failed; password=pa55word, Authorization: Bearer abc.def-ghi ' +
          'token ya29.a0AfH6 jwt eyJhbGciOi.eyJzdWIiOi.c2ln at smtp://user:s3cret@mail.example ' +
          'key AKIAABCDEFGHIJKLMNOP custom-XYZ',
      ),
      { secrets: ['hunter22'], patterns: [/custom-\w+/g] },
    );
    const text = failure.provider?.text ?? '';
    for (const secret of [
      'hunter22',
      'pa55word',
      'abc.def',
      'ya29',
      'eyJ',
      's3cret',
      'AKIA',
      'XYZ',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('login [redacted] failed');
    expect(text).toContain('smtp://[redacted]@mail.example');
    expect(unmappedFailure('smtp', new Error('basic auth failed')).provider?.text).toBe(
      'Error: basic auth failed',
    );
  });

  it('should not keep half of a secret that straddles the length limit', () => {
    const secret = `s${'e'.repeat(2_000)}cret`;
    const failure = unmappedFailure('ses', `${'x'.repeat(990)}${secret}`, { secrets: [secret] });
    expect(failure.provider?.text).toBe(`${'x'.repeat(990)}[redacted]`);
  });

  it('should not be uncertain when the transport knows nothing was sent', () => {
    const failure = unmappedFailure('gmail', 'weird', { uncertain: false });
    expect(failure).toMatchObject({ reason: 'unknown', permanent: false, retryable: false });
    expect(failure).not.toHaveProperty('uncertain');
  });
});
