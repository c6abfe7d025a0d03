import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex, keyHash } from './key-index';

describe('KeyIndex', () => {
  it('should count the domain keys it holds', () => {
    const keys = ['@a.example', 'b@a.example', '@c.example'];
    const index = new KeyIndex(keys);
    index.set('@a.example', keyHash('@a.example'), 0);
    index.set('@a.example', keyHash('@a.example'), 0);
    index.set('b@a.example', keyHash('b@a.example'), 1);
    index.set('@c.example', keyHash('@c.example'), 2);
    expect(index.domains).toBe(2);
    index.delete('@a.example', keyHash('@a.example'));
    index.delete('@a.example', keyHash('@a.example'));
    index.delete('b@a.example', keyHash('b@a.example'));
    expect([index.domains, index.size]).toEqual([1, 1]);
  });

  it('should find, replace and delete keys that all share one hash', () => {
    // One hash for every key puts them in one probe run: the worst case for deletion.
    // Row 5 is a second row of key 'c', as when the head of a chain is lifted.
    const keys = ['a', 'b', 'c', 'd', 'e', 'c'];
    const index = new KeyIndex(keys);
    for (const [row, key] of keys.slice(0, 5).entries()) index.set(key, 7, row);
    index.delete('b', 7);
    expect(['a', 'b', 'c', 'd', 'e'].map((key) => index.get(key, 7))).toEqual([0, -1, 2, 3, 4]);
    index.set('c', 7, 5);
    expect(index.get('c', 7)).toBe(5);
    expect(index.size).toBe(4);
  });

  it('should agree with a Map over random sets and deletes, through growth', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}@example.com`);
    // Eight distinct hashes force collisions; 12…19 wrap around the end of a 16-slot table.
    const hashOf = (key: string) => (keyHash(key) & 7) + 12;
    fc.assert(
      fc.property(
        // `size: 'max'`: fast-check's default size keeps arrays near ten operations, too few
        // to fill 12 of the 16 slots and reach the growth this test is for.
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: keys.length - 1 })), {
          maxLength: 200,
          size: 'max',
        }),
        (operations) => {
          const index = new KeyIndex(keys);
          const model = new Map<string, number>();
          for (const [isSet, row] of operations) {
            const key = keys[row]!;
            if (isSet) {
              index.set(key, hashOf(key), row);
              model.set(key, row);
            } else {
              index.delete(key, hashOf(key));
              model.delete(key);
            }
            expect(index.get(key, hashOf(key))).toBe(model.get(key) ?? -1);
          }
          for (const key of keys) expect(index.get(key, hashOf(key))).toBe(model.get(key) ?? -1);
          expect(index.size).toBe(model.size);
        },
      ),
    );
  });

  it('should keep every key through growth, whether stored by set or by add', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `r${i}`);
    const bySet = new KeyIndex(keys);
    const byAdd = new KeyIndex(keys);
    for (const [row, key] of keys.entries()) {
      bySet.set(key, keyHash(key), row);
      expect(byAdd.add(key, keyHash(key), row)).toBe(-1);
    }
    for (const [row, key] of keys.entries()) {
      expect(bySet.get(key, keyHash(key))).toBe(row);
      expect(byAdd.get(key, keyHash(key))).toBe(row);
      // A key already held answers its row and keeps it.
      expect(byAdd.add(key, keyHash(key), row + 1)).toBe(row);
    }
    expect([bySet.size, byAdd.size]).toEqual([1000, 1000]);
  });
});
