import type { ProviderDetail, RefusedRecipient } from '../outcome';
import type { Reason } from '../reasons/reason';

/** An address with an optional display name. */
export interface Mailbox {
  readonly address: string;
  readonly name?: string;
}

/** A file attached to a message. */
export interface Attachment {
  readonly filename: string;
  readonly content: string | Uint8Array;
  readonly contentType?: string;
}

/**
 * The message a transport sends. Everything in it has been validated by the gate:
 * addresses are well-formed and no field can inject a header.
 */
export interface TransportMessage {
  readonly from: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc?: readonly Mailbox[];
  readonly bcc?: readonly Mailbox[];
  readonly replyTo?: Mailbox;
  readonly subject: string;
  readonly text?: string;
  readonly html?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly attachments?: readonly Attachment[];
  /** Provider tags (SES message tags, X-headers elsewhere). */
  readonly tags?: Readonly<Record<string, string>>;
  /** The request's idempotency key, for providers that deduplicate. */
  readonly idempotencyKey?: string;
  /** Options only one transport understands, keyed by the transport's name. */
  readonly transportOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Options of one `Transport.send` call. */
export interface TransportSendOptions {
  /** Aborted when the gate gives up on the send (time-out, cancelled run). */
  readonly signal?: AbortSignal;
}

/** A transport's answer when the provider took the message. */
export interface TransportAccepted {
  readonly status: 'accepted';
  readonly messageId?: string;
  /**
   * The transport that accepted it, when this one only passed the message on (failover);
   * the gate reports it in `Sent.transport`.
   */
  readonly transport?: string;
  /** Recipients the provider refused while accepting the message for the others. */
  readonly refused?: readonly RefusedRecipient[];
}

/** A transport's answer when the message did not go: the reason, and what the provider said. */
export interface TransportFailed {
  readonly status: 'failed';
  readonly reason: Reason;
  readonly permanent: boolean;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  /** The message may have been delivered even so; never retry blindly. */
  readonly uncertain?: boolean;
  readonly provider?: ProviderDetail;
}

/** What `Transport.send` answers. */
export type TransportResult = TransportAccepted | TransportFailed;

/**
 * A transport is a plain object, so anyone can write one without mailgate's
 * dependencies. `send` returns data; the gate catches anything it throws.
 */
export interface Transport {
  readonly specificationVersion: 'v1';
  /** 'smtp', 'ses', 'graph', 'gmail', or your own. */
  readonly name: string;
  /** Sends one message; answers accepted or failed as plain data and never throws. */
  send(message: TransportMessage, options?: TransportSendOptions): PromiseLike<TransportResult>;
  /** Checks credentials and connectivity without sending. */
  verify?(): PromiseLike<TransportResult | { readonly status: 'ok' }>;
  /** Releases connections and timers. */
  close?(): PromiseLike<void> | void;
}
