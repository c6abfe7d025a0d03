import type { DeliveryEvent } from '@mailgate/core';
import type { MailboxBounces } from '../mailbox-bounces';
import { toDeliveryEvents } from '../to-delivery-events';
import type { BounceSource } from './bounce-source';

/**
 * Where a transport's mailbox was read up to: the arrival time of the newest message read,
 * and the reports at exactly that time already ingested (`since` is inclusive, so the next
 * read lists them again).
 */
export interface MailboxCursor {
  readonly since: number;
  readonly seen: readonly string[];
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
}

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * Wraps Graph's or Gmail's `readBounces` as a source for `watchBounces`: each read starts at
 * the cursor's time and skips the reports already ingested there, so none counts twice.
 */
export function mailboxSource(options: MailboxSourceOptions): BounceSource<MailboxCursor> {
  return {
    name: options.name,
    async read(cursor, signal) {
      const since = cursor?.since ?? options.since ?? Date.now() - week;
      const seen = new Set(cursor?.seen ?? []);
      let read: MailboxBounces;
      try {
        read = await options.readBounces({ since, ...(signal ? { signal } : {}) });
      } catch {
        return {
          events: [],
          cursor: cursor ?? { since, seen: [] },
          done: true,
          scanned: 0,
          failure: 'readBounces threw',
        };
      }
      if (read.failure)
        return {
          events: [],
          cursor: cursor ?? { since, seen: [] },
          done: true,
          scanned: read.scanned,
          failure: `${read.failure.provider?.name ?? 'mailbox'}: ${read.failure.provider?.text ?? read.failure.reason}`,
        };
      const next = Math.max(since, read.lastReceivedAt ?? since);
      const events: DeliveryEvent[] = [];
      const seenAtNext: string[] = next === since ? [...seen] : [];
      for (const entry of read.reports) {
        if (seen.has(entry.id) && (entry.receivedAt ?? since) <= since) continue;
        events.push(
          ...toDeliveryEvents(entry.report, {
            source: options.source,
            ...(entry.receivedAt === undefined ? {} : { at: entry.receivedAt }),
            ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
          }),
        );
        if ((entry.receivedAt ?? since) >= next) seenAtNext.push(entry.id);
      }
      return {
        events,
        cursor: { since: next, seen: seenAtNext },
        done: !read.truncated,
        scanned: read.scanned,
      };
    },
  };
}
