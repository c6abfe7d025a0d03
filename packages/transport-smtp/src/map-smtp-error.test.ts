import { isReason } from '@mailgate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSmtpError } from './map-smtp-error';

/** Shaped as nodemailer's `_formatError` shapes them (reasons.md §4.3). */
function nodemailerError(fields: Record<string, unknown>): Error {
  return Object.assign(new Error(String(fields.message ?? 'error')), fields);
}

describe('mapSmtpError', () => {
  it.each([
    [
      {
        code: 'EAUTH',
        command: 'AUTH PLAIN',
        response: '535 5.7.8 Authentication credentials invalid',
        responseCode: 535,
      },
      'inbox_auth_failed',
      true,
    ],
    [
      { code: 'EAUTH', command: 'API', message: 'Missing credentials for "PLAIN"' },
      'inbox_auth_failed',
      true,
    ],
    [
      { code: 'ECONNECTION', command: 'CONN', message: 'Connection closed unexpectedly' },
      'inbox_connection_failed',
      false,
    ],
    [
      {
        code: 'ESOCKET',
        command: 'CONN',
        originalCode: 'ECONNREFUSED',
        message: 'connect ECONNREFUSED 127.0.0.1:1',
      },
      'inbox_connection_failed',
      false,
    ],
    [
      {
        code: 'EDNS',
        command: 'CONN',
        originalCode: 'ENOTFOUND',
        message: 'getaddrinfo ENOTFOUND smtp.nowhere.test',
      },
      'inbox_connection_failed',
      false,
    ],
    [
      { code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' },
      'provider_timeout',
      false,
    ],
    [
      {
        code: 'ETLS',
        command: 'STARTTLS',
        response: '454 4.7.0 TLS not available due to temporary reason',
        responseCode: 454,
      },
      'tls_failed',
      false,
    ],
    [
      {
        code: 'ETLS',
        command: 'CONN',
        message: 'Error initiating TLS - self-signed certificate',
        originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      },
      'tls_failed',
      true,
    ],
    [
      { code: 'ETLS', command: 'CONN', message: 'Connection closed unexpectedly' },
      'inbox_connection_failed',
      false,
    ],
    [
      {
        code: 'EREQUIRETLS',
        command: 'MAIL FROM',
        message: 'Server does not support REQUIRETLS extension (RFC 8689)',
      },
      'tls_failed',
      true,
    ],
    [
      { code: 'EENVELOPE', command: 'API', message: 'Invalid sender "x"' },
      'invalid_sender_address',
      true,
    ],
    [
      { code: 'EENVELOPE', command: 'API', message: 'No recipients defined' },
      'invalid_recipient_address',
      true,
    ],
    [
      { code: 'EMESSAGE', command: 'MAIL FROM', message: 'Message size larger than allowed 1000' },
      'message_too_large',
      true,
    ],
    [
      {
        code: 'EENVELOPE',
        command: 'RCPT TO',
        response: '550 5.1.1 User unknown',
        responseCode: 550,
      },
      'recipient_unknown',
      true,
    ],
    [
      {
        code: 'EENVELOPE',
        command: 'RCPT TO',
        response: '452 4.2.2 Mailbox full',
        responseCode: 452,
      },
      'mailbox_full',
      false,
    ],
    [
      {
        code: 'EMESSAGE',
        command: 'DATA',
        response: '552 5.3.4 Message too big for system',
        responseCode: 552,
      },
      'message_too_large',
      true,
    ],
    [{ code: 'EABORT', command: 'API', message: 'This operation was aborted' }, 'cancelled', false],
  ] as const)('should map %o to %s', (fields, reason, permanent) => {
    const result = mapSmtpError(nodemailerError(fields));
    expect(result.reason).toBe(reason);
    expect(result.permanent).toBe(permanent);
    expect(result.status).toBe('failed');
    expect(result.provider?.name).toBe('smtp');
  });

  it('should treat a 421 anywhere as transient and keep the wait it names', () => {
    const result = mapSmtpError(
      nodemailerError({
        code: 'ECONNECTION',
        command: 'CONN',
        response: '421 4.7.0 Try again in 30 seconds',
        responseCode: 421,
      }),
    );
    expect(result).toMatchObject({
      permanent: false,
      retryable: true,
      retryAfterMs: 30_000,
      provider: { status: 421 },
    });
  });

  it('should keep the enhanced code as the provider code, the reply code as the status', () => {
    const result = mapSmtpError(
      nodemailerError({
        code: 'EENVELOPE',
        command: 'RCPT TO',
        response: '550 5.1.1 <x@y.test>: Recipient address rejected',
        responseCode: 550,
      }),
    );
    expect(result.provider).toEqual({
      name: 'smtp',
      code: '5.1.1',
      status: 550,
      text: '550 5.1.1 <x@y.test>: Recipient address rejected',
    });
  });

  it('should call a failure without a refusal after the whole message was sent uncertain', () => {
    const dropped = nodemailerError({
      code: 'ECONNECTION',
      command: 'CONN',
      message: 'Connection closed unexpectedly',
    });
    expect(mapSmtpError(dropped, { dataSent: true })).toMatchObject({
      uncertain: true,
      retryable: false,
      permanent: false,
    });
    expect(mapSmtpError(dropped, { dataSent: false }).uncertain).toBeUndefined();
    const refused = nodemailerError({
      code: 'EMESSAGE',
      command: 'DATA',
      response: '451 4.3.0 Try later',
      responseCode: 451,
    });
    expect(mapSmtpError(refused, { dataSent: true }).uncertain).toBeUndefined();
  });

  it('should call an error it cannot read unknown and uncertain, unless the message never left', () => {
    const hostile = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [new Error('weird'), 'a string', {}, hostile]) {
      for (const context of [{}, { dataSent: true }]) {
        expect(mapSmtpError(input, context)).toMatchObject({
          reason: 'unknown',
          permanent: false,
          retryable: false,
          uncertain: true,
          provider: { name: 'smtp' },
        });
      }
      // A server accepts only a complete message: before its end nothing can have gone out.
      const beforeData = mapSmtpError(input, { dataSent: false });
      expect(beforeData).toMatchObject({ reason: 'unknown', permanent: false, retryable: false });
      expect(beforeData).not.toHaveProperty('uncertain');
    }
    expect(mapSmtpError(new Error('weird')).provider).toEqual({
      name: 'smtp',
      text: 'Error: weird',
    });
  });

  it('should keep a connection refused before the session certain and retryable', () => {
    for (const refused of [
      nodemailerError({
        code: 'ECONNECTION',
        originalCode: 'ECONNREFUSED',
        command: 'CONN',
        message: 'connect ECONNREFUSED 127.0.0.1:2525',
      }),
      // The bare socket error, as nodemailer's pool may pass it on.
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2525'), { code: 'ECONNREFUSED' }),
    ]) {
      const failure = mapSmtpError(refused);
      expect(failure).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
      expect(failure).not.toHaveProperty('uncertain');
    }
  });

  it('should never throw, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    for (const input of [
      undefined,
      null,
      0,
      'boom',
      Symbol('x'),
      [],
      hostile,
      new Error('plain'),
    ]) {
      const result = mapSmtpError(input);
      expect(result.status).toBe('failed');
      expect(isReason(result.reason)).toBe(true);
    }
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (input, dataSent) => {
        const result = mapSmtpError(input, { dataSent });
        expect(isReason(result.reason)).toBe(true);
        expect(result.permanent && result.retryable).toBe(false);
      }),
    );
  });

  it('should cap long texts', () => {
    const result = mapSmtpError(
      nodemailerError({
        code: 'EENVELOPE',
        response: `550 ${'x'.repeat(5_000)}`,
        responseCode: 550,
      }),
    );
    expect(result.provider?.text?.length).toBe(1_000);
  });
});
