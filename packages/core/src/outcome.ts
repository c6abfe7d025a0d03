import type { Reason } from './reasons/reason';
import type { Stage } from './reasons/reason-types';

/**
 * What the provider said, kept for support and logs. Never holds credentials,
 * tokens, request bodies or headers: only the code, the status and the text.
 */
export interface ProviderDetail {
  /** The transport's name: 'smtp', 'ses', 'graph', 'gmail', … */
  readonly name: string;
  /** The provider's own error code ('MessageRejected', 'ErrorAccessDenied', 'EAUTH', '5.1.1'). */
  readonly code?: string;
  /** The HTTP status or the SMTP reply code. */
  readonly status?: number;
  /** The provider's text, as it gave it. */
  readonly text?: string;
}

/** Something the host may want to show next to a message that was (or would be) sent. */
export type Warning =
  | { readonly type: 'address_suggestion'; readonly address: string; readonly suggestion: string }
  | { readonly type: 'role_address'; readonly address: string }
  | { readonly type: 'fallback_address'; readonly address: string; readonly label?: string };

/** A message that was not sent, or not delivered, and exactly why. */
export interface NotSent {
  readonly status: 'not_sent';
  /** The mailgate id of the message (`gate.message(id)`), when the request reached a decision. */
  readonly id?: string;
  readonly reason: Reason;
  readonly stage: Stage;
  /** Will it fail again if retried unchanged? */
  readonly permanent: boolean;
  /** Is retrying later sensible? */
  readonly retryable: boolean;
  /** When the provider said when to try again. */
  readonly retryAfterMs?: number;
  /**
   * The message may have gone out even so (a time-out after the data was sent).
   * Never retried blindly: check before sending again.
   */
  readonly uncertain?: boolean;
  /** The host's id of the recipient, when the request had one. */
  readonly recipientId?: string;
  /** The address chosen for the recipient, when one was. */
  readonly address?: string;
  /** Which policy decided, for `policy` outcomes. */
  readonly policy?: string;
  /** A short technical detail: the status or group that forbids mailings, the field that failed. */
  readonly detail?: string;
  /** What the provider said, for `transport` and `delivery` outcomes. */
  readonly provider?: ProviderDetail;
  readonly idempotencyKey?: string;
}

/** A recipient of a sent message that the provider refused while accepting others. */
export interface RefusedRecipient {
  readonly address: string;
  readonly reason: Reason;
  readonly permanent: boolean;
  readonly provider?: ProviderDetail;
}

/** A message the transport accepted. */
export interface Sent {
  readonly status: 'sent';
  /** The mailgate id of the message (`gate.message(id)`); `messageId` is the provider's. */
  readonly id?: string;
  readonly recipientId: string;
  readonly address: string;
  /** The transport that accepted it. */
  readonly transport: string;
  /** The provider's id of the message, for matching later delivery events. */
  readonly messageId?: string;
  /** Recipients (cc, bcc) the provider refused while accepting the message. */
  readonly refused: readonly RefusedRecipient[];
  readonly warnings: readonly Warning[];
  readonly idempotencyKey?: string;
}

/** What `check` answers when a message would be sent. */
export interface Preflight {
  readonly status: 'ready';
  readonly recipientId: string;
  /** The address the message would go to. */
  readonly address: string;
  readonly warnings: readonly Warning[];
}

/** The one outcome of a request: `Sent` or `NotSent`. */
export type Outcome = Sent | NotSent;
