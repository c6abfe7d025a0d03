import { describe, expect, it } from 'vitest';
import { mapGmailError } from './map-gmail-error';

const now = Date.parse('2026-03-01T10:00:00.000Z');

/** The shape gaxios ≥ 7 rejects with for an API error. */
function apiError(status: number, message: string, reason?: string, rpcStatus?: string) {
  const error = {
    code: status,
    message,
    ...(reason ? { errors: [{ message, domain: 'global', reason }] } : {}),
    ...(rpcStatus ? { status: rpcStatus } : {}),
  };
  return Object.assign(new Error(message), {
    code: status,
    status,
    config: { headers: { Authorization: 'Bearer ya29.secret-token' }, url: 'https://x' },
    response: { status, data: { error }, headers: new Headers() },
  });
}

describe('mapGmailError', () => {
  it('should never throw, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const input of [undefined, null, 42, 'text', {}, [], hostile, Symbol('x')]) {
      const result = mapGmailError(input);
      expect(result.status).toBe('failed');
      expect(result.provider?.name).toBe('gmail');
    }
    expect(mapGmailError(hostile).reason).toBe('unknown');
  });

  it('should call an error it cannot read unknown and uncertain for a send, not for a read', () => {
    const hostile = Object.defineProperty({}, 'response', {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [new Error('weird'), 'a string', {}, hostile]) {
      expect(mapGmailError(input, { operation: 'send' })).toMatchObject({
        reason: 'unknown',
        permanent: false,
        retryable: false,
        uncertain: true,
        provider: { name: 'gmail' },
      });
      const read = mapGmailError(input, { operation: 'read' });
      expect(read).toMatchObject({ reason: 'unknown', permanent: false, retryable: false });
      expect(read).not.toHaveProperty('uncertain');
    }
    expect(mapGmailError(new Error('weird')).provider).toEqual({
      name: 'gmail',
      text: 'Error: weird',
    });
  });

  it('should keep errors raised before any request certain', () => {
    const noCredentials = mapGmailError(
      new Error('No access, refresh token, API key or refresh handler callback is set.'),
    );
    const badRootUrl = mapGmailError(
      Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }),
    );
    const refused = mapGmailError(
      Object.assign(new Error('request failed'), { cause: { code: 'ECONNREFUSED' } }),
    );
    expect(noCredentials).toMatchObject({ reason: 'inbox_auth_failed', permanent: true });
    expect(badRootUrl).toMatchObject({ reason: 'unknown', permanent: true, retryable: false });
    expect(refused).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
    for (const failure of [noCredentials, badRootUrl, refused])
      expect(failure).not.toHaveProperty('uncertain');
  });

  it('should never copy the request config (its headers hold the token)', () => {
    const result = mapGmailError(
      apiError(401, 'Request had invalid authentication credentials.', 'authError'),
    );
    expect(JSON.stringify(result)).not.toContain('ya29');
    expect(result.reason).toBe('inbox_auth_failed');
  });

  it('should read the Retry after time of a rate limit relative to now', () => {
    const error = apiError(
      429,
      'User-rate limit exceeded.  Retry after 2026-03-01T12:00:00.000Z (Mail sending)',
      'rateLimitExceeded',
      'RESOURCE_EXHAUSTED',
    );
    expect(mapGmailError(error, { now })).toMatchObject({
      reason: 'provider_rate_limited',
      retryAfterMs: 2 * 3_600_000,
    });
    // A time already past means "now".
    expect(mapGmailError(error, { now: now + 5 * 3_600_000 }).retryAfterMs).toBe(0);
  });

  it('should read a Retry-After header in seconds', () => {
    const error = apiError(429, 'Too many requests');
    error.response.headers.set('retry-after', '30');
    expect(mapGmailError(error, { now }).retryAfterMs).toBe(30_000);
  });

  it('should read the errors of older stacks (err.errors, google-auth-library < 10)', () => {
    const legacy = Object.assign(new Error('Mail service not enabled'), {
      code: 400,
      errors: [{ reason: 'failedPrecondition', message: 'Mail service not enabled' }],
    });
    expect(mapGmailError(legacy)).toMatchObject({ reason: 'unknown' });
    const withStatus = Object.assign(legacy, { status: 400 });
    expect(mapGmailError(withStatus)).toMatchObject({
      reason: 'inbox_suspended',
      provider: { code: 'failedPrecondition' },
    });
  });

  it('should read a system error code wrapped in fetch causes', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    });
    expect(mapGmailError(refused)).toMatchObject({
      reason: 'inbox_connection_failed',
      retryable: true,
      provider: { code: 'ECONNREFUSED' },
    });
    expect(mapGmailError(refused)).not.toHaveProperty('uncertain');
  });

  it('should keep uncertainty to sends: a read that timed out is simply retryable', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), {
      code: 'TimeoutError',
    });
    expect(mapGmailError(timeout, { operation: 'send' })).toMatchObject({
      uncertain: true,
      retryable: false,
    });
    expect(mapGmailError(timeout, { operation: 'read' })).toMatchObject({
      reason: 'provider_timeout',
      retryable: true,
    });
    expect(mapGmailError(timeout, { operation: 'read' })).not.toHaveProperty('uncertain');
  });

  it.each([
    [400, 'Invalid Cc header', 'invalidArgument', 'invalid_recipient_address'],
    [400, 'Recipient address required', 'invalidArgument', 'invalid_recipient_address'],
    [400, 'Invalid From header', 'invalidArgument', 'invalid_sender_address'],
    [400, 'Bad Request', 'badRequest', 'message_invalid'],
    [
      413,
      'Request payload size exceeds the limit: 36700160 bytes.',
      undefined,
      'message_too_large',
    ],
    [404, 'Requested entity was not found.', 'notFound', 'inbox_suspended'],
    [403, 'Delegation denied for someone@sender.test', 'forbidden', 'inbox_auth_failed'],
  ])('should map %i "%s" to its reason', (status, text, reason, expected) => {
    expect(mapGmailError(apiError(status, text, reason)).reason).toBe(expected);
  });
});
