/**
 * A Map whose entries lapse at a time. Lapsed entries read as absent at once and are
 * swept out in bulk now and then (amortized O(1) per write), so a long-running process
 * does not keep every key it ever saw.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private writesSinceSweep = 0;

  constructor(private readonly clock: () => number) {}

  get(key: string, now = this.clock()): V | undefined {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.expiresAt > now ? entry.value : undefined;
  }

  /** The entry itself, to update in place; `undefined` when absent or lapsed. */
  live(key: string, now: number): { value: V; expiresAt: number } | undefined {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.expiresAt > now ? entry : undefined;
  }

  set(key: string, value: V, expiresAt: number, now: number): void {
    this.entries.set(key, { value, expiresAt });
    if (++this.writesSinceSweep > Math.max(1024, this.entries.size)) this.sweep(now);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private sweep(now: number): void {
    this.writesSinceSweep = 0;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
  }
}
