/** The typed arrays the in-memory stores keep their rows in. */
export type Column = Float64Array | Int32Array | Uint32Array | Uint8Array;

/**
 * A copy of `column` with room for `capacity` rows. Columns grow by doubling, so
 * appending stays amortized O(1) while one row costs a few bytes instead of an object.
 */
export function grownColumn<T extends Column>(column: T, capacity: number): T {
  const Ctor = column.constructor as new (length: number) => T;
  const next = new Ctor(capacity);
  (next as Uint8Array).set(column as Uint8Array);
  return next;
}

/** The capacity after `current` when one more row is needed. */
export function nextCapacity(current: number): number {
  return Math.max(1024, current * 2);
}
