import {
  connectionFailure,
  mappedFailure,
  type Reason,
  reasonInfo,
  type TransportFailed,
  unmappedFailure,
} from '@mailgate/core';

/** What the transport knows about the attempt besides the error the Graph client threw. */
export interface GraphErrorContext {
  /** The raw error `fetch` threw (the Graph client keeps only its name). */
  readonly networkError?: unknown;
  /** The transport's own time-out aborted the request. */
  readonly timedOut?: boolean;
  /** The caller's signal aborted the request. */
  readonly cancelled?: boolean;
  /** The tenant (`tid`) of the access token the request was sent with. */
  readonly tokenTenantId?: string;
  /** The tenant that holds the mailbox now (the `tenantId` option). */
  readonly mailboxTenantId?: string;
  /** The clock for an HTTP-date `Retry-After`. Default `Date.now`. */
  readonly now?: () => number;
  /**
   * `read` for a request that sends nothing (`verify`, `readBounces`): its failure is never
   * `uncertain`, whatever the status. Default `send`.
   */
  readonly operation?: 'send' | 'read';
}

/** The name of the error the transport throws when getting a token fails. */
export const tokenErrorName = 'MailgateTokenError';

interface Fields {
  readonly status?: number;
  readonly code?: string;
  readonly message: string;
  readonly requestId?: string;
  readonly retryAfter?: string;
}

interface Decision {
  readonly reason: Reason;
  /** Default: the catalogue's. */
  readonly permanent?: boolean;
  readonly retryable?: boolean;
  readonly uncertain?: boolean;
}

const maxTextLength = 1_000;

/** Certificate failures: the TLS handshake failed, so no request reached Graph. */
const certificateRefused = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Maps anything the Graph client rejects with (a `GraphError`, a fetch failure, anything at all)
 * onto a failed transport result: the reason, `permanent`, `retryable`, `retryAfterMs`,
 * `uncertain`, and Graph's code, status and text (with its request-id). An error it cannot
 * read is core's `unmappedFailure`: `unknown` and `uncertain`. Pure; never throws.
 */
export function mapGraphError(error: unknown, context: GraphErrorContext = {}): TransportFailed {
  // A read sends nothing: a 503, a 504 or a time-out cannot hide a message that went out.
  const sending = context.operation !== 'read';
  try {
    const fields = readFields(error);
    const decision = decide(fields, context);
    if (decision === undefined) return unmappedFailure('graph', error, { uncertain: sending });
    const info = reasonInfo[decision.reason];
    const retryAfterMs =
      decision.reason === 'provider_rate_limited' || decision.reason === 'microsoft_timeout'
        ? parseRetryAfter(fields.retryAfter, context.now ?? Date.now)
        : undefined;
    const text = redact(
      [fields.message, fields.requestId ? `(request-id ${fields.requestId})` : '']
        .filter(Boolean)
        .join(' '),
    ).slice(0, maxTextLength);
    return mappedFailure({
      reason: decision.reason,
      permanent: decision.permanent ?? info.permanent,
      retryable: decision.retryable ?? info.retryable,
      uncertain: sending && decision.uncertain,
      retryAfterMs,
      provider: {
        name: 'graph',
        ...(fields.code ? { code: fields.code } : {}),
        ...(fields.status !== undefined && fields.status > 0 ? { status: fields.status } : {}),
        ...(text ? { text } : {}),
      },
    });
  } catch {
    return unmappedFailure('graph', error, { uncertain: sending });
  }
}

/** The decision for an error the mapper recognises; `undefined` for one it cannot read. */
function decide(fields: Fields, context: GraphErrorContext): Decision | undefined {
  const { status, code = '' } = fields;
  if (status === undefined || status <= 0) return decideWithoutResponse(fields, context);
  const migrated = movedTenant(context);
  switch (code.toLowerCase()) {
    case 'invalidauthenticationtoken':
    case 'unauthenticated':
      return { reason: 'inbox_auth_failed' };
    case 'erroraccessdenied':
    case 'accessdenied':
    case 'authorization_requestdenied':
      return { reason: migrated ? 'tenant_migration_permission_error' : 'inbox_auth_failed' };
    case 'errorsendasdenied':
      return { reason: migrated ? 'tenant_migration_permission_error' : 'send_as_denied' };
    case 'mailboxnotenabledforrestapi':
    case 'errornonexistentmailbox':
    case 'errorinvaliduser':
      return { reason: migrated ? 'tenant_migration_permission_error' : 'inbox_suspended' };
    case 'erroraccountsuspend':
    case 'erroraccountdisabled':
    case 'errormessagesubmissionblocked':
      return { reason: 'inbox_suspended' };
    case 'errorinvalidrecipients':
      return { reason: recipientReason(fields.message) };
    case 'errormessagesizeexceeded':
    case 'errorrequestentitytoolarge':
      return { reason: 'message_too_large' };
    case 'errorquotaexceeded':
    case 'quotaexceededexception':
    case 'quotalimitreached':
      return { reason: 'sender_mailbox_full' };
    case 'applicationthrottled':
    case 'toomanyrequests':
    case 'activitylimitreached':
    case 'errorsubmissionquotaexceeded':
    case 'errorexceededmessagelimit':
      return { reason: 'provider_rate_limited' };
    case 'errormimecontentinvalidbase64string':
    case 'errormimecontentconversionfailed':
    case 'errorinvalidrequest':
    case 'invalidrequest':
    case 'errorinvalidproperty':
    case 'errorinvalidinternetheader':
    case 'requestbodyread':
      return { reason: 'message_invalid' };
  }
  return decideByStatus(status, fields);
}

function decideByStatus(status: number, fields: Fields): Decision {
  if (status === 401) return { reason: 'inbox_auth_failed' };
  if (status === 403) return { reason: 'inbox_auth_failed' };
  if (status === 413) return { reason: 'message_too_large' };
  if (status === 429) return { reason: 'provider_rate_limited' };
  if (status === 507) return { reason: 'sender_mailbox_full' };
  // Graph sends Retry-After with the 503s that are its back-off: the request was turned away
  // before any work. A bare 503 — like a 502 or 504 from a gateway — may hide a sent message.
  if (status === 503)
    return fields.retryAfter !== undefined
      ? { reason: 'microsoft_timeout' }
      : { reason: 'microsoft_timeout', uncertain: true };
  if (status === 502 || status === 504) return { reason: 'microsoft_timeout', uncertain: true };
  // 500 UnknownError / ErrorInternalServerError: reports show mail delivered behind them.
  if (status >= 500) return { reason: 'unknown', uncertain: true };
  if (status === 400) return { reason: 'message_invalid' };
  if (status >= 200 && status < 300) return { reason: 'unknown', uncertain: true };
  return { reason: 'unknown', permanent: false, retryable: false };
}

function decideWithoutResponse(fields: Fields, context: GraphErrorContext): Decision | undefined {
  if (fields.code === tokenErrorName) return { reason: 'inbox_auth_failed', permanent: false };
  if (context.cancelled) return { reason: 'cancelled', uncertain: true };
  // The request may have reached Graph before the time-out: a 504 of our own making.
  if (context.timedOut) return { reason: 'microsoft_timeout', uncertain: true };
  const cause = causeCode(context.networkError);
  if (cause === 'UND_ERR_CONNECT_TIMEOUT') return { reason: 'microsoft_timeout' };
  if (
    connectionFailure(cause) === 'never_connected' ||
    (cause !== undefined && certificateRefused.has(cause))
  ) {
    return { reason: 'inbox_connection_failed' };
  }
  // A reset or a closed socket mid-request: nothing proves the request did not arrive. The
  // Graph client names the class of what fetch threw in `code`.
  if (context.networkError !== undefined || fields.code !== undefined)
    return { reason: 'inbox_connection_failed', uncertain: true };
  // No status, no code, no socket error: an error nobody can read.
  return undefined;
}

/** The token's tenant differs from the mailbox's: the mailbox moved and the app did not. */
function movedTenant(context: GraphErrorContext): boolean {
  const { tokenTenantId, mailboxTenantId } = context;
  return (
    tokenTenantId !== undefined &&
    mailboxTenantId !== undefined &&
    tokenTenantId.toLowerCase() !== mailboxTenantId.toLowerCase()
  );
}

/**
 * The recipient ErrorInvalidRecipients names, in any quotes Graph uses or none:
 * `Recipient 'ada@example.com' is not resolved.` (Graph's documented wording), `Recipient
 * "ada@example.com" isn't resolved.`, `Recipient ada@example.com is not resolved.`.
 */
const unresolvedRecipient =
  /\bRecipient\s+(?:"([^"]{0,320})"|'([^']{0,320})'|[\u2018\u201c]([^\u2019\u201d]{0,320})[\u2019\u201d]|([^\s"']{1,320})(?=\s+(?:is\s+not|isn't|isn\u2019t)\s+resolved))/i;

/**
 * ErrorInvalidRecipients names the recipient it could not resolve: a real address there is a
 * recipient Exchange does not know; a bare name, or no recipient at all, is not an address.
 */
function recipientReason(message: string): Reason {
  const match = unresolvedRecipient.exec(message);
  const named = match ? (match[1] ?? match[2] ?? match[3] ?? match[4]) : undefined;
  if (named && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(named.trim())) return 'recipient_unknown';
  return 'invalid_recipient_address';
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const record = current as Record<string, unknown>;
    if (typeof record.code === 'string' && /^[A-Z_]+$/.test(record.code)) return record.code;
    current = record.cause;
  }
  return undefined;
}

/** `Retry-After` in seconds or as an HTTP date, in ms. */
export function parseRetryAfter(value: string | undefined, now: () => number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now());
}

function readFields(error: unknown): Fields {
  if (typeof error !== 'object' || error === null) {
    return { message: typeof error === 'string' ? error : '' };
  }
  const record = error as Record<string, unknown>;
  const status = typeof record.statusCode === 'number' ? record.statusCode : undefined;
  let code = typeof record.code === 'string' && record.code ? record.code : undefined;
  let message = typeof record.message === 'string' ? record.message : '';
  // For a body the client could not read as Graph's error, its text is the only clue.
  if (!code && typeof record.body === 'string' && status !== undefined && status > 0) {
    const inner = parseErrorBody(record.body);
    code = inner?.code;
    message ||= inner?.message ?? record.body.slice(0, 200);
  }
  const requestId = typeof record.requestId === 'string' ? record.requestId : undefined;
  const retryAfter = headerOf(record.headers, 'retry-after');
  return {
    message: message.replace(/\s+/g, ' ').trim(),
    ...(status !== undefined ? { status } : {}),
    ...(code ? { code } : {}),
    ...(requestId ? { requestId } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
}

function parseErrorBody(body: string): { code?: string; message?: string } | undefined {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const inner = (
      typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : parsed
    ) as Record<string, unknown>;
    return {
      ...(typeof inner.code === 'string' ? { code: inner.code } : {}),
      ...(typeof inner.message === 'string' ? { message: inner.message } : {}),
    };
  } catch {
    return undefined;
  }
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    const value = get.call(headers, name) as unknown;
    return typeof value === 'string' ? value : undefined;
  }
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Graph never echoes a token, but a proxy's or a library's text might: keep none. */
function redact(text: string): string {
  return text
    .replace(/Bearer\s+[\w.~+/=-]+/gi, 'Bearer [redacted]')
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]');
}
