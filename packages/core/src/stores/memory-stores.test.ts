import { describe, expect, it } from 'vitest';
import { memoryStores } from './memory-stores';

describe('memoryStores', () => {
  it('should give three independent stores that share the injected clock', async () => {
    let now = 0;
    const stores = memoryStores({ now: () => now });
    await stores.suppressions.add(
      [{ key: 'a@example.com', scope: 'global', reason: 'previously_bounced', source: 'bounce' }],
      { actor: 'ingest' },
    );
    await stores.counters.increment(['c'], 10);
    await stores.idempotency.claim(['i'], 10, 'o1');
    now = 10;
    expect((await stores.suppressions.list()).items[0]?.createdAt).toBe(0);
    expect(await stores.counters.get(['c'])).toEqual([0]);
    expect(await stores.idempotency.claim(['i'], 10, 'o2')).toEqual([true]);
  });
});
