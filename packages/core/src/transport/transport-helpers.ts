import type { TransportFailed } from './transport';

/**
 * Helpers every transport needs and none should write again: waiting between attempts
 * without outliving an abort, the back-off between them, and keeping secrets out of
 * the provider texts a failure carries.
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

/** `text` with every secret and every match of `patterns` replaced by `[redacted]`. */
export function redactText(
  text: string,
  secrets: readonly string[],
  patterns: readonly RegExp[] = [],
): string {
  let clean = text;
  for (const secret of secrets)
    if (secret.length > 0) clean = clean.split(secret).join('[redacted]');
  for (const pattern of patterns) clean = clean.replace(pattern, '[redacted]');
  return clean;
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
