import type { ProviderDetail } from '../outcome';
import type { Reason } from '../reasons/reason';
import { credentialPatterns, removeSecrets } from './secret-redactor';
import type { TransportFailed } from './transport';

/**
 * Helpers every transport needs and none should write again: waiting between attempts
 * without outliving an abort, the back-off between them, keeping secrets out of the
 * provider texts a failure carries, and the failure for an error a mapper did or could not
 * read.
 */

/** Waits `ms`; answers `false` at once when `signal` aborts the wait. */
export function waitUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Options of `backoffDelay`. */
export interface BackoffOptions {
  /** The wait before the first retry; it doubles for each one after. */
  readonly initialDelayMs: number;
  /** The longest wait; a provider asking for more is not waited for. */
  readonly maxDelayMs: number;
}

/**
 * How long to wait before retry number `retry` (1 for the first): the provider's own wait
 * when it gave one, else exponential back-off with ±20 % jitter. `undefined` when the
 * provider asks for longer than `maxDelayMs`: then the failure goes back to the caller
 * with its `retryAfterMs` instead of holding the send.
 */
export function backoffDelay(
  failure: Pick<TransportFailed, 'retryAfterMs'>,
  retry: number,
  options: BackoffOptions,
): number | undefined {
  if (failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs <= options.maxDelayMs ? failure.retryAfterMs : undefined;
  }
  const base = options.initialDelayMs * 2 ** (retry - 1);
  return Math.min(base * (0.8 + Math.random() * 0.4), options.maxDelayMs);
}

/**
 * Removes every secret (and every match of `patterns`) from the provider text of a
 * failure. Providers sometimes echo what they were sent; a password or token must never
 * reach an outcome or a log.
 */
export function redactFailure(
  failure: TransportFailed,
  secrets: readonly string[],
  patterns: readonly RegExp[] = [],
): TransportFailed {
  const text = failure.provider?.text;
  if (failure.provider === undefined || text === undefined) return failure;
  const clean = redactText(text, secrets, patterns);
  return clean === text ? failure : { ...failure, provider: { ...failure.provider, text: clean } };
}

/**
 * `text` with every secret (whole, and for a secret of 16 characters or more every run of 12
 * of its characters) and every match of `patterns` replaced by `[redacted]`.
 */
export function redactText(
  text: string,
  secrets: readonly string[],
  patterns: readonly RegExp[] = [],
): string {
  return removeSecrets(text, secrets, [], patterns);
}

/** Socket errors that prove the request never left: retrying cannot duplicate anything. */
const neverConnectedCodes: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Socket errors of a connection that broke mid-request: the provider may have acted on it. */
const connectionLostCodes: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/**
 * What a network error code (Node's, undici's) says about a request: it never left
 * (`never_connected`: safe to retry, the message surely did not go), or the connection
 * broke under it (`connection_lost`: it may have arrived, so the outcome is uncertain).
 * One table for every transport, so the same failure means the same thing everywhere.
 */
export function connectionFailure(
  code: string | undefined,
): 'never_connected' | 'connection_lost' | undefined {
  if (code === undefined) return undefined;
  if (neverConnectedCodes.has(code)) return 'never_connected';
  if (connectionLostCodes.has(code)) return 'connection_lost';
  return undefined;
}

/** What a transport's error mapper decided about an error it could read. */
export interface MappedFailure {
  readonly reason: Reason;
  readonly permanent: boolean;
  /** Default: when it is not permanent. */
  readonly retryable?: boolean | undefined;
  /** The message may have gone out even so. */
  readonly uncertain?: boolean | undefined;
  /** The wait the provider asked for, if it said. */
  readonly retryAfterMs?: number | undefined;
  readonly provider: ProviderDetail;
}

/**
 * The failed result for an error a mapper read. An uncertain failure is neither permanent
 * nor retryable and carries no wait (retrying may send the message twice); a permanent one
 * is never retryable.
 */
export function mappedFailure(failure: MappedFailure): TransportFailed {
  const uncertain = failure.uncertain === true;
  const permanent = uncertain ? false : failure.permanent;
  const retryable = uncertain || permanent ? false : (failure.retryable ?? true);
  return {
    status: 'failed',
    reason: failure.reason,
    permanent,
    retryable,
    ...(failure.retryAfterMs !== undefined && !uncertain
      ? { retryAfterMs: failure.retryAfterMs }
      : {}),
    ...(uncertain ? { uncertain: true } : {}),
    provider: failure.provider,
  };
}

/** Options of `unmappedFailure`. */
export interface UnmappedFailureOptions {
  /** Passwords, keys and tokens the transport holds: removed from the description. */
  readonly secrets?: readonly string[];
  /** More token shapes to remove, as for `redactFailure`. */
  readonly patterns?: readonly RegExp[];
  /**
   * `false` only when nothing can have been sent: the call was a read, or the transport knows
   * the message never left (an SMTP session that failed before the end of the data). Default
   * `true`: an error nobody can read may have come after the provider accepted the message.
   */
  readonly uncertain?: boolean;
}

/** The longest description an unmapped failure carries. */
const maxDescriptionLength = 1_000;

/** The longest code an unmapped failure carries. */
const maxCodeLength = 100;

/**
 * The failure for an error a transport's mapper cannot read: not an object, or one with no
 * code or status it knows. Raised while a send was in flight, such an error may have come
 * after the provider accepted the message, so the failure is `uncertain` (never retried
 * blindly; the gate keeps the idempotency key), with reason `unknown`. `provider.text`
 * describes the error — its name and message, on one line, at most 1,000 characters, without
 * `secrets` and without anything shaped like a credential — and `provider.code` is its
 * string `code`. Reads nothing else of the error, and never throws, whatever it is given.
 */
export function unmappedFailure(
  transportName: string,
  error: unknown,
  options: UnmappedFailureOptions = {},
): TransportFailed {
  let uncertain = true;
  let name = 'unknown';
  try {
    uncertain = options.uncertain !== false;
    name = typeof transportName === 'string' ? transportName.slice(0, maxCodeLength) : name;
    const secrets = options.secrets ?? [];
    const patterns = [...credentialPatterns, ...(options.patterns ?? [])];
    // Secrets are removed before the text is cut, so that none is cut in half and kept.
    const longest = secrets.reduce((most, secret) => Math.max(most, secret.length), 0);
    const window = maxDescriptionLength * 4 + longest;
    const clean = (text: string, max: number) =>
      oneLine(redactText(oneLine(text.slice(0, window)), secrets, patterns)).slice(0, max);
    const code = readString(error, 'code');
    const text = clean(describeError(error, window), maxDescriptionLength);
    return {
      ...base(uncertain),
      provider: {
        name,
        ...(code ? { code: clean(code, maxCodeLength) } : {}),
        ...(text ? { text } : {}),
      },
    };
  } catch {
    return { ...base(uncertain), provider: { name } };
  }
}

/** `unknown` is neither permanent nor retryable: a blind retry may repeat what went wrong. */
function base(uncertain: boolean): TransportFailed {
  return {
    status: 'failed',
    reason: 'unknown',
    permanent: false,
    retryable: false,
    ...(uncertain ? { uncertain: true } : {}),
  };
}

/** "TypeError: boom", the string itself, or what kind of value it is. Never throws. */
function describeError(error: unknown, limit: number): string {
  switch (typeof error) {
    case 'string':
      return error.length > 0 ? error.slice(0, limit) : 'an empty string';
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof error} ${String(error)}`;
    case 'symbol':
      return 'a symbol';
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
  }
  if (error === null) return 'null';
  const errorName = readString(error, 'name')?.slice(0, 200);
  const message = readString(error, 'message')?.slice(0, limit);
  if (errorName && message) return `${errorName}: ${message}`;
  return message || errorName || 'an object with no message';
}

/** A string property, or `undefined` when it is anything else or reading it throws. */
function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    const found = (value as Record<string, unknown>)[key];
    return typeof found === 'string' && found.length > 0 ? found : undefined;
  } catch {
    return undefined;
  }
}

/** Control characters and line breaks become single spaces: one line for a log. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
