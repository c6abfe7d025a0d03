import type { gmail_v1 } from '@googleapis/gmail';
import {
  type MailboxBounces,
  type MailboxReport,
  parseBounce,
  toDeliveryEvents,
} from '@mailgate/bounces';
import type { TransportFailed } from '@mailgate/core';

/** Options of `readBounces`: from when, for which tenant, how many messages at most. */
export interface ReadBouncesOptions {
  /** Reports received at or after this time (a Date or ms since the epoch). */
  readonly since: Date | string | number;
  /** At most this many mailbox messages are read. Default 500. */
  readonly maxMessages?: number;
  /** Put on each event as `tenant`. */
  readonly tenant?: string;
}

/** What a read found; the same shape for every transport that reads its mailbox. */
export type ReadBouncesResult = MailboxBounces;

export interface BounceReader {
  readonly client: gmail_v1.Gmail;
  readonly userId: string;
  readonly query: string;
  readonly requestOptions: { readonly retry: false; readonly timeout: number };
  readonly fail: (error: unknown) => TransportFailed;
}

const source = 'gmail-mailbox';

/** Ids listed at most in one read (200 pages): beyond, the read takes the oldest of these. */
const MAX_LISTED = 100_000;

/**
 * Lists bounce reports in the mailbox (`users.messages.list` with a Gmail search such as
 * `from:(mailer-daemon OR postmaster) after:<seconds>`), reads each as raw MIME
 * (`users.messages.get`, `format=raw`), parses it with `@mailgate/bounces` and turns it into
 * delivery events. Never throws.
 */
export async function readBounces(
  reader: BounceReader,
  options: ReadBouncesOptions,
): Promise<ReadBouncesResult> {
  const since = new Date(options.since).getTime();
  const nothing = { events: [], reports: [], scanned: 0, unread: [], truncated: false };
  if (Number.isNaN(since)) {
    return {
      ...nothing,
      failure: {
        status: 'failed',
        reason: 'invalid_request',
        permanent: true,
        retryable: false,
        provider: { name: 'gmail', text: '`since` is not a date' },
      },
    };
  }
  const maxMessages = Math.max(1, Math.floor(options.maxMessages ?? 500));
  // Gmail's `after:` takes seconds; reports of the same second are filtered below.
  const q = `${reader.query} after:${Math.max(0, Math.floor(since / 1000) - 1)}`;
  // Gmail lists the newest first. The read takes the oldest `maxMessages`, so that the next
  // read (from the newest of those) still finds the ones left: listing every id is cheap
  // next to downloading the messages.
  const listed: string[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const page = await reader.client.users.messages.list(
        { userId: reader.userId, q, maxResults: 500, ...(pageToken ? { pageToken } : {}) },
        reader.requestOptions,
      );
      for (const entry of page.data.messages ?? []) if (entry.id) listed.push(entry.id);
      pageToken = page.data.nextPageToken ?? undefined;
    } while (pageToken && listed.length < MAX_LISTED);
  } catch (error) {
    return { ...nothing, failure: reader.fail(error) };
  }
  const truncated = listed.length > maxMessages || pageToken !== undefined;
  const ids = listed.slice(-maxMessages).reverse();

  const reports: MailboxReport[] = [];
  const unread: { id: string; failure: TransportFailed }[] = [];
  let lastReceivedAt: number | undefined;
  for (const id of ids) {
    try {
      const { data } = await reader.client.users.messages.get(
        { userId: reader.userId, id, format: 'raw' },
        reader.requestOptions,
      );
      const receivedAt = Number(data.internalDate ?? Number.NaN);
      if (Number.isFinite(receivedAt))
        lastReceivedAt = Math.max(lastReceivedAt ?? receivedAt, receivedAt);
      if (!data.raw || (Number.isFinite(receivedAt) && receivedAt < since)) continue;
      const report = parseBounce(Buffer.from(data.raw, 'base64url'));
      if (report.kind === 'not_a_report') continue;
      reports.push({ id, ...(Number.isFinite(receivedAt) ? { receivedAt } : {}), report });
    } catch (error) {
      unread.push({ id, failure: reader.fail(error) });
    }
  }
  reports.sort((a, b) => (a.receivedAt ?? 0) - (b.receivedAt ?? 0));
  const events = reports.flatMap((entry) =>
    toDeliveryEvents(entry.report, {
      source,
      ...(entry.receivedAt === undefined ? {} : { at: entry.receivedAt }),
      ...(options.tenant === undefined ? {} : { tenant: options.tenant }),
    }),
  );
  return {
    events,
    reports,
    scanned: ids.length,
    unread,
    truncated,
    ...(lastReceivedAt === undefined ? {} : { lastReceivedAt }),
  };
}
