import { describe, expect, it } from 'vitest';
import { importSuppressions } from './import-suppressions';
import { memorySuppressionStore } from './memory-suppression-store';
import type { SuppressionStore } from './types';

const acme = { tenant: 'acme' } as const;
const by = { actor: 'admin:bo', note: 'unsubscribes exported from the old newsletter tool' };

/** Counts the store calls, to check the batching. */
function countingStore() {
  const store = memorySuppressionStore();
  const calls = { add: 0, lookup: 0 };
  const counted: SuppressionStore = {
    ...store,
    lookup: (...args) => {
      calls.lookup++;
      return store.lookup(...args);
    },
    add: (...args) => {
      calls.add++;
      return store.add(...args);
    },
  };
  return { store: counted, calls };
}

describe('importSuppressions', () => {
  it("should import another system's unsubscribes and report invalid rows by index", async () => {
    const store = memorySuppressionStore();
    const rows = [
      'Ann@Example.com',
      'not an address',
      { address: 'bo@example.se', reason: 'previously_complained' as const },
      '@gmail.com',
      {
        address: 'cy@example.nl',
        subscriptionType: 'news',
        reason: 'unsubscribed_from_type' as const,
      },
      { address: 'dee@example.nl', reason: 'unsubscribed_from_type' as const },
      { address: 'eve@example.nl', reason: 'bogus' as never },
      42 as never,
    ];
    const result = await importSuppressions(store, rows, {
      scope: acme,
      source: 'import:hubspot',
      by,
    });
    const summary = result._unsafeUnwrap();
    expect(summary.added).toBe(3);
    expect(summary.skippedDuplicates).toBe(0);
    expect(summary.invalid.map((i) => [i.row, i.value])).toEqual([
      [1, 'not an address'],
      [3, '@gmail.com'],
      [5, rows[5]],
      [6, rows[6]],
      [7, 42],
    ]);
    expect(summary.invalid[2]?.problem).toMatch(/subscriptionType/);
    const found = await store.lookup(
      'acme',
      ['ann@example.com', 'bo@example.se', 'cy@example.nl'],
      Date.now(),
    );
    expect(found.map((f) => f?.[0]?.reason)).toEqual([
      'unsubscribed_from_all',
      'previously_complained',
      'unsubscribed_from_type',
    ]);
    expect(found[0]?.[0]).toMatchObject({ source: 'import:hubspot' });
    const trail = await store.audit({ key: 'ann@example.com' });
    expect(trail.items[0]).toMatchObject({ action: 'add', actor: 'admin:bo', note: by.note });
  });

  it('should skip rows repeated in the input and entries already on the list', async () => {
    const store = memorySuppressionStore();
    const options = { scope: acme, source: 'import:csv', by };
    await importSuppressions(store, ['a@example.com'], options);
    const result = await importSuppressions(
      store,
      ['A@example.com', 'b@example.com', 'B@Example.com ', 'c@example.com'],
      options,
    );
    expect(result._unsafeUnwrap()).toEqual({ added: 2, skippedDuplicates: 2, invalid: [] });
    // Re-running the same import is harmless.
    const again = await importSuppressions(store, ['a@example.com', 'c@example.com'], options);
    expect(again._unsafeUnwrap()).toMatchObject({ added: 0, skippedDuplicates: 2 });
  });

  it('should not count an entry of another scope or type as a duplicate', async () => {
    const store = memorySuppressionStore();
    const news = { scope: acme, source: 'import', by, subscriptionType: 'news' };
    await importSuppressions(store, ['a@example.com'], { ...news, scope: 'global' });
    await importSuppressions(store, ['a@example.com'], news);
    const result = await importSuppressions(store, ['a@example.com'], {
      ...news,
      subscriptionType: 'events',
    });
    expect(result._unsafeUnwrap()).toMatchObject({ added: 1, skippedDuplicates: 0 });
    expect((await store.lookup('acme', ['a@example.com'], 0))[0]).toHaveLength(3);
  });

  it('should write in batches: one lookup and one add per batch', async () => {
    const { store, calls } = countingStore();
    const rows = Array.from({ length: 2_500 }, (_, i) => `user${i}@example.com`);
    const result = await importSuppressions(store, rows, { scope: 'global', source: 'import', by });
    expect(result._unsafeUnwrap().added).toBe(2_500);
    expect(calls).toEqual({ add: 3, lookup: 3 });
  });

  it('should read rows from an async iterable, as from a streamed file', async () => {
    const store = memorySuppressionStore();
    async function* rows() {
      yield 'a@example.com';
      yield { address: 'b@example.com' };
    }
    const result = await importSuppressions(store, rows(), { scope: acme, source: 'import', by });
    expect(result._unsafeUnwrap().added).toBe(2);
  });

  it('should refuse bad options and report failing rows and stores as errors', async () => {
    const store = memorySuppressionStore();
    const bad = await importSuppressions(store, [], { scope: acme, source: '', by });
    expect(bad._unsafeUnwrapErr().type).toBe('invalid_input');
    const noActor = await importSuppressions(store, [], {
      scope: acme,
      source: 'x',
      by: {} as never,
    });
    expect(noActor._unsafeUnwrapErr().type).toBe('invalid_input');
    function* throwing() {
      yield 'a@example.com';
      throw new Error('disk read error');
    }
    const unreadable = await importSuppressions(store, throwing(), {
      scope: acme,
      source: 'x',
      by,
    });
    expect(unreadable._unsafeUnwrapErr()).toEqual({
      type: 'invalid_input',
      message: 'reading row 1 failed: disk read error',
    });
    const down: SuppressionStore = {
      ...store,
      add: () => Promise.reject(new Error('read-only replica')),
    };
    const failed = await importSuppressions(down, ['a@example.com'], {
      scope: acme,
      source: 'x',
      by,
    });
    expect(failed._unsafeUnwrapErr()).toEqual({
      type: 'store_failed',
      message:
        'adding imported suppressions failed: read-only replica (import stopped after 0 added)',
    });
  });
});
