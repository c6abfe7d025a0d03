import {
  connectionFailure,
  mappedFailure,
  type Reason,
  type TransportFailed,
  unmappedFailure,
} from '@mailgate/core';
import { readGmailError } from './gmail-error';
import { parseGmailRetryAfter } from './parse-gmail-retry-after';

/** What `mapGmailError` needs to know besides the error. */
export interface GmailErrorContext {
  /**
   * `send` (default): the failed call was `users.messages.send`, so a failure after the request
   * went out (time-out, dropped connection, 502, 504) is `uncertain`. `read`: any other call.
   */
  readonly operation?: 'send' | 'read';
  /** The current time in ms, to turn "Retry after <time>" into `retryAfterMs`. Default: now. */
  readonly now?: number;
}

interface Decision {
  readonly reason: Reason;
  readonly permanent: boolean;
  /** The message may have been accepted (only for sends). */
  readonly uncertain?: boolean;
  /** Defaults to `!permanent && !uncertain`. */
  readonly retryable?: boolean;
}

const rateLimitReasons = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'dailyLimitExceeded',
  'quotaExceeded',
  'limitExceeded',
  'variableTermLimitExceeded',
]);

/**
 * Maps anything the googleapis client (gaxios, google-auth-library) rejects with — or anything
 * at all — onto a failed transport result: the reason, whether it is permanent or worth
 * retrying, whether the message may have gone out anyway, the wait Gmail asked for, and Gmail's
 * code, status and text. An error it cannot read is core's `unmappedFailure`: `unknown`, and
 * `uncertain` for a send. Never carries tokens or request headers. Pure, and never throws.
 */
export function mapGmailError(error: unknown, context: GmailErrorContext = {}): TransportFailed {
  let sending = true;
  try {
    sending = (context.operation ?? 'send') === 'send';
    return map(error, context, sending);
  } catch {
    return unmappedFailure('gmail', error, { uncertain: sending });
  }
}

function map(error: unknown, context: GmailErrorContext, sending: boolean): TransportFailed {
  const fields = readGmailError(error);
  const decision = decide(fields, sending);
  if (decision === undefined) return unmappedFailure('gmail', error, { uncertain: sending });
  const retryAfterMs =
    decision.reason === 'provider_rate_limited'
      ? parseGmailRetryAfter(fields.message, fields.retryAfterHeader, context.now ?? Date.now())
      : undefined;
  const code = fields.reason ?? fields.oauthError ?? fields.rpcStatus ?? fields.code;
  return mappedFailure({
    reason: decision.reason,
    permanent: decision.permanent,
    retryable: decision.retryable,
    uncertain: sending && decision.uncertain === true,
    retryAfterMs,
    provider: {
      name: 'gmail',
      ...(code !== undefined ? { code } : {}),
      ...(fields.status !== undefined ? { status: fields.status } : {}),
      ...(fields.text ? { text: fields.text } : {}),
    },
  });
}

/** The decision for an error the mapper recognises; `undefined` for one it cannot read. */
function decide(fields: ReturnType<typeof readGmailError>, sending: boolean): Decision | undefined {
  const { status, reason, oauthError, rpcStatus, message, codes } = fields;
  // The token endpoint: a revoked refresh token, a client or a delegation that is not allowed.
  if (oauthError !== undefined || (status === undefined && /invalid_grant/.test(message))) {
    if (status !== undefined && status >= 500)
      return { reason: 'provider_timeout', permanent: false };
    return { reason: 'inbox_auth_failed', permanent: true };
  }
  if (status !== undefined) {
    if (
      status === 429 ||
      (reason !== undefined && rateLimitReasons.has(reason)) ||
      rpcStatus === 'RESOURCE_EXHAUSTED'
    )
      return { reason: 'provider_rate_limited', permanent: false };
    if (status === 401) return { reason: 'inbox_auth_failed', permanent: true };
    if (status === 403) return { reason: 'inbox_auth_failed', permanent: true };
    if (status === 413 || /too large|size limit|payload size/i.test(message))
      return { reason: 'message_too_large', permanent: true };
    if (status === 404) return { reason: 'inbox_suspended', permanent: true };
    if (reason === 'failedPrecondition' || rpcStatus === 'FAILED_PRECONDITION') {
      if (/mail service not enabled/i.test(message))
        return { reason: 'inbox_suspended', permanent: true };
      // "Precondition check failed.": a service account sending without domain-wide delegation.
      return { reason: 'inbox_auth_failed', permanent: true };
    }
    if (status === 400) {
      if (/invalid (to|cc|bcc) header|recipient address required/i.test(message))
        return { reason: 'invalid_recipient_address', permanent: true };
      if (/invalid from header/i.test(message))
        return { reason: 'invalid_sender_address', permanent: true };
      return { reason: 'message_invalid', permanent: true };
    }
    // A gateway that lost the back end's answer, or a back end out of time: it may have sent.
    if (status === 502 || status === 504)
      return { reason: 'provider_timeout', permanent: false, uncertain: true };
    if (status >= 500) return { reason: 'provider_timeout', permanent: false };
    if (status === 408) return { reason: 'provider_timeout', permanent: false, uncertain: true };
    if (status >= 200 && status < 300)
      return { reason: 'unknown', permanent: false, retryable: false, uncertain: true };
    return { reason: 'unknown', permanent: false, retryable: false };
  }
  // google-auth-library before any request: the client holds nothing to authenticate with.
  if (
    /no access, refresh token|no refresh token is set|could not load the default credentials/i.test(
      message,
    )
  )
    return { reason: 'inbox_auth_failed', permanent: true };
  if (codes.some((code) => code === 'TimeoutError' || code === 'ETIMEDOUT'))
    return { reason: 'provider_timeout', permanent: false, uncertain: true };
  if (codes.some((code) => connectionFailure(code) === 'never_connected'))
    return { reason: 'inbox_connection_failed', permanent: false };
  if (
    codes.some((code) => connectionFailure(code) === 'connection_lost') ||
    /socket hang up/i.test(message)
  )
    return { reason: 'inbox_connection_failed', permanent: false, uncertain: true };
  if (codes.includes('AbortError'))
    return { reason: 'cancelled', permanent: false, retryable: false, uncertain: sending };
  if (codes.some((code) => /^(ERR_TLS|CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO)/.test(code)))
    return { reason: 'inbox_connection_failed', permanent: true };
  // A `rootUrl` that is no URL: the request could not even be made.
  if (fields.code === 'ERR_INVALID_URL') return { reason: 'unknown', permanent: true };
  return undefined;
}
