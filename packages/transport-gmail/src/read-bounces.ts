import type { gmail_v1 } from '@googleapis/gmail';
import { type ParsedReport, parseBounce } from '@mailgate/bounces';
import type { DeliveryEvent, TransportFailed } from '@mailgate/core';

export interface ReadBouncesOptions {
  /** Reports received at or after this time (a Date or ms since the epoch). */
  readonly since: Date | number;
  /** At most this many mailbox messages are read. Default 500. */
  readonly maxMessages?: number;
  /** Put on each event as `tenant`. */
  readonly tenant?: string;
}

/** One report found in the mailbox. */
export interface GmailBounceReport {
  /** Gmail's id of the report message. */
  readonly gmailMessageId: string;
  /** When Gmail received it (ms since the epoch). */
  readonly receivedAt: number;
  /** The parsed report; `originalMessageId` matches the Message-ID of what was sent. */
  readonly report: ParsedReport;
}

export type ReadBouncesResult =
  | {
      readonly status: 'ok';
      /** Delivery events for `gate.ingest`, oldest first. */
      readonly events: readonly DeliveryEvent[];
      readonly reports: readonly GmailBounceReport[];
      /** Messages listed but not read (each with why), so that a later run can try again. */
      readonly unread: readonly {
        readonly gmailMessageId: string;
        readonly failure: TransportFailed;
      }[];
      /** True when `maxMessages` cut the listing short. */
      readonly truncated: boolean;
    }
  | { readonly status: 'failed'; readonly failure: TransportFailed };

export interface BounceReader {
  readonly client: gmail_v1.Gmail;
  readonly userId: string;
  readonly query: string;
  readonly requestOptions: { readonly retry: false; readonly timeout: number };
  readonly fail: (error: unknown) => TransportFailed;
}

const source = 'gmail-mailbox';

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
  const since = typeof options.since === 'number' ? options.since : options.since.getTime();
  const maxMessages = Math.max(1, Math.floor(options.maxMessages ?? 500));
  // Gmail's `after:` takes seconds; reports of the same second are filtered below.
  const q = `${reader.query} after:${Math.max(0, Math.floor(since / 1000) - 1)}`;
  const ids: string[] = [];
  let pageToken: string | undefined;
  let truncated = false;
  try {
    do {
      const page = await reader.client.users.messages.list(
        {
          userId: reader.userId,
          q,
          maxResults: Math.min(100, maxMessages - ids.length),
          ...(pageToken ? { pageToken } : {}),
        },
        reader.requestOptions,
      );
      for (const entry of page.data.messages ?? []) if (entry.id) ids.push(entry.id);
      pageToken = page.data.nextPageToken ?? undefined;
      if (pageToken && ids.length >= maxMessages) truncated = true;
    } while (pageToken && ids.length < maxMessages);
  } catch (error) {
    return { status: 'failed', failure: reader.fail(error) };
  }

  const reports: GmailBounceReport[] = [];
  const unread: { gmailMessageId: string; failure: TransportFailed }[] = [];
  for (const id of ids.slice(0, maxMessages)) {
    try {
      const { data } = await reader.client.users.messages.get(
        { userId: reader.userId, id, format: 'raw' },
        reader.requestOptions,
      );
      const receivedAt = Number(data.internalDate ?? Number.NaN);
      if (!data.raw || (Number.isFinite(receivedAt) && receivedAt < since)) continue;
      const report = parseBounce(Buffer.from(data.raw, 'base64url'));
      if (report.kind === 'not_a_report') continue;
      reports.push({ gmailMessageId: id, receivedAt, report });
    } catch (error) {
      unread.push({ gmailMessageId: id, failure: reader.fail(error) });
    }
  }
  reports.sort((a, b) => a.receivedAt - b.receivedAt);
  const events = reports.flatMap((entry) => eventsOf(entry, options.tenant));
  return { status: 'ok', events, reports, unread, truncated };
}

/** The delivery events of one report: one per recipient it speaks of. */
export function eventsOf(entry: GmailBounceReport, tenant?: string): DeliveryEvent[] {
  const { report, receivedAt } = entry;
  const common = {
    source,
    ...(Number.isFinite(receivedAt) ? { at: receivedAt } : {}),
    ...(tenant !== undefined ? { tenant } : {}),
  };
  const events: DeliveryEvent[] = [];
  for (const recipient of report.recipients) {
    const address = recipient.address;
    switch (recipient.event) {
      case 'failed':
        events.push({
          type: 'bounce',
          address,
          reason: recipient.reason,
          permanent: recipient.permanent,
          ...common,
        });
        break;
      case 'delayed':
        events.push({ type: 'delayed', address, ...common });
        break;
      case 'delivered':
        events.push({ type: 'delivered', address, ...common });
        break;
      case 'complained':
        events.push({
          type: 'complaint',
          address,
          ...(report.complaint?.feedbackType
            ? { feedbackType: report.complaint.feedbackType }
            : {}),
          ...common,
        });
        break;
      case 'auto_replied':
        break;
    }
  }
  return events;
}
