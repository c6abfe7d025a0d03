import { isReason } from '@mailgate/core';
import { describe, expect, it } from 'vitest';
import { mapSesError } from './map-ses-error';

describe('mapSesError', () => {
  it('should never throw, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    for (const input of [undefined, null, 42, 'text', [], {}, hostile, new Error('plain')]) {
      const result = mapSesError(input);
      expect(result.status).toBe('failed');
      expect(isReason(result.reason)).toBe(true);
      expect(result.permanent && result.retryable).toBe(false);
    }
  });

  it('should retry a refused connection, but not one that broke mid-request', () => {
    const refused = mapSesError(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    );
    expect(refused).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
    expect(refused.uncertain).toBeUndefined();
    for (const code of ['ECONNRESET', 'ECONNABORTED', 'EPIPE']) {
      const broken = mapSesError(Object.assign(new Error(code), { code }));
      expect(broken).toMatchObject({ uncertain: true, retryable: false });
    }
  });

  it('should read Retry-After from the raw response', () => {
    const result = mapSesError({
      name: 'TooManyRequestsException',
      message: 'Maximum sending rate exceeded.',
      $metadata: { httpStatusCode: 429 },
      $response: { statusCode: 429, headers: { 'Retry-After': '7' } },
    });
    expect(result).toMatchObject({ reason: 'provider_rate_limited', retryAfterMs: 7_000 });
  });

  it('should tell a connection time-out (safe) from a request time-out (uncertain)', () => {
    const connect = mapSesError({
      name: 'TimeoutError',
      message:
        'the request socket did not establish a connection with the server within the configured timeout of 5000 ms.',
    });
    expect(connect).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
    expect(connect.uncertain).toBeUndefined();
    const request = mapSesError({ name: 'TimeoutError', code: 'ETIMEDOUT', message: 'exceeded' });
    expect(request).toMatchObject({
      reason: 'provider_timeout',
      uncertain: true,
      retryable: false,
    });
  });

  it('should name the sender when a BadRequest names the From address', () => {
    const result = mapSesError(
      {
        name: 'BadRequestException',
        message: 'Illegal address: bad@@sender',
        $metadata: { httpStatusCode: 400 },
      },
      { from: 'bad@@sender' },
    );
    expect(result.reason).toBe('invalid_sender_address');
  });

  it('should treat an abort as cancelled and uncertain', () => {
    expect(mapSesError({ name: 'AbortError', message: 'Request aborted' })).toMatchObject({
      reason: 'cancelled',
      uncertain: true,
      retryable: false,
    });
  });

  it('should map missing credentials and unknown 4xx codes', () => {
    expect(
      mapSesError({ name: 'CredentialsProviderError', message: 'Could not load credentials' })
        .reason,
    ).toBe('inbox_auth_failed');
    expect(
      mapSesError({ name: 'Unknown', message: 'x', $metadata: { httpStatusCode: 418 } }).reason,
    ).toBe('message_invalid');
  });
});
