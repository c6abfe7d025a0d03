/**
 * The hash of a key, for `KeyIndex`. Computed once per key and lookup, then used for
 * the global and the tenant index alike. FNV-1a, finished with murmur3's mixer so that
 * keys differing only at the end still spread over the whole table.
 */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** A key for a whole domain (`@example.com`) rather than one address. */
export function isDomainKey(key: string): boolean {
  return key.charCodeAt(0) === 0x40;
}

const EMPTY = 0;
const MIN_SLOTS = 16;

/**
 * Key → row, for one scope of the suppression list: an open-addressing hash table
 * (linear probing) in one Int32Array of [hash, row + 1] pairs, over the rows' own key
 * strings. Compared with a `Map` it needs half the memory per key (~17 bytes instead
 * of ~29) and answers a miss from one cache line — the slot's stored hash differs — where
 * a Map reads the key strings of its bucket chain. Misses are what a bulk preflight
 * mostly asks for.
 */
export class KeyIndex {
  private slots = new Int32Array(MIN_SLOTS * 2);
  private mask = MIN_SLOTS - 1;
  size = 0;
  /** How many of the keys are whole domains (`@domain`): often none. */
  domains = 0;
  /** What `touch` read: kept, so that no compiler drops the reads as unused. */
  private touched = 0;

  /** @param keys the rows' keys, by row: the index keeps no strings of its own. */
  constructor(private readonly keys: readonly string[]) {}

  /** The row stored for `key`, or -1. */
  get(key: string, hash: number): number {
    const { slots, mask, keys } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const row = slots[2 * i + 1]!;
      if (row === EMPTY) return -1;
      if (slots[2 * i] === hash && keys[row - 1] === key) return row - 1;
    }
  }

  /**
   * Reads the first slot of each hash, and nothing else: the reads do not wait for each
   * other, so the memory fetches of a whole batch overlap, and the look-ups after find
   * their slots in the cache. What was read is kept (`touched`) so that the reads can't
   * be left out.
   */
  touch(hashes: Int32Array, count: number): void {
    const { slots, mask } = this;
    let sum = 0;
    for (let i = 0; i < count; i++) sum ^= slots[2 * (hashes[i]! & mask) + 1]!;
    this.touched ^= sum;
  }

  /**
   * The row stored for `key`; when there is none, stores `row` for it and answers -1.
   * One probe where `get` then `set` take two.
   */
  add(key: string, hash: number, row: number): number {
    const slot = this.slotOf(key, hash);
    const found = this.slots[2 * slot + 1]! - 1;
    if (found === -1) this.slots[2 * slot + 1] = row + 1;
    return found;
  }

  /** Stores `row` for `key`, replacing the row stored before. */
  set(key: string, hash: number, row: number): void {
    // Not `this.slots[2 * this.slotOf(…) + 1]`: that reads `slots` before `slotOf` may grow it.
    const slot = this.slotOf(key, hash);
    this.slots[2 * slot + 1] = row + 1;
  }

  /** The slot of `key`; when it has none, an empty slot taken for it (its row still to be written). */
  private slotOf(key: string, hash: number): number {
    if ((this.size + 1) * 10 > (this.mask + 1) * 7) this.grow();
    const slot = this.find(key, hash);
    if (this.slots[2 * slot + 1] === EMPTY) {
      this.size++;
      if (isDomainKey(key)) this.domains++;
      this.slots[2 * slot] = hash;
    }
    return slot;
  }

  delete(key: string, hash: number): void {
    const { slots, mask } = this;
    let hole = this.find(key, hash);
    if (slots[2 * hole + 1] === EMPTY) return;
    this.size--;
    if (isDomainKey(key)) this.domains--;
    // Backward-shift deletion: pull later members of the probe run into the hole, so
    // that no tombstones slow down later misses.
    for (let i = (hole + 1) & mask; slots[2 * i + 1] !== EMPTY; i = (i + 1) & mask) {
      const home = slots[2 * i]! & mask;
      // Move the entry at i when its home slot is not in (hole, i], cyclically.
      if (hole <= i ? home <= hole || home > i : home <= hole && home > i) {
        slots[2 * hole] = slots[2 * i]!;
        slots[2 * hole + 1] = slots[2 * i + 1]!;
        hole = i;
      }
    }
    slots[2 * hole] = 0;
    slots[2 * hole + 1] = EMPTY;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private find(key: string, hash: number): number {
    const { slots, mask, keys } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const row = slots[2 * i + 1]!;
      if (row === EMPTY || (slots[2 * i] === hash && keys[row - 1] === key)) return i;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let i = 0; i < old.length; i += 2) {
      const row = old[i + 1]!;
      if (row === EMPTY) continue;
      let j = old[i]! & this.mask;
      while (this.slots[2 * j + 1] !== EMPTY) j = (j + 1) & this.mask;
      this.slots[2 * j] = old[i]!;
      this.slots[2 * j + 1] = row;
    }
  }
}
