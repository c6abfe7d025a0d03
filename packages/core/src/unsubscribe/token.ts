import { err, ok, type Result } from 'neverthrow';
import { fromBase64Url, toBase64Url } from './base64url';

/*
 * An unsubscribe token names who unsubscribes from what, and proves that mailgate made it.
 * Layout (then base64url): a version byte, a 16-byte tag, and the payload encrypted.
 *
 * - The tag is HMAC-SHA256 over version and payload, cut to 128 bits: the signature.
 * - The payload (expiry, tenant, subscription type, message id, address) is encrypted with
 *   AES-CTR, the tag serving as counter block (a synthetic IV, as in AES-SIV): a link in a
 *   forwarded mail, a proxy log or a browser history shows no address.
 *
 * Both keys are derived (HKDF-SHA256) from one host secret; the first of the host's keys
 * signs, every key is tried when verifying, so keys can be rotated without breaking links.
 * WebCrypto only: it runs on Node.js, Deno, Bun and edge runtimes alike.
 */

const VERSION = 1;
const TAG_BYTES = 16;
/** Longer input is not a token of ours: refused before any crypto runs. */
const MAX_TOKEN_LENGTH = 2048;
const SEPARATOR = 0;

/** What an unsubscribe token says. */
export interface UnsubscribeToken {
  /** The tenant whose mail the recipient unsubscribes from. */
  readonly tenant: string;
  /** The recipient's address. */
  readonly address: string;
  /** The subscription type of the message; absent: the message had none (unsubscribe means all). */
  readonly subscriptionType?: string;
  /** The mailgate id of the message the link was in (`outcome.id`). */
  readonly messageId?: string;
  /** When the link stops working (ms since the epoch, whole seconds); absent: never. */
  readonly expiresAt?: number;
}

/** Why a token was refused: not a token, not signed with any of the keys, or too old. */
export type UnsubscribeTokenError = 'malformed' | 'forged' | 'expired';

/** A WebCrypto key (named so, as the Node and DOM typings do not share the global). */
type Key = Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;

interface DerivedKeys {
  readonly mac: Key;
  readonly enc: Key;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
// Derived keys, by host secret: deriving costs more than signing, and a mailing signs one
// token per recipient. Hosts have a handful of keys; the cache is bounded anyway.
const derived = new Map<string, Promise<DerivedKeys>>();

function keysOf(secret: string): Promise<DerivedKeys> {
  let keys = derived.get(secret);
  if (keys === undefined) {
    if (derived.size >= 16) derived.clear();
    keys = derive(secret);
    derived.set(secret, keys);
    // A failed derivation is not remembered: the next call tries again.
    keys.catch(() => derived.delete(secret));
  }
  return keys;
}

async function derive(secret: string): Promise<DerivedKeys> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveKey',
  ]);
  const hkdf = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: encoder.encode(info),
  });
  const [mac, enc] = await Promise.all([
    crypto.subtle.deriveKey(
      hkdf('mailgate unsubscribe mac'),
      base,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    ),
    crypto.subtle.deriveKey(
      hkdf('mailgate unsubscribe enc'),
      base,
      { name: 'AES-CTR', length: 128 },
      false,
      ['encrypt', 'decrypt'],
    ),
  ]);
  return { mac, enc };
}

/** Why a token could not be signed: no key, a field that is not text or holds NUL, no WebCrypto. */
export type UnsubscribeSignError = 'no_key' | 'invalid_field' | 'crypto_unavailable';

/**
 * Signs (and encrypts) an unsubscribe token with the first of `keys`. Answers an error,
 * never throws: `no_key` when `keys` is empty, `invalid_field` when a field is not text or
 * contains NUL, `crypto_unavailable` when the runtime has no WebCrypto.
 *
 * @example
 * ```ts
 * import { signUnsubscribeToken } from '@mailgate/core';
 *
 * const signed = await signUnsubscribeToken(
 *   { tenant: 'acme', address: 'ann@example.com', subscriptionType: 'newsletter' },
 *   ['a-secret-of-at-least-32-characters!!'],
 * );
 * if (signed.isOk()) console.log(`https://example.com/unsubscribe?token=${signed.value}`);
 * ```
 */
export async function signUnsubscribeToken(
  token: UnsubscribeToken,
  keys: readonly string[],
): Promise<Result<string, UnsubscribeSignError>> {
  const secret = Array.isArray(keys) ? keys[0] : undefined;
  if (typeof secret !== 'string' || secret === '') return err('no_key');
  const fields = [
    token?.tenant,
    token?.subscriptionType ?? '',
    token?.messageId ?? '',
    token?.address,
  ];
  if (fields.some((field) => typeof field !== 'string' || field.includes('\u0000')))
    return err('invalid_field');
  if (token.expiresAt !== undefined && !Number.isFinite(token.expiresAt))
    return err('invalid_field');
  try {
    return ok(await sealToken(fields as string[], token.expiresAt, secret));
  } catch {
    return err('crypto_unavailable');
  }
}

/** Signs checked fields; throws only when WebCrypto is missing. */
async function sealToken(
  fields: readonly string[],
  expiresAt: number | undefined,
  secret: string,
): Promise<string> {
  const text = encoder.encode(fields.join('\u0000'));
  const payload = new Uint8Array(4 + text.length);
  const expiry = expiresAt === undefined ? 0 : Math.ceil(expiresAt / 1000);
  new DataView(payload.buffer).setUint32(0, Math.min(0xffffffff, Math.max(0, expiry)));
  payload.set(text, 4);
  const keysFor = await keysOf(secret);
  const tag = await tagOf(keysFor.mac, payload);
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-CTR', counter: tag, length: 64 },
      keysFor.enc,
      payload,
    ),
  );
  const out = new Uint8Array(1 + TAG_BYTES + sealed.length);
  out[0] = VERSION;
  out.set(tag, 1);
  out.set(sealed, 1 + TAG_BYTES);
  return toBase64Url(out);
}

/**
 * Reads a token: `malformed` when it is not one, `forged` when none of `keys` signed it
 * (or it was altered), `expired` when its time is past `now`. Never throws.
 */
export async function verifyUnsubscribeToken(
  token: unknown,
  keys: readonly string[],
  now: number = Date.now(),
): Promise<Result<UnsubscribeToken, UnsubscribeTokenError>> {
  try {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return err('malformed');
    const bytes = fromBase64Url(token);
    if (bytes === undefined || bytes.length < 1 + TAG_BYTES + 4 || bytes[0] !== VERSION)
      return err('malformed');
    const tag = bytes.slice(1, 1 + TAG_BYTES);
    const sealed = bytes.slice(1 + TAG_BYTES);
    for (const secret of keys) {
      const keysFor = await keysOf(secret);
      const payload = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-CTR', counter: tag, length: 64 },
          keysFor.enc,
          sealed,
        ),
      );
      if (!sameBytes(await tagOf(keysFor.mac, payload), tag)) continue;
      const read = readPayload(payload);
      if (read === undefined) return err('malformed');
      if (read.expiresAt !== undefined && read.expiresAt <= now) return err('expired');
      return ok(read);
    }
    return err('forged');
  } catch {
    return err('malformed');
  }
}

async function tagOf(mac: Key, payload: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const signed = new Uint8Array(1 + payload.length);
  signed[0] = VERSION;
  signed.set(payload, 1);
  return new Uint8Array(await crypto.subtle.sign('HMAC', mac, signed)).slice(0, TAG_BYTES);
}

/** Constant time for equal lengths: how much of a tag matched must not show in timing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function readPayload(payload: Uint8Array): UnsubscribeToken | undefined {
  const expiry = new DataView(payload.buffer, payload.byteOffset).getUint32(0);
  let text: string;
  try {
    text = decoder.decode(payload.subarray(4));
  } catch {
    return undefined;
  }
  const fields = text.split(String.fromCharCode(SEPARATOR));
  if (fields.length !== 4) return undefined;
  const [tenant, subscriptionType, messageId, address] = fields as [string, string, string, string];
  if (tenant === '' || address === '') return undefined;
  return {
    tenant,
    address,
    ...(subscriptionType === '' ? {} : { subscriptionType }),
    ...(messageId === '' ? {} : { messageId }),
    ...(expiry === 0 ? {} : { expiresAt: expiry * 1000 }),
  };
}
