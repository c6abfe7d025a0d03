/**
 * The owner token of an idempotency claim (`IdempotencyStore`): 1 to 128 printable ASCII
 * characters without spaces — a ULID or a UUID fits — so every store keeps it as it is,
 * with no escaping. A store refuses (rejects) a call whose owner is anything else, before
 * it touches a key.
 */
export function checkLeaseOwner(owner: unknown): asserts owner is string {
  if (typeof owner !== 'string' || !/^[\x21-\x7e]{1,128}$/.test(owner))
    throw new TypeError(
      'idempotency store: owner must be 1 to 128 printable ASCII characters without spaces',
    );
}
