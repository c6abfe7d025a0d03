import type { DeliveryEvent } from '@mailgate/core';
import type { ParsedReport } from './types';

/** Options of `toDeliveryEvents`: where the report came from and whom it concerns. */
export interface DeliveryEventContext {
  /** Where the report was read: 'graph-mailbox', 'gmail-mailbox', 'imap', … */
  readonly source: string;
  /** When the report arrived (ms since the epoch). */
  readonly at?: number;
  /**
   * Put on every event: the tenant whose sends the events protect. `gate.ingest` refuses
   * an event without one (unless the host marks it `scope: 'global'`).
   */
  readonly tenant?: string;
}

/**
 * The delivery events of one report, ready for `gate.ingest`: one per recipient it
 * speaks of. Auto-replies give none: an out-of-office says nothing about delivery.
 */
export function toDeliveryEvents(
  report: ParsedReport,
  context: DeliveryEventContext,
): DeliveryEvent[] {
  const common = {
    source: context.source,
    ...(context.at !== undefined && Number.isFinite(context.at) ? { at: context.at } : {}),
    ...(context.tenant !== undefined ? { tenant: context.tenant } : {}),
  };
  const feedbackType = report.complaint?.feedbackType;
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
          ...(feedbackType ? { feedbackType } : {}),
          ...common,
        });
        break;
      case 'auto_replied':
        break;
    }
  }
  return events;
}
