import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './token';

const OLD = 'an-old-key-of-enough-length-0001';
const NEW = 'a-new-key-of-enough-length-00002';
const token = {
  tenant: 'acme',
  address: 'ann@example.com',
  subscriptionType: 'newsletter',
  messageId: '01JF00000000000000000000AB',
  expiresAt: 2_000_000_000_000,
};

describe('unsubscribe tokens', () => {
  it('should read back what was signed, and show no address in the token', async () => {
    const signed = (await signUnsubscribeToken(token, [NEW]))._unsafeUnwrap();
    expect(signed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(signed.length).toBeLessThan(140);
    expect(new TextDecoder().decode(fromBase64Url(signed))).not.toContain('ann');
    expect((await verifyUnsubscribeToken(signed, [NEW], 0))._unsafeUnwrap()).toEqual(token);
  });

  it('should accept a token of an old key after rotation, and refuse one of a dropped key', async () => {
    const signed = (await signUnsubscribeToken(token, [OLD]))._unsafeUnwrap();
    expect((await verifyUnsubscribeToken(signed, [NEW, OLD], 0)).isOk()).toBe(true);
    expect((await verifyUnsubscribeToken(signed, [NEW], 0))._unsafeUnwrapErr()).toBe('forged');
  });

  it('should refuse every token with one character changed', async () => {
    const signed = (await signUnsubscribeToken(token, [NEW]))._unsafeUnwrap();
    for (let i = 0; i < signed.length; i++) {
      const other = signed[i] === 'A' ? 'B' : 'A';
      const altered = signed.slice(0, i) + other + signed.slice(i + 1);
      const answer = await verifyUnsubscribeToken(altered, [NEW], 0);
      expect(answer.isErr(), `position ${i}`).toBe(true);
    }
  });

  it('should refuse an expired token, and text that is no token', async () => {
    const signed = (
      await signUnsubscribeToken({ ...token, expiresAt: 1_000_000 }, [NEW])
    )._unsafeUnwrap();
    expect((await verifyUnsubscribeToken(signed, [NEW], 1_000_000))._unsafeUnwrapErr()).toBe(
      'expired',
    );
    expect((await verifyUnsubscribeToken(signed, [NEW], 999_000)).isOk()).toBe(true);
    for (const junk of ['', '!!', 'a', 'x'.repeat(5000), undefined, 42])
      expect((await verifyUnsubscribeToken(junk, [NEW]))._unsafeUnwrapErr()).toBe('malformed');
  });

  it('should round-trip base64url for every length', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 255);
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }
    expect(fromBase64Url('AB')).toBeUndefined(); // leftover bits set
  });
});

describe('signing a token from bad input', () => {
  it('should answer an error, not throw, for no key, a NUL, a field that is not text', async () => {
    expect((await signUnsubscribeToken(token, []))._unsafeUnwrapErr()).toBe('no_key');
    expect((await signUnsubscribeToken(token, ['']))._unsafeUnwrapErr()).toBe('no_key');
    const withNul = { ...token, tenant: 'ac\u0000me' };
    expect((await signUnsubscribeToken(withNul, [NEW]))._unsafeUnwrapErr()).toBe('invalid_field');
    const notText = { ...token, address: 42 } as unknown as typeof token;
    expect((await signUnsubscribeToken(notText, [NEW]))._unsafeUnwrapErr()).toBe('invalid_field');
    const badExpiry = { ...token, expiresAt: Number.NaN };
    expect((await signUnsubscribeToken(badExpiry, [NEW]))._unsafeUnwrapErr()).toBe('invalid_field');
  });
});
