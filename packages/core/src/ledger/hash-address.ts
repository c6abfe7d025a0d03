import { err, ok, type Result } from 'neverthrow';
import { normalizeAddress } from '../address/normalize-address';

/** Why `hashAddress` could not hash: no key, or WebCrypto missing. */
export type HashAddressError =
  | { readonly type: 'invalid_address'; readonly message: string }
  | { readonly type: 'invalid_key'; readonly message: string };

const PREFIX = 'hmac-sha256:';
const MIN_KEY_BYTES = 16;
const HASH_SHAPE = /^hmac-sha256:[0-9a-f]{64}$/;

/** Whether `value` has the shape of a `hashAddress` answer (`hmac-sha256:` and 64 hex digits). */
export function isAddressHash(value: unknown): boolean {
  return typeof value === 'string' && HASH_SHAPE.test(value);
}

/**
 * The keyed hash that stands in for an address after `forget`: HMAC-SHA256 of the
 * normalized address under `key` (from the host's configuration; at least 16 bytes), as
 * `hmac-sha256:<hex>`. Keyed, so that nobody without the key can test a guessed address
 * against the list; hashing is pseudonymisation, not anonymisation, so the hash is
 * still kept for one purpose only: not mailing that person again. WebCrypto
 * (`crypto.subtle`), so it runs on every runtime.
 */
export async function hashAddress(
  address: string,
  key: string | Uint8Array,
): Promise<Result<string, HashAddressError>> {
  return addressHasher(key)(address);
}

/**
 * `hashAddress` with its key imported once, for hashing a whole batch: importing the
 * key costs as much as the hash itself.
 */
export function addressHasher(
  key: string | Uint8Array,
): (address: string) => Promise<Result<string, HashAddressError>> {
  const given = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (!(given instanceof Uint8Array) || given.length < MIN_KEY_BYTES)
    return async () =>
      err({ type: 'invalid_key', message: `key: at least ${MIN_KEY_BYTES} bytes` });
  let imported: ReturnType<typeof crypto.subtle.importKey> | undefined;
  const encoder = new TextEncoder();
  return async (address) => {
    const normalized = normalizeAddress(address);
    if (normalized === undefined)
      return err({ type: 'invalid_address', message: 'address: not an e-mail address' });
    try {
      imported ??= crypto.subtle.importKey(
        'raw',
        // A copy on a plain ArrayBuffer: WebCrypto takes no shared memory.
        new Uint8Array(given),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      );
      const mac = await crypto.subtle.sign('HMAC', await imported, encoder.encode(normalized));
      let hex = '';
      for (const byte of new Uint8Array(mac)) hex += byte.toString(16).padStart(2, '0');
      return ok(PREFIX + hex);
    } catch {
      imported = undefined;
      // Only a runtime without WebCrypto gets here; the message names no key material.
      return err({ type: 'invalid_key', message: 'key: WebCrypto refused it' });
    }
  };
}
