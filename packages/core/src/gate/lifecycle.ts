/** A bulk run, as the gate sees it when it closes. */
export interface ClosableRun {
  /** Starts no new send; requests not yet sent get `gate_closed`. */
  closeRun(): void;
}

/**
 * Whether the gate is open, and what it still has under way: `close()` waits for this
 * work (sends in flight, runs, bookkeeping) before it closes the transport.
 */
export class GateLifecycle {
  closed = false;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly runs = new Set<ClosableRun>();

  /** Follows `work` until it settles; answers `work` itself. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  addRun(run: ClosableRun): () => void {
    this.runs.add(run);
    return () => this.runs.delete(run);
  }

  /** Closes: no new work starts, runs stop sending, and this resolves once all work ended. */
  async close(): Promise<void> {
    this.closed = true;
    for (const run of this.runs) run.closeRun();
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
