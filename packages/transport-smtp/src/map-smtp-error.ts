import {
  classifySmtpReply,
  connectionFailure,
  mappedFailure,
  type Reason,
  type TransportFailed,
  unmappedFailure,
} from '@mailgate/core';
import { parseRetryAfter } from './parse-retry-after';

/** What `mapSmtpError` needs to know besides the error. */
export interface SmtpErrorContext {
  /**
   * `true`: the whole message had been handed to the server when the error came, so the server
   * may have accepted it: without a definite refusal the failure is `uncertain`. `false`: the
   * message never left in full (a server accepts only a complete message), so nothing is
   * uncertain. Not given: unknown, and an error the mapper cannot read is `uncertain`.
   */
  readonly dataSent?: boolean;
}

/** Node's codes for a certificate the client does not trust. */
const certificateErrors = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
]);

const maxTextLength = 1_000;

interface Fields {
  readonly code?: string;
  readonly originalCode?: string;
  readonly response?: string;
  readonly responseCode?: number;
  readonly command?: string;
  readonly message: string;
}

interface Decision {
  readonly reason: Reason;
  readonly permanent: boolean;
  /** Defaults to `!permanent`. */
  readonly retryable?: boolean;
  readonly enhancedCode?: string;
}

/**
 * Maps anything nodemailer rejects with (or anything at all) onto a failed transport result:
 * the reason, whether it is permanent or worth retrying, the wait the server asked for, and
 * the server's code and text. An error it cannot read is core's `unmappedFailure`: `unknown`
 * and `uncertain`, unless `context.dataSent` is `false`. Pure, and never throws.
 */
export function mapSmtpError(error: unknown, context: SmtpErrorContext = {}): TransportFailed {
  let dataSent: boolean | undefined;
  try {
    dataSent = context.dataSent;
    const fields = readFields(error);
    const decision = decide(fields);
    return decision ? map(fields, decision, dataSent) : unmapped(error, dataSent);
  } catch {
    return unmapped(error, dataSent);
  }
}

/** An error no branch reads: it may have come after the server took the message. */
function unmapped(error: unknown, dataSent: boolean | undefined): TransportFailed {
  return unmappedFailure('smtp', error, { uncertain: dataSent !== false });
}

function map(fields: Fields, decision: Decision, dataSent: boolean | undefined): TransportFailed {
  const { responseCode } = fields;
  const refused = responseCode !== undefined && responseCode >= 400 && responseCode < 600;
  // After the whole message went out, only a refusal proves it was not accepted.
  const uncertain = dataSent === true && !refused && fields.code !== 'EENVELOPE';
  const retryAfterMs =
    !decision.permanent && refused ? parseRetryAfter(fields.response) : undefined;
  const text = (fields.response ?? fields.message).slice(0, maxTextLength);
  const code = decision.enhancedCode ?? fields.code;
  return mappedFailure({
    reason: decision.reason,
    permanent: decision.permanent,
    retryable: decision.retryable,
    uncertain,
    retryAfterMs,
    provider: {
      name: 'smtp',
      ...(code !== undefined ? { code } : {}),
      ...(responseCode !== undefined ? { status: responseCode } : {}),
      ...(text ? { text } : {}),
    },
  });
}

/** The decision for an error the mapper recognises; `undefined` for one it cannot read. */
function decide(fields: Fields): Decision | undefined {
  const { code, response, responseCode, command, message } = fields;
  switch (code) {
    case 'EAUTH':
    case 'ENOAUTH':
    case 'EOAUTH2':
      // 454 4.7.0 is a temporary authentication failure; 535 and a missing login are final.
      return {
        reason: 'inbox_auth_failed',
        permanent: responseCode === undefined || responseCode >= 500,
        ...enhanced(response),
      };
    case 'ETIMEDOUT':
      return { reason: 'provider_timeout', permanent: false };
    case 'ETLS':
      return decideTls(fields);
    case 'EREQUIRETLS':
      return { reason: 'tls_failed', permanent: true };
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
    case 'EPROXY':
    case 'EMAXLIMIT':
      if (isCertificateError(fields)) return { reason: 'tls_failed', permanent: true };
      // A 421 (or other reply) before the connection closed says more than the close itself.
      if (response && responseCode) return fromReply(fields, 'inbox_connection_failed');
      return { reason: 'inbox_connection_failed', permanent: false };
    case 'EPROTOCOL':
      // A greeting other than 220 (421, 554) or a reply that is no SMTP at all.
      if (response && responseCode)
        return fromReply({ ...fields, command: command ?? 'CONN' }, 'inbox_connection_failed');
      return { reason: 'unknown', permanent: false, retryable: false };
    case 'EENVELOPE':
      if (response && responseCode) return fromReply(fields, 'delivery_failed');
      if (/sender/i.test(message)) return { reason: 'invalid_sender_address', permanent: true };
      if (/recipient/i.test(message))
        return { reason: 'invalid_recipient_address', permanent: true };
      return { reason: 'message_invalid', permanent: true };
    case 'EMESSAGE':
      if (response && responseCode)
        return fromReply({ ...fields, command: command ?? 'DATA' }, 'delivery_failed');
      if (/size/i.test(message)) return { reason: 'message_too_large', permanent: true };
      if (command === 'API') return { reason: 'message_invalid', permanent: true };
      return { reason: 'unknown', permanent: false, retryable: false };
    case 'ESTREAM':
    case 'EMAXRECIPIENTS':
    case 'EFILEACCESS':
    case 'EURLACCESS':
    case 'EFETCH':
      return { reason: 'message_invalid', permanent: true };
    case 'EABORT':
      return { reason: 'cancelled', permanent: false, retryable: false };
    case 'ECONFIG':
      return { reason: 'unknown', permanent: true };
    default:
      if (response && responseCode) return fromReply(fields, 'unknown');
      if (isCertificateError(fields)) return { reason: 'tls_failed', permanent: true };
      // A socket error nodemailer did not wrap: a refused connection never reached the session,
      // and one that broke is uncertain only once the whole message was sent (see `map`).
      if (
        connectionFailure(code) !== undefined ||
        connectionFailure(fields.originalCode) !== undefined ||
        /ECONNREFUSED|ECONNRESET|EPIPE/.test(message)
      ) {
        return { reason: 'inbox_connection_failed', permanent: false };
      }
      return undefined;
  }
}

function decideTls(fields: Fields): Decision {
  if (fields.response && fields.responseCode) {
    // STARTTLS refused: 454 is temporary, 5xx final.
    return {
      reason: 'tls_failed',
      permanent: fields.responseCode >= 500,
      ...enhanced(fields.response),
    };
  }
  if (isCertificateError(fields)) return { reason: 'tls_failed', permanent: true };
  // The connection closed during the upgrade: a connection problem, not a TLS one.
  if (/closed|reset|ECONNRESET|EPIPE/i.test(fields.message)) {
    return { reason: 'inbox_connection_failed', permanent: false };
  }
  return { reason: 'tls_failed', permanent: true };
}

/** A reply the server gave, through core's classifier; `fallback` when it finds nothing. */
function fromReply(fields: Fields, fallback: Reason): Decision {
  const response = fields.response ?? '';
  const classified = classifySmtpReply(response, fields.command ? { command: fields.command } : {});
  const reason = classified.reason === 'unknown' ? fallback : classified.reason;
  const code = fields.responseCode ?? classified.replyCode;
  // The reply code decides permanence; 421 (closing) and every 4xx are transient.
  const permanent = code !== undefined ? code >= 500 && code !== 503 : classified.permanent;
  return {
    reason,
    permanent,
    ...(reason === 'unknown' ? { retryable: false } : {}),
    ...(classified.enhancedCode ? { enhancedCode: classified.enhancedCode } : {}),
  };
}

function enhanced(response: string | undefined): { enhancedCode?: string } {
  const match = response ? /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(response) : null;
  return match?.[1] ? { enhancedCode: match[1] } : {};
}

function isCertificateError(fields: Fields): boolean {
  if (fields.originalCode && certificateErrors.has(fields.originalCode)) return true;
  return /certificate|self[- ]signed|altname|wrong version number|handshake failure/i.test(
    fields.message,
  );
}

function readFields(error: unknown): Fields {
  if (typeof error !== 'object' || error === null) {
    return { message: typeof error === 'string' ? error : String(error) };
  }
  const record = error as Record<string, unknown>;
  const text = (key: string) =>
    typeof record[key] === 'string' ? (record[key] as string) : undefined;
  const response = text('response');
  let responseCode = typeof record.responseCode === 'number' ? record.responseCode : undefined;
  if (responseCode === undefined && response) {
    const match = /^([2-5]\d\d)\b/.exec(response);
    if (match) responseCode = Number(match[1]);
  }
  // nodemailer appends the reply to the message; keep the message without it.
  const message = text('message') ?? '';
  const code = text('code');
  const originalCode = text('originalCode');
  const command = text('command');
  return {
    message,
    ...(code !== undefined ? { code } : {}),
    ...(originalCode !== undefined ? { originalCode } : {}),
    ...(response !== undefined ? { response } : {}),
    ...(responseCode !== undefined ? { responseCode } : {}),
    ...(command !== undefined ? { command } : {}),
  };
}
