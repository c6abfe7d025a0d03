import type { RawRecipient } from '../raw-recipient';
import type { HeaderMap, MimePart } from '../split-message';
import type { OriginalMessage } from '../types';

/** What a format reader gets: the report already split, decoded and cut. */
export interface FormatContext {
  readonly headers: HeaderMap;
  /** The report's decoded Subject. */
  readonly subject: string;
  /** The report's From header, raw. */
  readonly from: string;
  /** The human-readable notice, decoded, without the quoted original message. */
  readonly notice: string;
  /** The whole decoded text of the report's first text part (including any quoted original). */
  readonly body: string;
  readonly parts: readonly MimePart[];
  readonly original?: OriginalMessage;
  /** The sender's own addresses (see senderAddresses). */
  readonly senders: ReadonlySet<string>;
  /** Addresses the notice greets its reader by: the sender's, whatever the headers say. */
  readonly greeted: ReadonlySet<string>;
  /** Addresses that are never the failed recipient: the sender's, the report's own. */
  readonly excluded: ReadonlySet<string>;
  /** The report's From (the reporting system itself) and the addresses the notice greets. */
  readonly reporterAddress: ReadonlySet<string>;
}

export interface FormatResult {
  recipients: RawRecipient[];
  /** When the format carries the original's id elsewhere than in its headers. */
  originalMessageId?: string;
}

/** A reader for one MTA's notice format; undefined when the notice is not its format. */
export interface FormatReader {
  readonly name: string;
  read(ctx: FormatContext): FormatResult | undefined;
}
