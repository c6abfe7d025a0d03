/** Why a notification was refused. Nothing from a refused body is ingested. */
export type SesNotificationErrorType =
  | 'too_large'
  | 'malformed_json'
  | 'invalid_envelope'
  | 'unsigned_not_accepted'
  | 'unsupported_signature_version'
  | 'untrusted_certificate_url'
  | 'certificate_unavailable'
  | 'invalid_certificate'
  | 'invalid_signature'
  | 'unexpected_topic'
  | 'stale'
  | 'duplicate'
  | 'invalid_event'
  | 'unknown_event_type';

/** Why `parseSesNotification` refused a body. */
export interface SesNotificationError {
  readonly type: SesNotificationErrorType;
  readonly message: string;
}

/** A cache of MessageIds already accepted, to refuse replays. */
export interface SnsReplayCache {
  /** Answers true when the id was seen (and not expired); otherwise records it and answers false. */
  seen(messageId: string, now: number): boolean | Promise<boolean>;
  /**
   * Forgets an id, so that SNS's next delivery of it is taken: `sesWebhook` calls it when
   * the events could not be stored. Optional; without it, such a redelivery is dropped.
   */
  forget?(messageId: string): void | Promise<void>;
}

/** An in-memory replay cache that forgets ids after `windowMs` (default 1 hour). */
export function snsReplayCache(
  options: { readonly windowMs?: number; readonly maxEntries?: number } = {},
): SnsReplayCache {
  const windowMs = options.windowMs ?? 60 * 60 * 1_000;
  const maxEntries = options.maxEntries ?? 100_000;
  const seenAt = new Map<string, number>();
  return {
    seen(messageId, now) {
      for (const [id, at] of seenAt) {
        if (now - at <= windowMs && seenAt.size <= maxEntries) break;
        seenAt.delete(id);
      }
      const at = seenAt.get(messageId);
      if (at !== undefined && now - at <= windowMs) return true;
      seenAt.set(messageId, now);
      return false;
    },
    forget(messageId) {
      seenAt.delete(messageId);
    },
  };
}

/** How SNS signatures are verified: the topics accepted, the certificate source, replays. */
export interface SnsVerifyOptions {
  /** The topic ARNs accepted; any other topic is refused. Required, not empty. */
  readonly topicArns: readonly string[];
  /**
   * Fetches the signing certificate (PEM) from its URL. The URL has already been checked to be
   * `https://sns.<region>.amazonaws.com[.cn]/….pem`. Default: `fetch` over HTTPS. Tests inject
   * one that serves a test certificate. Certificates are cached per function: one fetched
   * through this function is never used for a caller with another.
   */
  readonly fetchCertificate?: (url: string) => Promise<string>;
  /**
   * Certificates (PEM) one of which must have issued the signing certificate. Default: the
   * signing certificate must be issued by Amazon's certificate authorities (issuer
   * organization `Amazon`, as SNS's are).
   */
  readonly trustedIssuers?: readonly string[];
  /**
   * Accept SignatureVersion 1 (RSA-SHA1). Default `false`: only SignatureVersion 2
   * (RSA-SHA256) is accepted; set the topic attribute `SignatureVersion` to `2`. Turn this on
   * only for a topic that still signs with SHA1.
   */
  readonly allowSignatureVersion1?: boolean;
  /** Refuse messages whose Timestamp is older than this (ms). Default 1 hour; 0 turns it off. */
  readonly maxAgeMs?: number;
  /** Refuse MessageIds seen before. Default: none (SNS redelivers on failure; dedupe is opt-in). */
  readonly replayCache?: SnsReplayCache;
  /** The clock, ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}
