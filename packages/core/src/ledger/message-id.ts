/*
 * Mailgate message ids are ULIDs: 48 bits of milliseconds and 80 random bits, in
 * Crockford's base 32, so they sort by time and never collide across machines. Written
 * here rather than taken from `ulidx`: its Node build imports `node:crypto` (core uses
 * no Node built-ins) and it brings an error library along, for thirty lines.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;
const MAX_TIME = 2 ** 48 - 1;
const PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/**
 * A new mailgate message id for a message decided at `now` (ms since the epoch), from
 * the runtime's `crypto.getRandomValues`. A `now` outside 0…2⁴⁸-1 is clamped.
 */
export function createMessageId(now: number): string {
  const time = Math.min(MAX_TIME, Math.max(0, Math.floor(Number.isFinite(now) ? now : 0)));
  let id = '';
  let rest = time;
  for (let i = 0; i < TIME_LENGTH; i++) {
    id = ALPHABET[rest % 32] + id;
    rest = Math.floor(rest / 32);
  }
  // 16 characters of 5 bits: one random byte each, its low 5 bits (256 is a multiple of
  // 32, so every character is equally likely).
  if (used + RANDOM_LENGTH > pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  for (let i = 0; i < RANDOM_LENGTH; i++) id += ALPHABET[pool[used++]! & 31];
  return id;
}

// Random bytes fetched 4 KiB at a time: one `getRandomValues` call costs about as much
// as filling the whole pool, and a bulk run makes an id per recipient. Every byte is
// used once.
const pool = new Uint8Array(4096);
let used = pool.length;

/** Whether `value` is a mailgate message id (a ULID in upper case). */
export function isMessageId(value: unknown): value is string {
  return typeof value === 'string' && PATTERN.test(value);
}

/** The time (ms since the epoch) a message id was made at, or `undefined`. */
export function messageIdTime(id: string): number | undefined {
  if (!isMessageId(id)) return undefined;
  let time = 0;
  for (let i = 0; i < TIME_LENGTH; i++) time = time * 32 + ALPHABET.indexOf(id[i]!);
  return time;
}
