import { describe, expect, it } from 'vitest';
import { createMessageId, isMessageId, messageIdTime } from './message-id';

describe('createMessageId', () => {
  it('should make a 26-character ULID that carries its time', () => {
    const now = Date.UTC(2026, 11, 6, 5, 0, 0);
    const id = createMessageId(now);
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(isMessageId(id)).toBe(true);
    expect(messageIdTime(id)).toBe(now);
  });

  it('should sort ids of later messages after earlier ones', () => {
    const ids = [0, 1, 1_000, 1_700_000_000_000, 2 ** 48 - 1].map(createMessageId);
    expect([...ids].sort()).toEqual(ids);
  });

  it('should not repeat an id made in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createMessageId(42)));
    expect(ids.size).toBe(10_000);
  });

  it('should clamp a time it cannot encode', () => {
    expect(messageIdTime(createMessageId(-5))).toBe(0);
    expect(messageIdTime(createMessageId(Number.NaN))).toBe(0);
    expect(messageIdTime(createMessageId(2 ** 60))).toBe(2 ** 48 - 1);
  });

  it('should tell ids from other strings', () => {
    expect(isMessageId('01ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe(true);
    expect(isMessageId('01arz3ndektsv4rrffq69g5fav')).toBe(false);
    expect(isMessageId('81ARZ3NDEKTSV4RRFFQ69G5FAV')).toBe(false);
    expect(isMessageId('01ARZ3NDEKTSV4RRFFQ69G5FAU1')).toBe(false);
    expect(isMessageId(42)).toBe(false);
    expect(messageIdTime('nope')).toBeUndefined();
  });
});
