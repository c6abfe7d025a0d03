/**
 * Interns the few distinct strings that repeat across rows (sources, actors, notes,
 * subscription types, tenants), so a row stores a 4-byte id instead of a pointer and
 * the string exists once. Id 0 stands for "none".
 */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly values: Array<string | undefined> = [undefined];

  /** The id of `value`, adding it when new; 0 for `undefined`. */
  intern(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value` if it was ever interned: reads must not grow the table. */
  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  get(id: number): string | undefined {
    return this.values[id];
  }
}
