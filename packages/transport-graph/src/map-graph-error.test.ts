import { describe, expect, it } from 'vitest';
import { mapGraphError, parseRetryAfter } from './map-graph-error';

const graphError = (statusCode: number, code: string | null, message = '', headers?: Headers) =>
  Object.assign(new Error(message), { statusCode, code, requestId: 'req-1', body: null, headers });

describe('mapGraphError', () => {
  it('should never throw, whatever it is given', () => {
    const hostile = {
      get statusCode(): number {
        throw new Error('boom');
      },
    };
    for (const input of [undefined, null, 42, 'text', {}, hostile, Symbol('x')]) {
      expect(mapGraphError(input)).toMatchObject({ status: 'failed' });
    }
    expect(mapGraphError(hostile)).toMatchObject({ reason: 'unknown', uncertain: true });
  });

  it('should call an error it cannot read unknown and uncertain', () => {
    const hostile = Object.defineProperty({}, 'statusCode', {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [new Error('weird'), 'a string', {}, hostile, { statusCode: -1 }]) {
      expect(mapGraphError(input)).toMatchObject({
        reason: 'unknown',
        permanent: false,
        retryable: false,
        uncertain: true,
        provider: { name: 'graph' },
      });
    }
    expect(mapGraphError(new Error('weird')).provider).toEqual({
      name: 'graph',
      text: 'Error: weird',
    });
    // What fetch threw, as the Graph client wraps it: still a connection that broke.
    expect(mapGraphError(graphError(-1, 'TypeError', 'fetch failed'))).toMatchObject({
      reason: 'inbox_connection_failed',
      uncertain: true,
    });
  });

  it('should keep failures known to come before the request certain', () => {
    const refused = mapGraphError(graphError(-1, 'TypeError', 'fetch failed'), {
      networkError: new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
    });
    const token = mapGraphError(graphError(-1, 'MailgateTokenError', 'no token'));
    expect(refused).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
    expect(token).toMatchObject({ reason: 'inbox_auth_failed', permanent: false });
    for (const failure of [refused, token]) expect(failure).not.toHaveProperty('uncertain');
  });

  it('should read Retry-After in seconds or as an HTTP date', () => {
    const failure = mapGraphError(
      graphError(429, 'TooManyRequests', 'slow down', new Headers({ 'retry-after': '5' })),
    );
    expect(failure).toMatchObject({ reason: 'provider_rate_limited', retryAfterMs: 5_000 });
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', () => now)).toBe(30_000);
    expect(parseRetryAfter('soon', () => now)).toBeUndefined();
  });

  it('should tell a connection that never opened from one lost mid-request', () => {
    const network = graphError(-1, 'TypeError', 'fetch failed');
    const refused = mapGraphError(network, {
      networkError: new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }),
    });
    const reset = mapGraphError(network, {
      networkError: new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }),
    });
    const connectTimeout = mapGraphError(network, {
      networkError: new TypeError('fetch failed', { cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } }),
    });
    expect(refused).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
    expect(refused).not.toHaveProperty('uncertain');
    expect(reset).toMatchObject({ reason: 'inbox_connection_failed', uncertain: true });
    expect(connectTimeout).toMatchObject({ reason: 'microsoft_timeout', retryable: true });
    expect(connectTimeout).not.toHaveProperty('uncertain');
  });

  it('should treat the caller cancelling as cancelled and uncertain', () => {
    const failure = mapGraphError(graphError(-1, 'AbortError'), { cancelled: true });
    expect(failure).toMatchObject({ reason: 'cancelled', uncertain: true, retryable: false });
  });

  it('should read the code from a body the client left as text', () => {
    const failure = mapGraphError({
      statusCode: 403,
      code: null,
      message: '',
      body: '{"error":{"code":"ErrorSendAsDenied","message":"no"}}',
    });
    expect(failure).toMatchObject({
      reason: 'send_as_denied',
      provider: { code: 'ErrorSendAsDenied' },
    });
  });

  it('should keep tokens out of the text', () => {
    const failure = mapGraphError(
      graphError(401, 'InvalidAuthenticationToken', 'Bearer abc.def.ghi eyJhbGciOi.eyJ0aWQiOi.sig'),
    );
    expect(failure.provider?.text).not.toMatch(/abc\.def|eyJ/);
  });

  it('should call a 500 unknown and uncertain, and an unknown 4xx unknown but certain', () => {
    expect(mapGraphError(graphError(500, 'UnknownError'))).toMatchObject({
      reason: 'unknown',
      uncertain: true,
    });
    const teapot = mapGraphError(graphError(418, 'Teapot'));
    expect(teapot).toMatchObject({ reason: 'unknown', retryable: false });
    expect(teapot).not.toHaveProperty('uncertain');
  });
});
