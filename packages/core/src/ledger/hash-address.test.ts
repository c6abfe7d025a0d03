import { describe, expect, it } from 'vitest';
import { hashAddress } from './hash-address';

const key = 'a-secret-of-the-host-0123456789';

describe('hashAddress', () => {
  it('should give the same keyed hash for every spelling of an address', async () => {
    const a = await hashAddress('Ada@Example.SE', key);
    const b = await hashAddress(' ada@example.se ', key);
    expect(a._unsafeUnwrap()).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(b._unsafeUnwrap()).toBe(a._unsafeUnwrap());
  });

  it('should match HMAC-SHA256 of the normalized address (RFC 2104)', async () => {
    // Computed independently: printf 'ada@example.se' | openssl dgst -sha256 -hmac <key>
    const hash = await hashAddress('ada@example.se', key);
    expect(hash._unsafeUnwrap()).toBe(
      'hmac-sha256:1e1b6957d47f211ba3807e867fe13a62c9250714fbeba21dca574d78a3e40dcc',
    );
  });

  it('should give another hash under another key, and never contain the address', async () => {
    const a = (await hashAddress('ada@example.se', key))._unsafeUnwrap();
    const b = (await hashAddress('ada@example.se', `${key}!`))._unsafeUnwrap();
    expect(a).not.toBe(b);
    expect(a).not.toContain('ada');
  });

  it('should refuse a non-address and a short key with a typed error', async () => {
    expect((await hashAddress('not an address', key))._unsafeUnwrapErr().type).toBe(
      'invalid_address',
    );
    expect((await hashAddress('ada@example.se', 'short'))._unsafeUnwrapErr().type).toBe(
      'invalid_key',
    );
    expect((await hashAddress('ada@example.se', new Uint8Array(32))).isOk()).toBe(true);
  });
});
