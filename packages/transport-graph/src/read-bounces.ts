import {
  type MailboxBounces,
  type MailboxReport,
  parseBounce,
  toDeliveryEvents,
} from '@mailgate/bounces';
import type { DeliveryEvent, TransportFailed } from '@mailgate/core';

/** A message of the mailbox as listed (`$select=id,subject,from,receivedDateTime`). */
export interface GraphMessageSummary {
  readonly id: string;
  readonly subject?: string;
  readonly receivedDateTime?: string;
  readonly from?: { readonly emailAddress?: { readonly address?: string; readonly name?: string } };
}

/** Options of `readBounces`: from when, for which tenant, how many messages at most. */
export interface ReadBouncesOptions {
  /** Read messages received at or after this time. */
  readonly since: Date | string | number;
  readonly signal?: AbortSignal;
  /** Stop after this many listed messages; the result says where to go on. Default 1 000. */
  readonly maxMessages?: number;
  /**
   * Which listed messages to download and parse. The default takes those from a postmaster,
   * a mailer-daemon or Exchange's own `MicrosoftExchange…` sender, or with a report's subject
   * ("Undeliverable:", "Delivery Status Notification", …). `() => true` parses every one.
   */
  readonly isReport?: (message: GraphMessageSummary) => boolean;
  /** Put on every event, for hosts that keep one list per tenant. */
  readonly tenant?: string;
}

/** What a read found; the same shape for every transport that reads its mailbox. */
export type ReadBouncesResult = MailboxBounces;

type Fetched<T> = { ok: true; value: T } | { ok: false; failure: TransportFailed };

/** The two Graph reads, bound to the mailbox by the transport. */
export interface MailboxReader {
  /** GET a path under the user (`/messages?…`) or a full `@odata.nextLink`. */
  list(path: string, signal: AbortSignal | undefined): Promise<Fetched<unknown>>;
  /** GET `/messages/{id}/$value`: the MIME. */
  mime(id: string, signal: AbortSignal | undefined): Promise<Fetched<string>>;
}

const reportSender = /^(postmaster|mailer-daemon|microsoftexchange[0-9a-f]{32})@/i;
const reportSubject =
  /^(undeliverable|undelivered|delivery (status notification|has failed|failure|delayed)|mail delivery (failed|system|subsystem)|returned mail|failure notice|non remis|onbestelbaar|niet bezorgd|kan inte levereras|olevererbart|unzustellbar|abuse report|complaint)/i;

/** The default `isReport`: a report's sender or subject. */
export function isLikelyReport(message: GraphMessageSummary): boolean {
  const from = message.from?.emailAddress?.address ?? '';
  return reportSender.test(from) || reportSubject.test((message.subject ?? '').trim());
}

/**
 * Lists the mailbox's messages received since a time (oldest first), downloads the MIME of
 * those that look like reports and turns each into delivery events with `parseBounce`.
 */
export async function readBounces(
  reader: MailboxReader,
  options: ReadBouncesOptions,
): Promise<ReadBouncesResult> {
  const since = new Date(options.since);
  const events: DeliveryEvent[] = [];
  const reports: MailboxReport[] = [];
  const unread: { id: string; failure: TransportFailed; receivedAt?: number }[] = [];
  const maxMessages = options.maxMessages ?? 1_000;
  const isReport = options.isReport ?? isLikelyReport;
  let scanned = 0;
  let lastReceivedAt: number | undefined;
  const done = (
    extra: { failure?: TransportFailed; truncated?: boolean } = {},
  ): MailboxBounces => ({
    events,
    reports,
    scanned,
    unread,
    truncated: extra.truncated ?? false,
    ...(lastReceivedAt === undefined ? {} : { lastReceivedAt }),
    ...(extra.failure === undefined ? {} : { failure: extra.failure }),
  });
  if (Number.isNaN(since.getTime())) {
    return done({
      failure: {
        status: 'failed',
        reason: 'invalid_request',
        permanent: true,
        retryable: false,
        provider: { name: 'graph', text: '`since` is not a date' },
      },
    });
  }

  let next: string | undefined =
    `/messages?$filter=receivedDateTime ge ${since.toISOString()}` +
    '&$orderby=receivedDateTime asc&$select=id,subject,from,receivedDateTime&$top=50';
  while (next) {
    const page = await reader.list(next, options.signal);
    if (!page.ok) return done({ failure: page.failure });
    const { value, nextLink } = readPage(page.value);
    next = nextLink;
    for (const message of value) {
      if (scanned >= maxMessages) return done({ truncated: true });
      scanned++;
      const receivedAt = message.receivedDateTime
        ? Date.parse(message.receivedDateTime)
        : Number.NaN;
      if (!Number.isNaN(receivedAt)) lastReceivedAt = receivedAt;
      if (!isReport(message)) continue;
      const raw = await reader.mime(message.id, options.signal);
      if (!raw.ok) {
        // One unreadable report must not hide the others: note it and go on.
        unread.push({
          id: message.id,
          failure: raw.failure,
          ...(Number.isNaN(receivedAt) ? {} : { receivedAt }),
        });
        continue;
      }
      const report = parseBounce(raw.value);
      if (report.kind === 'not_a_report' || report.kind === 'auto_reply') continue;
      const at = Number.isNaN(receivedAt) ? undefined : receivedAt;
      reports.push({ id: message.id, ...(at === undefined ? {} : { receivedAt: at }), report });
      events.push(
        ...toDeliveryEvents(report, {
          source: 'graph-mailbox',
          ...(at === undefined ? {} : { at }),
          ...(options.tenant ? { tenant: options.tenant } : {}),
        }),
      );
    }
  }
  return done();
}

function readPage(value: unknown): { value: GraphMessageSummary[]; nextLink?: string } {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const list = Array.isArray(record.value) ? record.value : [];
  const messages = list.filter(
    (entry): entry is GraphMessageSummary =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { id?: unknown }).id === 'string',
  );
  const nextLink = record['@odata.nextLink'];
  return { value: messages, ...(typeof nextLink === 'string' ? { nextLink } : {}) };
}
