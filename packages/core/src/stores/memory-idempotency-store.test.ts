import { describe, expect, it } from 'vitest';
import { memoryIdempotencyStore } from './memory-idempotency-store';

describe('memoryIdempotencyStore', () => {
  it('should let only the first of two concurrent claims of a key win', async () => {
    const store = memoryIdempotencyStore({ now: () => 0 });
    const [first, second] = await Promise.all([
      store.claim(['order-1', 'order-2'], 60_000, 'o1'),
      store.claim(['order-1', 'order-3'], 60_000, 'o2'),
    ]);
    expect(first).toEqual([true, true]);
    expect(second).toEqual([false, true]);
  });

  it('should let only the first claim of a key repeated in one batch win', async () => {
    const store = memoryIdempotencyStore({ now: () => 0 });
    expect(await store.claim(['k', 'k', 'j'], 1_000, 'o1')).toEqual([true, false, true]);
  });

  it('should allow a key again after release', async () => {
    const store = memoryIdempotencyStore({ now: () => 0 });
    await store.claim(['k'], 1_000, 'o1');
    await store.release(['k'], 'o1');
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([true]);
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([false]);
  });

  it('should allow a key again once its claim has lapsed', async () => {
    let now = 0;
    const store = memoryIdempotencyStore({ now: () => now });
    await store.claim(['k'], 1_000, 'o1');
    now = 999;
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([false]);
    now = 1_000;
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([true]);
  });
});

describe('memoryIdempotencyStore leases', () => {
  it('should keep a confirmed key from being claimed again, even after its lease lapsed', async () => {
    let now = 0;
    const store = memoryIdempotencyStore({ now: () => now });
    await store.claim(['k'], 1_000, 'o1');
    now = 500;
    await store.confirm(['k'], 10_000, 'o1');
    now = 2_000;
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([false]);
    now = 10_500;
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([true]);
  });

  it('should not free a confirmed key on release', async () => {
    const store = memoryIdempotencyStore({ now: () => 0 });
    await store.claim(['k'], 1_000, 'o1');
    await store.confirm(['k'], 60_000, 'o1');
    await store.release(['k'], 'o1');
    expect(await store.claim(['k'], 1_000, 'o1')).toEqual([false]);
  });

  it('should mark a key as sent on confirm even when it was never claimed', async () => {
    const store = memoryIdempotencyStore({ now: () => 0 });
    await store.confirm(['k'], 60_000, 'o1');
    expect(await store.claim(['k', 'j'], 1_000, 'o1')).toEqual([false, true]);
  });

  it('should not release a lapsed lease another claimant took over, and say so', async () => {
    let now = 0;
    const store = memoryIdempotencyStore({ now: () => now });
    await store.claim(['k'], 1_000, 'first');
    now = 1_000;
    expect(await store.claim(['k'], 1_000, 'second')).toEqual([true]);
    expect(await store.release(['k'], 'first')).toEqual([false]);
    expect(await store.claim(['k'], 1_000, 'third')).toEqual([false]);
    expect(await store.release(['k'], 'second')).toEqual([true]);
    expect(await store.claim(['k'], 1_000, 'third')).toEqual([true]);
  });

  it('should mark a key taken over sent on a late confirm, and keep it sent on the other release', async () => {
    let now = 0;
    const store = memoryIdempotencyStore({ now: () => now });
    await store.claim(['k'], 1_000, 'first');
    now = 1_000;
    await store.claim(['k'], 1_000, 'second');
    expect(await store.confirm(['k'], 60_000, 'first')).toEqual([false]);
    expect(await store.release(['k'], 'second')).toEqual([false]);
    expect(await store.claim(['k'], 1_000, 'third')).toEqual([false]);
  });

  it('should refuse a call without a usable owner before touching a key', async () => {
    const store = memoryIdempotencyStore({ now: () => 0 });
    await expect(store.claim(['k'], 1_000, '')).rejects.toThrow(TypeError);
    await expect(store.claim(['k'], 1_000, 'o1')).resolves.toEqual([true]);
  });
});
