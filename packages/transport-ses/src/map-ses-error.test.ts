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

  it('should call an error it cannot read unknown and uncertain for a send, not for a read', () => {
    const hostile = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [new Error('weird'), 'a string', {}, hostile, undefined]) {
      expect(mapSesError(input, { from: 'news@sender.test' })).toMatchObject({
        reason: 'unknown',
        permanent: false,
        retryable: false,
        uncertain: true,
        provider: { name: 'ses' },
      });
      const read = mapSesError(input, { operation: 'read' });
      expect(read).toMatchObject({ reason: 'unknown', permanent: false, retryable: false });
      expect(read).not.toHaveProperty('uncertain');
    }
    expect(mapSesError(new Error('weird')).provider).toEqual({ name: 'ses', text: 'Error: weird' });
    // An error after a success status: SES may well have taken the message.
    expect(
      mapSesError({ name: 'TypeError', message: 'x', $metadata: { httpStatusCode: 200 } }),
    ).toMatchObject({ reason: 'unknown', uncertain: true, retryable: false });
  });

  it('should keep errors the SDK raises before any request certain', () => {
    for (const error of [
      new Error('Region is missing'),
      new Error('Region not accepted: region="eu west 1" is not a valid hostname component.'),
      Object.assign(new TypeError('Invalid URL'), { code: 'ERR_INVALID_URL' }),
    ]) {
      const failure = mapSesError(error);
      expect(failure).toMatchObject({ reason: 'unknown', permanent: true, retryable: false });
      expect(failure).not.toHaveProperty('uncertain');
    }
    const invalidCredentials = mapSesError(
      Object.assign(new Error('Resolved credential object is not valid'), {
        $metadata: { attempts: 1, totalRetryDelay: 0 },
      }),
    );
    expect(invalidCredentials).toMatchObject({ reason: 'inbox_auth_failed', permanent: true });
    expect(invalidCredentials).not.toHaveProperty('uncertain');
  });

  it('should keep uncertainty to sends: a read that timed out is simply retryable', () => {
    const timeout = { name: 'TimeoutError', message: 'Request timed out' };
    expect(mapSesError(timeout)).toMatchObject({ reason: 'provider_timeout', uncertain: true });
    const read = mapSesError(timeout, { operation: 'read' });
    expect(read).toMatchObject({ reason: 'provider_timeout', retryable: true });
    expect(read).not.toHaveProperty('uncertain');
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
