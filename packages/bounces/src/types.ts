import type { Reason } from '@mailgate/core';

/**
 * What a report is about. Kinds are not reasons: a complaint, an auto-reply and a
 * delivery report say something happened, not why a message failed — so the gate can
 * ingest each kind as its own event type and keep the reason catalogue for failures.
 */
export type ReportKind = 'bounce' | 'complaint' | 'auto_reply' | 'delivered' | 'not_a_report';

/** What every recipient line of a report can carry. */
interface RecipientBase {
  /** The original recipient's address, as the report gives it (lower-cased). */
  readonly address: string;
  /** RFC 3463 enhanced status code, e.g. `5.1.1`, when the report gives one. */
  readonly enhancedCode?: string;
  /** SMTP reply code, e.g. 550, when the report gives one. */
  readonly replyCode?: number;
  /** The receiving side's own words, on one line, without the `smtp;` type prefix. */
  readonly diagnostic?: string;
  /** The SMTP command the receiving side refused (`RCPT`, `DATA`, …), when the report says. */
  readonly command?: string;
  /** The host that refused, when the report names it. */
  readonly remoteMta?: string;
  /** RFC 3464 `Action` (`failed`, `delayed`, `delivered`, `relayed`, `expanded`), when given. */
  readonly action?: string;
}

/** A recipient the message could not be delivered to (yet): the only place a reason lives. */
export interface FailedRecipient extends RecipientBase {
  /** `failed`: given up; `delayed`: still being retried by the reporting MTA. */
  readonly event: 'failed' | 'delayed';
  /** Why, from the catalogue — the same reason a synchronous refusal with this text gets. */
  readonly reason: Reason;
  /** Will sending again unchanged fail again? */
  readonly permanent: boolean;
}

/**
 * A recipient of a report that is not a failure: delivered, complained about, or
 * answered automatically. It has no reason — these are events, not failures.
 */
export interface NoticeRecipient extends RecipientBase {
  readonly event: 'delivered' | 'complained' | 'auto_replied';
  readonly reason?: undefined;
  readonly permanent: false;
}

/** A recipient of a report: failed (with a reason) or a notice (delivered, complained, auto-replied). */
export type BounceRecipient = FailedRecipient | NoticeRecipient;

/** Facts about the message that bounced, so the host can match it to what it sent. */
export interface OriginalMessage {
  readonly messageId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly date?: string;
}

/** RFC 5965 details of a complaint. */
export interface ComplaintDetails {
  /** `abuse`, `fraud`, `virus`, `not-spam`, `other`, … */
  readonly feedbackType: string;
  readonly userAgent?: string;
  readonly sourceIp?: string;
  readonly reportedDomain?: string;
}

/** What `parseBounce` answers: the kind of report, its recipients and what it says of the original message. */
export interface ParsedReport {
  readonly kind: ReportKind;
  readonly recipients: readonly BounceRecipient[];
  /** Message-ID of the original message, without angle brackets. */
  readonly originalMessageId?: string;
  readonly original?: OriginalMessage;
  /** Which reader understood the report: `rfc3464`, `arf`, `rfc3834`, `exim`, `qmail`, … */
  readonly format?: string;
  /** The MTA that wrote the report. */
  readonly reportingMta?: string;
  /** When the original message arrived at the reporting MTA (RFC 3464 `Arrival-Date`). */
  readonly arrivalDate?: string;
  /** The report's own Date header. */
  readonly date?: string;
  /** The report's own Subject header, decoded. */
  readonly subject?: string;
  /**
   * The tagged addresses (`local+tag@domain`) the report was delivered to, from its
   * `Delivered-To`, `X-Original-To` and `To`: the candidates for a VERP return path
   * (`bounces+<mailgate id>@…`), which names the original message even when the report
   * quotes nothing of it; `gate.ingest` matches by it. A host that received the report
   * itself can put the SMTP envelope recipient first.
   */
  readonly addressedTo?: readonly string[];
  /** For kind `complaint`. */
  readonly complaint?: ComplaintDetails;
}
