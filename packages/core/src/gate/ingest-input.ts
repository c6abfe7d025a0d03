/*
 * What `gate.ingest` accepts besides its own events, read by shape (core cannot import
 * the packages that make them): a `parseBounce` report (`kind` and `recipients`), a
 * mailbox read (`readBounces`: `reports`), an SES notification (`parseSesNotification`:
 * `kind: 'event'` and `events`), or an array of any of these. Each becomes plain delivery
 * events, with the message ids the report quotes kept for matching.
 */

/** A delivery event before validation, with what matching may use. */
export type RawEvent = Record<string, unknown>;

const MAX_ITEMS = 100_000;
const NO_EVENTS = new Set(['subscription_confirmation', 'unsubscribe_confirmation', 'ignored']);

/** Flattens the input into events; `undefined` when it is too large to read. */
export function eventsOf(input: unknown): RawEvent[] | undefined {
  const out: unknown[] = [];
  const visit = (value: unknown, depth: number): boolean => {
    if (out.length > MAX_ITEMS) return false;
    if (Array.isArray(value) && depth < 2) {
      for (const item of value) if (!visit(item, depth + 1)) return false;
      return true;
    }
    const record = asRecord(value);
    if (record === undefined) out.push(value);
    else if (Array.isArray(record.recipients) && typeof record.kind === 'string')
      out.push(...reportEvents(record, undefined));
    else if (Array.isArray(record.reports) && record.type === undefined) {
      for (const entry of record.reports) {
        const item = asRecord(entry);
        const report = asRecord(item?.report);
        if (report !== undefined && Array.isArray(report.recipients))
          out.push(...reportEvents(report, finite(item?.receivedAt)));
      }
    } else if (record.kind === 'event' && Array.isArray(record.events)) {
      const messageId = typeof record.messageId === 'string' ? record.messageId : undefined;
      for (const event of record.events) out.push(withMessageId(event, messageId));
    } else if (typeof record.kind === 'string' && NO_EVENTS.has(record.kind)) {
      // An SES notification that is not about mail (a subscription confirmation).
    } else out.push(withMessageId(record, sesMessageId(record)));
    return out.length <= MAX_ITEMS;
  };
  return visit(input, 0) ? (out as RawEvent[]) : undefined;
}

/** The events of one `parseBounce` report: one per recipient, auto-replies left out. */
function reportEvents(report: Record<string, unknown>, at: number | undefined): unknown[] {
  const quoted = [report.originalMessageId, asRecord(report.original)?.messageId].filter(
    (id): id is string => typeof id === 'string' && id.length > 0,
  );
  const complaint = asRecord(report.complaint);
  const addressedTo = Array.isArray(report.addressedTo)
    ? report.addressedTo
        .filter((a): a is string => typeof a === 'string' && a.length >= 3 && a.length <= 512)
        .slice(0, 10)
    : [];
  const common = {
    source: 'bounce-report',
    ...(at === undefined ? {} : { at }),
    ...(quoted.length > 0 ? { quotedMessageIds: [...new Set(quoted)] } : {}),
    ...(addressedTo.length > 0 ? { addressedTo } : {}),
  };
  const events: unknown[] = [];
  for (const entry of report.recipients as unknown[]) {
    const recipient = asRecord(entry);
    if (recipient === undefined) {
      events.push(entry);
      continue;
    }
    const address = recipient.address;
    const detail = typeof recipient.diagnostic === 'string' ? { detail: recipient.diagnostic } : {};
    switch (recipient.event) {
      case 'failed':
        events.push({
          type: 'bounce',
          address,
          reason: recipient.reason,
          permanent: recipient.permanent,
          ...detail,
          ...common,
        });
        break;
      case 'delayed':
        events.push({ type: 'delayed', address, ...detail, ...common });
        break;
      case 'delivered':
        events.push({ type: 'delivered', address, ...common });
        break;
      case 'complained':
        events.push({
          type: 'complaint',
          address,
          ...(typeof complaint?.feedbackType === 'string'
            ? { feedbackType: complaint.feedbackType }
            : {}),
          ...common,
        });
        break;
      case 'auto_replied':
        break;
      default:
        events.push({ ...recipient, ...common });
    }
  }
  return events;
}

/** SES events carry SES's message id in `ses.messageId`. */
function sesMessageId(record: Record<string, unknown>): string | undefined {
  const id = asRecord(record.ses)?.messageId;
  return typeof id === 'string' ? id : undefined;
}

function withMessageId(event: unknown, messageId: string | undefined): unknown {
  const record = asRecord(event);
  if (record === undefined || messageId === undefined || record.messageId !== undefined)
    return event;
  return { ...record, messageId };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
