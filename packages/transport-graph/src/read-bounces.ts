import { type ParsedReport, parseBounce } from '@mailgate/bounces';
import type { DeliveryEvent, TransportFailed } from '@mailgate/core';

/** A message of the mailbox as listed (`$select=id,subject,from,receivedDateTime`). */
export interface GraphMessageSummary {
  readonly id: string;
  readonly subject?: string;
  readonly receivedDateTime?: string;
  readonly from?: { readonly emailAddress?: { readonly address?: string; readonly name?: string } };
}

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

/** One report found in the mailbox, with what the bounce parser read from it. */
export interface GraphBounceReport {
  /** The Graph id of the report message. */
  readonly id: string;
  readonly receivedDateTime?: string;
  readonly report: ParsedReport;
}

export interface ReadBouncesResult {
  /** Delivery events for `gate.ingest`: bounces, delays, complaints, deliveries. */
  readonly events: DeliveryEvent[];
  readonly reports: GraphBounceReport[];
  /** How many messages were listed. */
  readonly scanned: number;
  /** The receipt time of the last message listed: the `since` of the next read. */
  readonly lastReceivedDateTime?: string;
  /** Set when listing or reading stopped early; the events before it are kept. */
  readonly failure?: TransportFailed;
  /** More messages were there than `maxMessages`. */
  readonly truncated?: boolean;
}

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
  const reports: GraphBounceReport[] = [];
  const maxMessages = options.maxMessages ?? 1_000;
  const isReport = options.isReport ?? isLikelyReport;
  let scanned = 0;
  let lastReceivedDateTime: string | undefined;
  const done = (extra: { failure?: TransportFailed; truncated?: boolean } = {}) => ({
    events,
    reports,
    scanned,
    ...(lastReceivedDateTime ? { lastReceivedDateTime } : {}),
    ...extra,
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
      if (message.receivedDateTime) lastReceivedDateTime = message.receivedDateTime;
      if (!isReport(message)) continue;
      const raw = await reader.mime(message.id, options.signal);
      if (!raw.ok) return done({ failure: raw.failure });
      const report = parseBounce(raw.value);
      if (report.kind === 'not_a_report' || report.kind === 'auto_reply') continue;
      reports.push({
        id: message.id,
        ...(message.receivedDateTime ? { receivedDateTime: message.receivedDateTime } : {}),
        report,
      });
      events.push(...eventsOf(report, message, options.tenant));
    }
  }
  return done();
}

function eventsOf(
  report: ParsedReport,
  message: GraphMessageSummary,
  tenant: string | undefined,
): DeliveryEvent[] {
  const received = message.receivedDateTime ? Date.parse(message.receivedDateTime) : Number.NaN;
  const common = {
    source: 'graph-mailbox',
    ...(Number.isNaN(received) ? {} : { at: received }),
    ...(tenant ? { tenant } : {}),
  };
  return report.recipients.flatMap((recipient): DeliveryEvent[] => {
    const address = recipient.address;
    switch (recipient.event) {
      case 'failed':
        return [
          {
            type: 'bounce',
            address,
            reason: recipient.reason,
            permanent: recipient.permanent,
            ...common,
          },
        ];
      case 'delayed':
        return [{ type: 'delayed', address, ...common }];
      case 'complained':
        return [
          {
            type: 'complaint',
            address,
            ...(report.complaint?.feedbackType
              ? { feedbackType: report.complaint.feedbackType }
              : {}),
            ...common,
          },
        ];
      case 'delivered':
        return [{ type: 'delivered', address, ...common }];
      default:
        return [];
    }
  });
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
