import type { DeliveryEvent } from '@mailgate/core';
import type { MailboxBounces } from '../mailbox-bounces';
import { toDeliveryEvents } from '../to-delivery-events';
import type { BounceSource } from './bounce-source';

/**
 * Where a transport's mailbox was read up to: a time (`since`, inclusive: the next read
 * lists the messages received at or after it), the reports from that time on already
 * ingested, and how often each message that could not be downloaded has failed.
 */
export interface MailboxCursor {
  readonly since: number;
  readonly seen: readonly string[];
  /** Message id → reads in a row it could not be downloaded in. */
  readonly retries?: Readonly<Record<string, number>>;
}

/** Options of `mailboxSource`: the `readBounces` of a Graph or Gmail transport, and how far back to start. */
export interface MailboxSourceOptions {
  /** The cursor store's key, e.g. `graph:bounces@example.com`. */
  readonly name: string;
  /** The transport's reader, e.g. `(o) => graph.readBounces(o)`. */
  readonly readBounces: (options: {
    since: number;
    signal?: AbortSignal;
  }) => Promise<MailboxBounces>;
  /** Where the first read starts (ms since the epoch). Default: 7 days ago. */
  readonly since?: number;
  /** `source` of the events, e.g. `graph-mailbox`. */
  readonly source: string;
  /** Put on every event: the tenant whose sends they protect. */
  readonly tenant?: string;
  /**
   * Reads in a row a message may fail to download before it is given up on (reported to
   * `onError`, and no longer holding the cursor back). Default 5.
   */
  readonly maxAttempts?: number;
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * Wraps Graph's or Gmail's `readBounces` as a source for `watchBounces`: each read starts at
 * the cursor's time and skips the reports already ingested there, so none counts twice. A
 * report that could not be downloaded (`unread`) holds the cursor at its arrival time (at
 * the read's start when the provider does not say), so the next read tries it again;
 * after `maxAttempts` reads it is given up on and reported.
 */
export function mailboxSource(options: MailboxSourceOptions): BounceSource<MailboxCursor> {
  const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? 5));
  return {
    name: options.name,
    async read(cursor, signal) {
      const since = cursor?.since ?? options.since ?? Date.now() - week;
      const seen = new Set(cursor?.seen ?? []);
      const kept: MailboxCursor = cursor ?? { since, seen: [] };
      let read: MailboxBounces;
      try {
        read = await options.readBounces({ since, ...(signal ? { signal } : {}) });
      } catch {
        return { events: [], cursor: kept, done: true, scanned: 0, failure: 'readBounces threw' };
      }
      if (read.failure)
        return {
          events: [],
          cursor: kept,
          done: true,
          scanned: read.scanned,
          failure: `${read.failure.provider?.name ?? 'mailbox'}: ${read.failure.provider?.text ?? read.failure.reason}`,
        };

      // The unread messages still worth waiting for hold the next read back to their time.
      const retries: Record<string, number> = {};
      const skipped: string[] = [];
      let next = Math.max(since, read.lastReceivedAt ?? since);
      for (const message of read.unread) {
        const attempts = (cursor?.retries?.[message.id] ?? 0) + 1;
        if (attempts >= maxAttempts) {
          skipped.push(
            `${options.name}: message ${message.id} could not be read in ${attempts} reads (${message.failure.reason}); left in the mailbox`,
          );
          continue;
        }
        retries[message.id] = attempts;
        next = Math.min(next, Math.max(since, message.receivedAt ?? since));
      }

      const events: DeliveryEvent[] = [];
      const listed = new Set<string>();
      const seenNext: string[] = [];
      for (const entry of read.reports) {
        const at = entry.receivedAt ?? since;
        listed.add(entry.id);
        // The next read lists this report again: remember it was ingested.
        if (at >= next) seenNext.push(entry.id);
        if (seen.has(entry.id)) continue;
        events.push(
          ...toDeliveryEvents(entry.report, {
            source: options.source,
            ...(entry.receivedAt === undefined ? {} : { at: entry.receivedAt }),
            ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
          }),
        );
      }
      // Reports ingested before but not listed this time (the read stopped at its limit
      // first) come later and are still to be skipped.
      if (next === since || read.truncated)
        for (const id of seen) if (!listed.has(id)) seenNext.push(id);
      return {
        events,
        cursor: {
          since: next,
          seen: seenNext,
          ...(Object.keys(retries).length > 0 ? { retries } : {}),
        },
        done: !read.truncated,
        scanned: read.scanned,
        ...(skipped.length > 0 ? { skipped } : {}),
      };
    },
  };
}
