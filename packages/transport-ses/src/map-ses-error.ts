import {
  classifySmtpReply,
  connectionFailure,
  mappedFailure,
  type Reason,
  type TransportFailed,
  unmappedFailure,
} from '@mailgate/core';

/** What the transport knows about the call, to tell a sender problem from a recipient one. */
export interface SesErrorContext {
  /** The From address of the message. */
  readonly from?: string;
  /**
   * `send` (default): the failed call was SendEmail, so a failure after the request went out
   * (time-out, dropped connection, 502, 504, an error nobody can read) is `uncertain`. `read`:
   * any other call (the suppression-list lookup before a send, `verify`); it sends nothing.
   */
  readonly operation?: 'send' | 'read';
}

/** How long to wait after "Maximum sending rate exceeded": the rate is per second. */
export const rateLimitRetryAfterMs = 1_000;
/**
 * How long to wait after "Daily message quota exceeded". The quota is a rolling 24-hour
 * window, so capacity comes back gradually; an hour is a conservative first wait.
 */
export const dailyQuotaRetryAfterMs = 60 * 60 * 1_000;

const maxTextLength = 1_000;

/** The classified reasons a MessageRejected text may name: SES judged the message itself. */
const messageReasons: ReadonlySet<Reason> = new Set<Reason>([
  'virus_detected',
  'rejected_as_spam',
  'content_rejected',
  'message_too_large',
  'not_rfc_compliant',
  'security_rejected',
  'policy_rejected',
]);

/** The exceptions AWS answers for refused credentials or signatures, for every service. */
const authErrors = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignatureException',
  'MissingAuthenticationTokenException',
  'MissingAuthenticationToken',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'ExpiredToken',
  'AuthFailure',
  'CredentialsProviderError',
  'InvalidAccessKeyId',
]);

const throttlingErrors = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'RequestThrottled',
]);

interface Fields {
  readonly name: string;
  readonly code?: string;
  readonly message: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** The SDK could not parse the answer (an HTML page, broken JSON). */
  readonly unparsable: boolean;
}

interface Decision {
  readonly reason: Reason;
  readonly permanent: boolean;
  /** Default `!permanent && !uncertain`. */
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;
  readonly uncertain?: boolean;
}

/**
 * Errors the SDK raises while it builds the request, before anything is sent: a client
 * configured without a usable region or endpoint, or credentials that are no credentials.
 */
const clientConfigurationErrors =
  /^(Region is missing|Region not accepted|Invalid region in client config)/;
const invalidCredentialsErrors = /^Resolved credential object is not valid/;

/**
 * Maps anything the SES v2 client rejects with (or anything at all) onto a failed transport
 * result: the reason, whether it is permanent, retryable or uncertain, the wait SES asked
 * for, and its code, status and text. An error it cannot read is core's `unmappedFailure`:
 * `unknown`, and `uncertain` for a send. Pure, and never throws.
 */
export function mapSesError(error: unknown, context: SesErrorContext = {}): TransportFailed {
  let sending = true;
  try {
    sending = context.operation !== 'read';
    const fields = readFields(error);
    const decision = decide(fields, context);
    if (decision === undefined) return unmappedFailure('ses', error, { uncertain: sending });
    // A wait means "retry then": a failure not to be retried carries none.
    const retryable = decision.retryable ?? !decision.permanent;
    return mappedFailure({
      reason: decision.reason,
      permanent: decision.permanent,
      retryable,
      uncertain: sending && decision.uncertain === true,
      retryAfterMs: retryable ? (fields.retryAfterMs ?? decision.retryAfterMs) : undefined,
      provider: {
        name: 'ses',
        code: fields.code ?? fields.name,
        ...(fields.status !== undefined ? { status: fields.status } : {}),
        text: fields.message.slice(0, maxTextLength),
      },
    });
  } catch {
    return unmappedFailure('ses', error, { uncertain: sending });
  }
}

/** The decision for an error the mapper recognises; `undefined` for one it cannot read. */
function decide(fields: Fields, context: SesErrorContext): Decision | undefined {
  const { name, message, status } = fields;
  if (fields.unparsable) return unparsable(status);
  if (authErrors.has(name) || invalidCredentialsErrors.test(message))
    return { reason: 'inbox_auth_failed', permanent: true };
  // Raised before any request: nothing was sent, and nothing changes until the code does.
  if (
    status === undefined &&
    (fields.code === 'ERR_INVALID_URL' || clientConfigurationErrors.test(message))
  )
    return { reason: 'unknown', permanent: true };
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    // "… is not authorized to perform: ses:SendEmail on resource: …:identity/x": the
    // credentials work, but not for this sender.
    return /identity\//i.test(message)
      ? { reason: 'send_as_denied', permanent: true }
      : { reason: 'inbox_auth_failed', permanent: true };
  }
  if (/daily message quota exceeded/i.test(message)) {
    return {
      reason: 'provider_rate_limited',
      permanent: false,
      retryAfterMs: dailyQuotaRetryAfterMs,
    };
  }
  if (throttlingErrors.has(name) || /maximum (sigv2 smtp )?sending rate exceeded/i.test(message)) {
    return {
      reason: 'provider_rate_limited',
      permanent: false,
      retryAfterMs: rateLimitRetryAfterMs,
    };
  }
  switch (name) {
    case 'LimitExceededException':
      return {
        reason: 'provider_rate_limited',
        permanent: false,
        retryAfterMs: rateLimitRetryAfterMs,
      };
    case 'AccountSuspendedException':
      return { reason: 'account_suspended', permanent: true };
    case 'SendingPausedException':
      // Paused by SES or by the account's owner (account or configuration set): not final,
      // but no timer lifts it.
      return { reason: 'account_suspended', permanent: false, retryable: false };
    case 'MailFromDomainNotVerifiedException':
      return { reason: 'send_as_denied', permanent: true };
    case 'MessageRejected':
      return messageRejected(message, context);
    case 'NotFoundException':
      // A configuration set, template or identity named in the request does not exist.
      return { reason: 'message_invalid', permanent: true };
    case 'BadRequestException':
    case 'InvalidParameterValue':
    case 'SerializationException':
    case 'ValidationException':
      return badRequest(message, context);
    case 'InternalServiceErrorException':
    case 'InternalFailure':
    case 'ServiceUnavailableException':
    case 'ServiceUnavailable':
    case 'ConcurrentModificationException':
      return { reason: 'provider_timeout', permanent: false };
    case 'TimeoutError':
    case 'RequestTimeout':
    case 'RequestTimeoutException':
      return timeout(fields);
    case 'AbortError':
      // The caller gave up (the gate's time-out, a cancelled run): the request may be at SES.
      return { reason: 'cancelled', permanent: false, retryable: false, uncertain: true };
  }
  const connection = connectionFailure(fields.code);
  if (connection === 'never_connected')
    return { reason: 'inbox_connection_failed', permanent: false };
  if (connection === 'connection_lost' || fields.code === 'ETIMEDOUT') return timeout(fields);
  if (status !== undefined) return byStatus(status);
  return undefined;
}

/** "Email address is not verified …", "Sending paused …", or a text that names its cause. */
function messageRejected(message: string, context: SesErrorContext): Decision {
  const notVerified = /email address is not verified\.?[^:]*:\s*(.*)$/is.exec(message);
  if (notVerified) {
    const listed = (notVerified[1] ?? '')
      .split(',')
      .map((identity) => identity.trim().toLowerCase());
    const from = context.from?.toLowerCase();
    const fromDomain = from?.split('@')[1];
    const senderListed =
      from === undefined || listed.some((identity) => identity === from || identity === fromDomain);
    // A listed recipient means the account is still in the sandbox, which accepts only
    // verified recipients: a rule of the sending account, not of the recipient.
    return senderListed
      ? { reason: 'send_as_denied', permanent: true }
      : { reason: 'policy_rejected', permanent: true };
  }
  if (/sending paused/i.test(message)) {
    return { reason: 'account_suspended', permanent: false, retryable: false };
  }
  if (/account .*suspended/i.test(message)) return { reason: 'account_suspended', permanent: true };
  if (/message length is more than|message too large|too large/i.test(message)) {
    return { reason: 'message_too_large', permanent: true };
  }
  const classified = classifySmtpReply(message);
  if (messageReasons.has(classified.reason)) {
    return { reason: classified.reason, permanent: true, retryable: false };
  }
  return { reason: 'message_invalid', permanent: true };
}

/** "Illegal address", "Missing final '@domain'": an address, or the request itself. */
function badRequest(message: string, context: SesErrorContext): Decision {
  if (/address|domain/i.test(message)) {
    const from = context.from?.toLowerCase();
    return from !== undefined && message.toLowerCase().includes(from)
      ? { reason: 'invalid_sender_address', permanent: true }
      : { reason: 'invalid_recipient_address', permanent: true };
  }
  return { reason: 'message_invalid', permanent: true };
}

/**
 * A time-out before the connection was made is safe to retry; one after the request went
 * out may have been accepted, so it is uncertain and never retried blindly.
 */
function timeout(fields: Fields): Decision {
  if (/did not establish a connection|connect ETIMEDOUT/i.test(fields.message)) {
    return { reason: 'inbox_connection_failed', permanent: false };
  }
  if (fields.code === 'ECONNRESET' || fields.code === 'EPIPE') {
    return { reason: 'inbox_connection_failed', permanent: false, uncertain: true };
  }
  return { reason: 'provider_timeout', permanent: false, uncertain: true };
}

/** A body the SDK could not read: judge by the status alone. */
function unparsable(status: number | undefined): Decision {
  if (status === undefined || (status >= 200 && status < 300)) {
    // A success status with a broken body: SES probably accepted the message.
    return { reason: 'unknown', permanent: false, retryable: false, uncertain: true };
  }
  return byStatus(status);
}

function byStatus(status: number): Decision {
  if (status === 429) {
    return {
      reason: 'provider_rate_limited',
      permanent: false,
      retryAfterMs: rateLimitRetryAfterMs,
    };
  }
  if (status === 401 || status === 403) return { reason: 'inbox_auth_failed', permanent: true };
  // 502 and 504 come from a gateway that may have forwarded the request: uncertain.
  if (status === 502 || status === 504) {
    return { reason: 'provider_timeout', permanent: false, uncertain: true };
  }
  if (status === 408) return { reason: 'provider_timeout', permanent: false, uncertain: true };
  if (status >= 500) return { reason: 'provider_timeout', permanent: false };
  if (status === 413) return { reason: 'message_too_large', permanent: true };
  if (status >= 400) return { reason: 'message_invalid', permanent: true };
  // An error after a success status: SES may well have accepted the message.
  if (status >= 200 && status < 300)
    return { reason: 'unknown', permanent: false, retryable: false, uncertain: true };
  return { reason: 'unknown', permanent: false, retryable: false };
}

function readFields(error: unknown): Fields {
  if (typeof error !== 'object' || error === null) {
    return { name: 'Unknown', message: String(error), unparsable: false };
  }
  const record = error as Record<string, unknown>;
  const metadata = record.$metadata as { httpStatusCode?: unknown } | undefined;
  const response = record.$response as
    | { statusCode?: unknown; headers?: Record<string, unknown> }
    | undefined;
  const statusValue = metadata?.httpStatusCode ?? response?.statusCode;
  const status = typeof statusValue === 'number' && statusValue > 0 ? statusValue : undefined;
  const name = typeof record.name === 'string' && record.name ? record.name : 'Unknown';
  const rawMessage = typeof record.message === 'string' ? record.message : '';
  const unparsable = name === 'SyntaxError' || /Deserialization error/.test(rawMessage);
  // The SDK appends a hint about `$response`; keep the provider's own words.
  const message = rawMessage.split('\n  Deserialization error')[0]?.trim() ?? '';
  const code = typeof record.code === 'string' ? record.code : undefined;
  return {
    name,
    ...(code !== undefined ? { code } : {}),
    message:
      unparsable && status !== undefined
        ? `HTTP ${status}: the body was not JSON (${message})`
        : message,
    ...(status !== undefined ? { status } : {}),
    ...retryAfterOf(response?.headers),
    unparsable,
  };
}

/** `Retry-After` in seconds or as an HTTP date, or `x-amz-retry-after` in ms. */
function retryAfterOf(headers: Record<string, unknown> | undefined): { retryAfterMs?: number } {
  if (!headers) return {};
  const lower = Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
  const amz = Number(lower['x-amz-retry-after']);
  if (Number.isFinite(amz) && amz >= 0 && lower['x-amz-retry-after'] !== undefined) {
    return { retryAfterMs: amz };
  }
  const value = lower['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return {};
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return { retryAfterMs: seconds * 1_000 };
  const date = Date.parse(value);
  return Number.isNaN(date) ? {} : { retryAfterMs: Math.max(0, date - Date.now()) };
}
