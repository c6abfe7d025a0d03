import type { DeliveryEvent } from '@mailgate/core';

/** What went wrong in a read or an ingest, for the host's logs; never holds credentials. */
export interface WatchError {
  /** `read`: the source could not be read; `ingest`: the gate refused or failed an event. */
  readonly stage: 'read' | 'ingest' | 'acknowledge' | 'cursor';
  readonly message: string;
}

/** One read of a source: the events found since the cursor, and where the next read starts. */
export interface BounceRead<C> {
  /** Delivery events for `gate.ingest`, oldest first. */
  readonly events: readonly DeliveryEvent[];
  /** Where the next read starts; stored only once every event above is ingested. */
  readonly cursor: C;
  /** Nothing more is waiting now: the loop waits (or, run on demand, returns). */
  readonly done: boolean;
  /** How many messages this read looked at. */
  readonly scanned: number;
  /** Set when the read failed; `events` and `cursor` are then ignored. */
  readonly failure?: string;
  /**
   * Messages the source gave up on in this read (each failed to download several reads
   * in a row), each with why; the loop reports them to `onError` and goes on.
   */
  readonly skipped?: readonly string[];
}

/**
 * Anything bounces can be read from: the IMAP bounce mailbox, or a transport's sending
 * mailbox (Graph, Gmail). A source never throws; it reports a failure in the read.
 */
export interface BounceSource<C> {
  /** The cursor store's key for this source (one per mailbox). */
  readonly name: string;
  /** Reads what arrived after `cursor` (from the start without one); never throws. */
  read(cursor: C | undefined, signal: AbortSignal | undefined): Promise<BounceRead<C>>;
  /**
   * Called once the events of a read are ingested and its cursor stored: the place to
   * tidy the mailbox (the IMAP reader moves handled messages). Returns the cursor to store.
   */
  acknowledge?(cursor: C, signal: AbortSignal | undefined): Promise<C>;
  /** Resolves when new messages may be there (IMAP IDLE), or after `ms` at the latest. */
  wait?(ms: number, signal: AbortSignal | undefined): Promise<void>;
  /** Releases the connection, if the source holds one. */
  close?(): Promise<void>;
}

/** Where each source's cursor is kept between runs. A database row per name will do. */
export interface CursorStore {
  /** The cursor saved under `name`, or undefined. */
  get(name: string): Promise<unknown>;
  /** Saves the cursor under `name`. */
  set(name: string, cursor: unknown): Promise<void>;
}

/** A cursor store in memory: for tests and for one process that may re-read after a restart. */
export function memoryCursorStore(): CursorStore {
  const cursors = new Map<string, unknown>();
  return {
    async get(name) {
      return structuredClone(cursors.get(name));
    },
    async set(name, cursor) {
      cursors.set(name, structuredClone(cursor));
    },
  };
}
