import type { MailingRef } from '../mailing/types';
import type { NotSent, Preflight, Sent } from '../outcome';
import type { Reason } from '../reasons/reason';

/** Options of `gate.sendBulk`: concurrency, batch size, dry run, progress, the breaker, a signal. */
export interface BulkOptions {
  /** Messages handed to the transport at once (default 8). */
  readonly concurrency?: number;
  /** Requests decided together, with one store round trip (default 500). */
  readonly batchSize?: number;
  /** Decide only: outcomes are `ready` or `not_sent`, nothing is sent or counted. */
  readonly dryRun?: boolean;
  /** Called after every batch, and at the end. */
  readonly onProgress?: (progress: BulkProgress) => void;
  /**
   * Pauses the mailing automatically, as a sending platform protects its reputation:
   * once `minAttempts` messages were handed to the transport, a share of permanent
   * recipient refusals (unknown users, dead domains) above `maxRefusalRate` among the
   * last `minAttempts` (a sliding window) ends the run; every request not yet sent gets
   * `campaign_paused`.
   */
  readonly breaker?: { readonly minAttempts?: number; readonly maxRefusalRate?: number } | false;
  /** Aborting it cancels the run, as `cancel()` does. */
  readonly signal?: AbortSignal;
  /**
   * The mailing this run sends (docs/concepts/mailings.md): recorded in the mailing store,
   * paused by its rates or by `pauseMailing` on any process (the rest gets
   * `campaign_paused`), resumed by running it again: whoever was handed to a transport in
   * it before is skipped as `duplicate_request`. Ignored by dry runs.
   */
  readonly mailing?: MailingRef;
}

/** How far a `sendBulk` run has come, as `onProgress` and `run.progress` report it. */
export interface BulkProgress {
  /** Requests read from the input so far. */
  readonly read: number;
  /** Requests with an outcome. */
  readonly done: number;
  readonly sent: number;
  /** Dry runs: requests that would be sent. */
  readonly ready: number;
  readonly notSent: number;
  readonly paused: boolean;
}

/** One request's outcome; `index` is its position in the input. */
export interface BulkItem {
  readonly index: number;
  readonly outcome: Sent | Preflight | NotSent;
}

/** The end of a `sendBulk` run: outcomes counted, by reason. */
export interface BulkSummary {
  readonly total: number;
  readonly sent: number;
  readonly ready: number;
  readonly notSent: number;
  /** Not-sent outcomes counted by reason. */
  readonly byReason: Readonly<Partial<Record<Reason, number>>>;
  readonly durationMs: number;
  /** Why the run ended early, if it did. */
  readonly stoppedBy?: 'cancelled' | 'campaign_paused' | 'input_failed' | 'gate_closed';
}

/** A mailing under way. Iterate it for the outcomes; await `done()` for the summary. */
export interface BulkRun extends AsyncIterable<BulkItem> {
  /** Stops handing messages to the transport; those in flight finish. */
  pause(): void;
  /** Goes on after `pause()`. */
  resume(): void;
  /**
   * Stops the run at once: the input is read no further, every request read but not yet
   * sent gets `cancelled`, and sends in flight are aborted (`cancelled`, `uncertain`).
   */
  cancel(): void;
  readonly progress: BulkProgress;
  /** Runs to the end (if nobody iterates, outcomes are only counted) and gives the summary. */
  done(): Promise<BulkSummary>;
}
