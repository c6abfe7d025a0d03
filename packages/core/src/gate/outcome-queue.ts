import type { BulkItem } from './send-bulk';

/** Buffered outcomes before the producer waits for its reader. */
const HIGH_WATER = 4_096;

/**
 * The reader's side of a bulk run: outcomes wait here until the host's `for await`
 * takes them. The producer waits when the reader falls behind; a run nobody reads is
 * never buffered at all.
 */
export class OutcomeQueue {
  /** Whether anyone reads; until then (or after the reader left) outcomes are not kept. */
  reading = false;
  // Read from `head` on: what was read is let go at once, and the list is compacted now
  // and then, so it never holds on to outcomes (the GC would promote them all).
  private items: (BulkItem | undefined)[] = [];
  private head = 0;
  private finished = false;
  private wakeReader: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;

  push(index: number, outcome: BulkItem['outcome']): void {
    if (!this.reading) return;
    this.items.push({ index, outcome });
    if (this.wakeReader !== undefined) this.wakeTheReader();
  }

  /** No more outcomes will come. */
  finish(): void {
    this.finished = true;
    this.wakeTheReader();
  }

  /** Resolves once the reader has caught up enough (at once when nobody reads). */
  async waitForRoom(): Promise<void> {
    while (this.reading && this.buffered() > HIGH_WATER) {
      await new Promise<void>((resolve) => {
        this.wakeProducer = resolve;
      });
    }
  }

  iterator(): AsyncIterator<BulkItem> {
    this.reading = true;
    return {
      // Not an async function: while outcomes are buffered (the usual case) an
      // already-settled promise costs less than an async call per outcome.
      next: () =>
        this.buffered() > 0 || this.finished ? Promise.resolve(this.take()) : this.waitForNext(),
      return: async () => {
        // The reader left: the run goes on to the end, but nothing is kept for it.
        this.reading = false;
        this.items = [];
        this.head = 0;
        this.wakeTheProducer();
        return { done: true, value: undefined };
      },
    };
  }

  private buffered(): number {
    return this.items.length - this.head;
  }

  private take(): IteratorResult<BulkItem> {
    if (this.buffered() === 0) return { done: true, value: undefined };
    const item = this.items[this.head]!;
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= HIGH_WATER) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    if (this.wakeProducer !== undefined && this.buffered() <= HIGH_WATER) this.wakeTheProducer();
    return { done: false, value: item };
  }

  private async waitForNext(): Promise<IteratorResult<BulkItem>> {
    while (this.buffered() === 0 && !this.finished) {
      await new Promise<void>((resolve) => {
        this.wakeReader = resolve;
      });
    }
    return this.take();
  }

  // Each wakes its waiter once: forgetting it spares a call per outcome afterwards.
  private wakeTheReader(): void {
    const wake = this.wakeReader;
    this.wakeReader = undefined;
    wake?.();
  }

  private wakeTheProducer(): void {
    const wake = this.wakeProducer;
    this.wakeProducer = undefined;
    wake?.();
  }
}
