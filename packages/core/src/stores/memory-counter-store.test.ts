import { describe, expect, it } from 'vitest';
import { memoryCounterStore } from './memory-counter-store';

describe('memoryCounterStore', () => {
  it('should answer 0 for unknown counters and count increments per key', async () => {
    const counters = memoryCounterStore({ now: () => 0 });
    await counters.increment(['a', 'b'], 1_000);
    await counters.increment(['a'], 1_000);
    expect(await counters.get(['a', 'b', 'c'])).toEqual([2, 1, 0]);
  });

  it('should count a key twice when it appears twice in one increment', async () => {
    const counters = memoryCounterStore({ now: () => 0 });
    await counters.increment(['a', 'a'], 1_000);
    expect(await counters.get(['a'])).toEqual([2]);
  });

  it('should expire a counter ttl after its first increment, not its last', async () => {
    let now = 0;
    const counters = memoryCounterStore({ now: () => now });
    await counters.increment(['day'], 100);
    now = 90;
    await counters.increment(['day'], 100);
    expect(await counters.get(['day'])).toEqual([2]);
    now = 100;
    expect(await counters.get(['day'])).toEqual([0]);
    await counters.increment(['day'], 100);
    expect(await counters.get(['day'])).toEqual([1]);
  });

  it('should sweep expired counters as new ones are written', async () => {
    let now = 0;
    const counters = memoryCounterStore({ now: () => now });
    await counters.increment(
      Array.from({ length: 3_000 }, (_, i) => `old${i}`),
      10,
    );
    now = 20;
    await counters.increment(
      Array.from({ length: 3_000 }, (_, i) => `new${i}`),
      10,
    );
    expect(await counters.get(['old1', 'new1'])).toEqual([0, 1]);
  });
});
