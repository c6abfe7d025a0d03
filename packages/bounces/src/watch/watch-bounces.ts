import { type DeliveryEvent, type Mailgate, reasonInfo } from '@mailgate/core';
import type { BounceSource, CursorStore, WatchError } from './bounce-source';

/** The part of the gate the loop needs: `gate.ingest`. */
export type IngestingGate = Pick<Mailgate, 'ingest'>;

/** How far a `watchBounces` run has come: reads, messages scanned, events ingested. */
export interface WatchProgress {
  /** Reads done so far in this run. */
  readonly reads: number;
  /** Messages looked at so far. */
  readonly scanned: number;
  /** Events the gate took so far. */
  readonly ingested: number;
  /** Of those, how many added a suppression. */
  readonly suppressed: number;
  /** Events the gate refused as invalid (skipped: they would never be valid). */
  readonly refused: number;
}

/** Options of `watchBounces`: the gate to feed, the cursor store, the interval, the signal and the callbacks. */
export interface WatchOptions {
  readonly gate: IngestingGate;
  readonly cursorStore: CursorStore;
  /**
   * Absent: read until nothing is waiting, then return ("refresh results", on demand).
   * Set: keep watching until `signal` aborts, waiting this long between reads (an IMAP
   * source wakes earlier, when IDLE says new mail came); a failed read is retried after it.
   */
  readonly intervalMs?: number;
  readonly signal?: AbortSignal;
  /** Called after each read with the counts so far (for a progress bar). */
  readonly onProgress?: (progress: WatchProgress) => void;
  /** Called with each error; the run goes on or ends as the summary says. */
  readonly onError?: (error: WatchError) => void;
}

/** How a `watchBounces` run ended, with its counts. */
export interface WatchSummary extends WatchProgress {
  /** `done`: nothing left to read (on demand); `aborted`: the signal stopped it; `failed`. */
  readonly stoppedBy: 'done' | 'aborted' | 'failed';
  /** The error that ended an on-demand run. */
  readonly failure?: WatchError;
}

/**
 * One loop for every bounce source: read from the stored cursor, ingest each event, store
 * the new cursor, let the source tidy up, report progress; repeat. The cursor is stored
 * only after every event of a read was ingested, so a crash re-reads rather than loses.
 * Never throws: errors go to `onError` and, when they end the run, to the summary.
 */
export async function watchBounces<C>(
  source: BounceSource<C>,
  options: WatchOptions,
): Promise<WatchSummary> {
  const { gate, cursorStore, signal } = options;
  let progress = { reads: 0, scanned: 0, ingested: 0, suppressed: 0, refused: 0 };
  const report = (error: WatchError) => {
    try {
      options.onError?.(error);
    } catch {
      // A host's callback must not stop the loop.
    }
  };
  const tell = () => {
    try {
      options.onProgress?.({ ...progress });
    } catch {
      // As above.
    }
  };
  const end = (stoppedBy: WatchSummary['stoppedBy'], failure?: WatchError): WatchSummary => ({
    ...progress,
    stoppedBy,
    ...(failure ? { failure } : {}),
  });
  const continuous = options.intervalMs !== undefined;
  const interval = Math.max(0, options.intervalMs ?? 0);

  try {
    while (!signal?.aborted) {
      const { failure, done } = await step();
      if (signal?.aborted) break;
      if (failure) {
        report(failure);
        if (!continuous) return end('failed', failure);
        await pause(source, interval, signal, false);
      } else if (done) {
        if (!continuous) return end('done');
        await pause(source, interval, signal, true);
      }
    }
    return end('aborted');
  } finally {
    await source.close?.().catch(() => undefined);
  }

  // One read, its ingest and the cursor's move: the error that stopped it, or whether
  // the source has nothing more waiting.
  async function step(): Promise<{ failure?: WatchError; done: boolean }> {
    const fail = (failure: WatchError) => ({ failure, done: false });
    let cursor: C | undefined;
    try {
      cursor = (await cursorStore.get(source.name)) as C | undefined;
    } catch {
      return fail({ stage: 'cursor', message: 'the cursor store did not answer' });
    }
    const read = await source.read(cursor, signal).catch(() => undefined);
    if (!read) return fail({ stage: 'read', message: `${source.name}: the read failed` });
    if (read.failure) return fail({ stage: 'read', message: read.failure });
    progress = { ...progress, reads: progress.reads + 1, scanned: progress.scanned + read.scanned };
    for (const message of read.skipped ?? []) report({ stage: 'read', message });
    const ingested = await ingestAll(read.events);
    if (ingested) return fail(ingested);
    try {
      await cursorStore.set(source.name, read.cursor);
    } catch {
      return fail({ stage: 'cursor', message: 'the cursor could not be stored' });
    }
    if (source.acknowledge) {
      const tidied = await source.acknowledge(read.cursor, signal).catch(() => undefined);
      if (tidied === undefined)
        return fail({
          stage: 'acknowledge',
          message: `${source.name}: tidying the mailbox failed`,
        });
      try {
        await cursorStore.set(source.name, tidied);
      } catch {
        return fail({ stage: 'cursor', message: 'the cursor could not be stored' });
      }
    }
    tell();
    return { done: read.done };
  }

  // The read's events in one `gate.ingest` call per chunk (one round trip to the stores,
  // not one per event). The gate takes a chunk whole or not at all, so a chunk it refuses
  // as invalid is ingested again event by event, to skip only the invalid ones.
  async function ingestAll(events: readonly DeliveryEvent[]): Promise<WatchError | undefined> {
    for (let from = 0; from < events.length; from += CHUNK) {
      const chunk = events.slice(from, from + CHUNK);
      const result = await gate.ingest(chunk).catch(() => undefined);
      if (result === undefined) return { stage: 'ingest', message: 'the gate threw' };
      if (result.isOk()) {
        progress.ingested += chunk.length;
        progress.suppressed += chunk.filter(
          (event, i) => result.value.events[i]?.result !== 'ignored' && suppresses(event),
        ).length;
        continue;
      }
      if (result.error.type !== 'invalid_event') {
        tell();
        return { stage: 'ingest', message: result.error.message };
      }
      for (const event of chunk) {
        const one = await gate.ingest(event).catch(() => undefined);
        if (one === undefined) return { stage: 'ingest', message: 'the gate threw' };
        if (one.isOk()) {
          progress.ingested += 1;
          if (one.value.suppressed) progress.suppressed += 1;
        } else if (one.error.type === 'invalid_event') {
          progress.refused += 1;
          report({ stage: 'ingest', message: one.error.message });
        } else {
          tell();
          return { stage: 'ingest', message: one.error.message };
        }
      }
    }
    return undefined;
  }
}

/** Events per `gate.ingest` call: well below the gate's limit of one input. */
const CHUNK = 5_000;

/** Whether ingesting the event puts its address on the suppression list. */
function suppresses(event: DeliveryEvent): boolean {
  if (event.type === 'complaint' || event.type === 'unsubscribe') return true;
  return event.type === 'bounce' && event.permanent && reasonInfo[event.reason].suppress;
}

async function pause<C>(
  source: BounceSource<C>,
  ms: number,
  signal: AbortSignal | undefined,
  idle: boolean,
): Promise<void> {
  if (idle && source.wait) {
    await source.wait(ms, signal).catch(() => undefined);
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
