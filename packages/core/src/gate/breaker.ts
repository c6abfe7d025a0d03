export interface BreakerOptions {
  readonly minAttempts: number;
  readonly maxRefusalRate: number;
}

/**
 * The breaker's rule: a running rate over a sliding window of the last `minAttempts`
 * messages handed to the transport. Once that many were handed over, the run stops when
 * more than `maxRefusalRate` of the last `minAttempts` were refused permanently for the
 * recipient. A bad stretch late in a long run trips it as one at the start does, and
 * old successes do not dilute new refusals.
 */
export class RefusalWindow {
  private readonly size: number;
  private readonly maxRate: number;
  private readonly window: Uint8Array;
  private attempts = 0;
  private refusals = 0;

  constructor(options: BreakerOptions) {
    this.size = Math.max(1, Math.floor(finite(options.minAttempts, 100)));
    this.maxRate = finite(options.maxRefusalRate, 0.1);
    this.window = new Uint8Array(this.size);
  }

  record(refused: boolean): void {
    const slot = this.attempts % this.size;
    this.refusals += (refused ? 1 : 0) - this.window[slot]!;
    this.window[slot] = refused ? 1 : 0;
    this.attempts++;
  }

  tripped(): boolean {
    return this.attempts >= this.size && this.refusals / this.size > this.maxRate;
  }
}

function finite(value: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
