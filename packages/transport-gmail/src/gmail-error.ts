/** What a googleapis / gaxios / google-auth-library error says, read defensively. */
export interface GmailErrorFields {
  /** The HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** `error.errors[0].reason` of a Google API error: `rateLimitExceeded`, `authError`, … */
  readonly reason?: string;
  /** The RPC status: `RESOURCE_EXHAUSTED`, `FAILED_PRECONDITION`, … */
  readonly rpcStatus?: string;
  /** The OAuth token endpoint's `error`: `invalid_grant`, `unauthorized_client`, … */
  readonly oauthError?: string;
  /** The error's message (the API's own text when there is one). */
  readonly message: string;
  /** The text to keep: one line, tags stripped, at most 1,000 characters. */
  readonly text: string;
  /** The first string code found (`ECONNREFUSED`, `TimeoutError`). */
  readonly code?: string;
  /** Every string code in the error and its causes. */
  readonly codes: readonly string[];
  /** A `Retry-After` header of the answer, if any. */
  readonly retryAfterHeader?: string;
}

const maxTextLength = 1_000;

type Bag = Record<string, unknown>;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;
const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined;

/**
 * Reads a GaxiosError (gaxios ≥ 7: numeric `code` and `status`, the body in `response.data`,
 * the AIP-193 error in `cause`) or an older one (`errors` on the error itself), or anything
 * else. Only the answer's body and status are read: never `config`, whose headers hold the token.
 */
export function readGmailError(error: unknown): GmailErrorFields {
  if (!isBag(error)) {
    const message = typeof error === 'string' ? error : String(error);
    return { message, text: toText(message), codes: [] };
  }
  const response = isBag(error.response) ? error.response : undefined;
  const data = response?.data;
  const body = isBag(data) ? data : undefined;
  const apiError = body && isBag(body.error) ? body.error : undefined;
  const oauthError = stringOf(body?.error);
  const errors = Array.isArray(apiError?.errors)
    ? apiError.errors
    : isBag(error.cause) && Array.isArray(error.cause.errors)
      ? error.cause.errors
      : Array.isArray(error.errors)
        ? error.errors
        : [];
  const first = errors.find(isBag);
  const statusValue = typeof response?.status === 'number' ? response.status : error.status;
  const status = typeof statusValue === 'number' ? statusValue : undefined;
  const message =
    stringOf(apiError?.message) ??
    (oauthError
      ? `${oauthError}${stringOf(body?.error_description) ? `: ${body?.error_description}` : ''}`
      : undefined) ??
    (typeof data === 'string' && data ? data : undefined) ??
    stringOf(error.message) ??
    '';
  const codes = collectCodes(error);
  const reason = stringOf(first?.reason);
  const rpcStatus = stringOf(apiError?.status);
  const retryAfterHeader = readHeader(response?.headers, 'retry-after');
  return {
    ...(status !== undefined ? { status } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(rpcStatus !== undefined ? { rpcStatus } : {}),
    ...(oauthError !== undefined ? { oauthError } : {}),
    message,
    text: toText(message),
    ...(codes[0] !== undefined ? { code: codes[0] } : {}),
    codes,
    ...(retryAfterHeader !== undefined ? { retryAfterHeader } : {}),
  };
}

/** String codes of the error and its causes (fetch wraps the system error one or two deep). */
function collectCodes(error: Bag): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isBag(current); depth++) {
    const code = stringOf(current.code);
    if (code && !codes.includes(code)) codes.push(code);
    const name = stringOf(current.name);
    if (name && /^(AbortError|TimeoutError)$/.test(name) && !codes.includes(name)) codes.push(name);
    current = current.cause ?? current.error;
  }
  return codes;
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (!isBag(headers)) return undefined;
  if (typeof headers.get === 'function') {
    const value = (headers as { get(name: string): unknown }).get(name);
    return stringOf(value);
  }
  return stringOf(headers[name]);
}

/** One line of plain text: an HTML error page loses its tags. */
function toText(message: string): string {
  const plain = /<\/?[a-z][^>]*>/i.test(message) ? message.replace(/<[^>]*>/g, ' ') : message;
  return plain.replace(/\s+/g, ' ').trim().slice(0, maxTextLength);
}
