import type { DeliveryEvent, TransportFailed } from '@mailgate/core';
import type { ParsedReport } from './types';

/** One report found in a sending mailbox, with what the parser read from it. */
export interface MailboxReport {
  /** The provider's id of the report message. */
  readonly id: string;
  /** When the mailbox received it (ms since the epoch). */
  readonly receivedAt?: number;
  readonly report: ParsedReport;
}

/**
 * What reading bounces back from a sending mailbox found. Every transport that reads
 * its mailbox (Graph, Gmail) answers in this shape, so a host's bounce job does not
 * change when the transport does.
 */
export interface MailboxBounces {
  /** Delivery events for `gate.ingest`, oldest first. */
  readonly events: readonly DeliveryEvent[];
  readonly reports: readonly MailboxReport[];
  /** How many mailbox messages were looked at. */
  readonly scanned: number;
  /**
   * Messages that could not be read this time, each with why (and when it arrived, when the
   * listing said): a later read may retry them, and `mailboxSource` does.
   */
  readonly unread: readonly {
    readonly id: string;
    readonly failure: TransportFailed;
    readonly receivedAt?: number;
  }[];
  /** More messages were there than the read's limit allowed. */
  readonly truncated: boolean;
  /** When the newest message looked at arrived: the `since` of the next read. */
  readonly lastReceivedAt?: number;
  /** Set when listing the mailbox failed; what was read before it is kept. */
  readonly failure?: TransportFailed;
}
