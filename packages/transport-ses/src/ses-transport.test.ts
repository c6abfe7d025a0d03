import { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  createMailgate,
  type SendRequestInput,
  type Suppression,
  type TransportMessage,
} from '@mailgate/core';
import {
  createSesTestServer,
  type SesAnswer,
  type SesTestServer,
  sesAnswers,
  sesError,
} from '@mailgate/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dailyQuotaRetryAfterMs } from './map-ses-error';
import { pullSuppressionsFromSes, pushSuppressionsToSes } from './ses-suppression';
import { type SesTransport, sesTransport } from './ses-transport';
import type { SesRetryEvent, SesTransportOptions } from './ses-transport-options';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret-access-key' };

let server: SesTestServer;
const open: SesTransport[] = [];

beforeAll(async () => {
  server = await createSesTestServer({ accessKeyId: credentials.accessKeyId });
});
afterEach(async () => {
  server.reset();
  await Promise.all(open.splice(0).map((transport) => transport.close()));
});
afterAll(() => server.close());

function transport(options: Partial<SesTransportOptions> = {}): SesTransport {
  const made = sesTransport({
    region: 'us-east-1',
    endpoint: server.url,
    credentials,
    retry: { attempts: 2, initialDelayMs: 1, maxDelayMs: 20 },
    ...options,
  });
  open.push(made);
  return made;
}

const message: TransportMessage = {
  from: { address: 'news@sender.test', name: 'Sender Team' },
  to: [{ address: 'ann@example.test', name: 'Änn Ström' }],
  subject: 'Hello',
  text: 'Plain text',
  html: '<p>HTML</p>',
};

describe('sesTransport sending', () => {
  it('should send Simple content with headers, attachments, tags and the configuration set', async () => {
    const result = await transport({
      configurationSetName: 'default-set',
      tags: { app: 'crm', campaign: 'x' },
    }).send({
      ...message,
      cc: [{ address: 'cc@example.test' }],
      bcc: [{ address: 'bcc@example.test' }],
      replyTo: { address: 'reply@sender.test' },
      headers: { 'List-Unsubscribe': '<https://sender.test/u/1>' },
      attachments: [{ filename: 'a.txt', content: 'attached', contentType: 'text/plain' }],
      tags: { campaign: 'spring' },
    });
    expect(result.status).toBe('accepted');
    expect(result.status === 'accepted' && result.messageId).toBe(server.sent[0]?.messageId);
    const sent = server.sent[0]!;
    expect(sent.from).toBe('"Sender Team" <news@sender.test>');
    expect(sent.to).toEqual([
      `=?UTF-8?B?${Buffer.from('Änn Ström').toString('base64')}?= <ann@example.test>`,
    ]);
    expect(sent.recipients).toEqual(['ann@example.test', 'cc@example.test', 'bcc@example.test']);
    expect(sent.replyTo).toEqual(['reply@sender.test']);
    expect(sent.subject).toBe('Hello');
    expect(sent.text).toBe('Plain text');
    expect(sent.html).toBe('<p>HTML</p>');
    expect(sent.headers).toEqual([
      { name: 'List-Unsubscribe', value: '<https://sender.test/u/1>' },
    ]);
    expect(sent.attachments).toHaveLength(1);
    expect(sent.attachments[0]?.content.toString()).toBe('attached');
    expect(sent.tags).toEqual({ app: 'crm', campaign: 'spring' });
    expect(sent.configurationSetName).toBe('default-set');
    expect(server.calls[0]?.headers.authorization).toBeUndefined();
  });

  it('should send a complete MIME message as Raw content', async () => {
    const raw = 'From: news@sender.test\r\nTo: ann@example.test\r\nSubject: Raw\r\n\r\nBody\r\n';
    const result = await transport().send({
      ...message,
      transportOptions: { ses: { raw, configurationSetName: 'per-message' } },
    });
    expect(result.status).toBe('accepted');
    expect(server.sent[0]?.raw).toBe(raw);
    expect(server.sent[0]?.configurationSetName).toBe('per-message');
  });

  it('should refuse a tag SES would refuse, without calling SES', async () => {
    const result = await transport().send({ ...message, tags: { 'bad tag': 'x' } });
    expect(result).toMatchObject({ status: 'failed', reason: 'message_invalid', permanent: true });
    expect(server.calls).toHaveLength(0);
  });

  const cases: Array<[string, SesAnswer, Record<string, unknown>]> = [
    [
      'AccountSuspendedException',
      sesAnswers.accountSuspended,
      { reason: 'account_suspended', permanent: true, retryable: false },
    ],
    [
      'SendingPausedException',
      sesAnswers.sendingPaused,
      { reason: 'account_suspended', permanent: false, retryable: false },
    ],
    [
      'MessageRejected: Sending paused',
      sesAnswers.messageRejected(
        'Sending paused for this account. For more information, please check the inbox of the email address associated with your AWS account.',
      ),
      { reason: 'account_suspended', retryable: false },
    ],
    [
      'MailFromDomainNotVerifiedException',
      sesAnswers.mailFromNotVerified,
      { reason: 'send_as_denied', permanent: true },
    ],
    [
      'MessageRejected: sender not verified',
      sesAnswers.notVerified(['news@sender.test']),
      { reason: 'send_as_denied', permanent: true },
    ],
    [
      'MessageRejected: sandbox recipient not verified',
      sesAnswers.notVerified(['ann@example.test']),
      { reason: 'policy_rejected', permanent: true },
    ],
    [
      'MessageRejected: illegal header',
      sesAnswers.messageRejected(),
      { reason: 'message_invalid', permanent: true },
    ],
    [
      'MessageRejected: too long',
      sesAnswers.messageRejected('Message length is more than 10485760 bytes long: 10485761.'),
      { reason: 'message_too_large', permanent: true },
    ],
    [
      'MessageRejected: virus',
      sesAnswers.messageRejected('554 Transaction failed: virus detected in attachment'),
      { reason: 'virus_detected', permanent: true },
    ],
    [
      'TooManyRequestsException',
      sesAnswers.rateExceeded,
      { reason: 'provider_rate_limited', permanent: false, retryable: true, retryAfterMs: 1000 },
    ],
    [
      'LimitExceededException: daily quota',
      sesAnswers.dailyQuotaExceeded,
      { reason: 'provider_rate_limited', retryable: true, retryAfterMs: dailyQuotaRetryAfterMs },
    ],
    [
      'ThrottlingException: daily quota',
      sesError('ThrottlingException', 'Daily message quota exceeded.'),
      { reason: 'provider_rate_limited', retryable: true, retryAfterMs: dailyQuotaRetryAfterMs },
    ],
    [
      'LimitExceededException',
      sesError(
        'LimitExceededException',
        'There are too many instances of the specified resource type.',
      ),
      { reason: 'provider_rate_limited', retryable: true },
    ],
    [
      'NotFoundException',
      sesAnswers.configurationSetNotFound('gone'),
      { reason: 'message_invalid', permanent: true },
    ],
    [
      'BadRequestException',
      sesAnswers.badRequest(),
      { reason: 'invalid_recipient_address', permanent: true },
    ],
    [
      'BadRequestException without address',
      sesAnswers.badRequest('Invalid content'),
      { reason: 'message_invalid', permanent: true },
    ],
    [
      'UnrecognizedClientException',
      sesAnswers.invalidToken,
      { reason: 'inbox_auth_failed', retryable: false },
    ],
    [
      'InvalidSignatureException',
      sesAnswers.invalidSignature,
      { reason: 'inbox_auth_failed', retryable: false },
    ],
    [
      'AccessDeniedException on identity',
      sesError(
        'AccessDeniedException',
        'User: arn:aws:iam::1:user/x is not authorized to perform: ses:SendEmail on resource: arn:aws:ses:us-east-1:1:identity/sender.test',
      ),
      { reason: 'send_as_denied' },
    ],
    [
      'InternalServiceErrorException',
      sesAnswers.internalError,
      { reason: 'provider_timeout', retryable: true },
    ],
    [
      'a JSON 503',
      { status: 503, body: '{"message":"Service Unavailable"}', contentType: 'application/json' },
      { reason: 'provider_timeout', retryable: true },
    ],
    ['an HTML 503', sesAnswers.html503, { reason: 'provider_timeout', retryable: true }],
    [
      'an HTML 504',
      sesAnswers.html504,
      { reason: 'provider_timeout', retryable: false, uncertain: true },
    ],
    [
      'a 200 with a broken body',
      sesAnswers.garbage,
      { reason: 'unknown', retryable: false, uncertain: true },
    ],
  ];
  for (const [name, answer, expected] of cases) {
    it(`should map ${name} through the real client`, async () => {
      server.script.always('SendEmail', answer);
      const result = await transport({ retry: false }).send(message);
      expect(result).toMatchObject({ status: 'failed', ...expected });
      if (result.status !== 'failed') return;
      expect(result.provider?.name).toBe('ses');
      expect(result.provider?.status).toBe(server.calls[0]?.status);
      expect(JSON.stringify(result)).not.toContain(credentials.secretAccessKey);
      expect(server.calls).toHaveLength(1);
      expect(server.sent).toHaveLength(0);
      if (!expected.uncertain) expect(result.uncertain).toBeUndefined();
    });
  }

  it('should call a 200 without a MessageId unknown and uncertain, and not retry it', async () => {
    server.script.always('SendEmail', {
      status: 200,
      contentType: 'application/json',
      body: '{}',
    });
    const result = await transport({ retry: { attempts: 3, initialDelayMs: 1 } }).send(message);
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'unknown',
      permanent: false,
      retryable: false,
      uncertain: true,
      provider: { name: 'ses', status: 200 },
    });
    expect(server.calls).toHaveLength(1);
  });

  it('should remove the secret key, the session token and fragments of them from everything it returns', async () => {
    const sessionToken = `IQoJb3JpZ2luX2VjEJr${'T0kenPart9x'.repeat(12)}`;
    const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const echo = `The security token ${sessionToken.slice(0, 40)}… signed with ${secretAccessKey.slice(8, 30)} is invalid.`;
    server.script.always('SendEmail', sesError('UnrecognizedClientException', echo));
    const fixed = await transport({
      credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey, sessionToken },
      retry: false,
    }).send(message);
    const given = await transport({
      credentials: async () => ({
        accessKeyId: credentials.accessKeyId,
        secretAccessKey,
        sessionToken,
      }),
      retry: false,
    }).send(message);
    for (const result of [fixed, given]) {
      expect(result).toMatchObject({
        reason: 'inbox_auth_failed',
        provider: { text: 'The security token [redacted]… signed with [redacted] is invalid.' },
      });
    }
  });

  it('should report a refused connection as inbox_connection_failed', async () => {
    const gone = await createSesTestServer();
    await gone.close();
    const result = await transport({ endpoint: gone.url, retry: false }).send(message);
    expect(result).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
    expect(result.status === 'failed' && result.uncertain).toBeFalsy();
  });

  it('should report a request time-out as provider_timeout, uncertain, and not retry it', async () => {
    server.script.always('SendEmail', { hang: true });
    const retries: SesRetryEvent[] = [];
    const result = await transport({
      requestTimeoutMs: 200,
      retry: { attempts: 3, initialDelayMs: 1 },
      onRetry: (event) => retries.push(event),
    }).send(message);
    expect(result).toMatchObject({ reason: 'provider_timeout', uncertain: true, retryable: false });
    expect(server.calls).toHaveLength(1);
    expect(retries).toHaveLength(0);
  });

  it('should report a dropped connection as uncertain', async () => {
    server.script.always('SendEmail', { drop: true });
    const result = await transport({ retry: { attempts: 3, initialDelayMs: 1 } }).send(message);
    expect(result).toMatchObject({ status: 'failed', uncertain: true, retryable: false });
    expect(server.calls).toHaveLength(1);
  });
});

describe('sesTransport retries', () => {
  it('should retry throttling once, tell onRetry, and send with the SDK retries off', async () => {
    // Retry-After: 0 keeps the test quick; without it the wait is rateLimitRetryAfterMs.
    server.script.next(
      { ...sesAnswers.rateExceeded, headers: { 'retry-after': '0' } },
      { operation: 'SendEmail' },
    );
    const retries: SesRetryEvent[] = [];
    const result = await transport({
      retry: { attempts: 2, initialDelayMs: 1, maxDelayMs: 1_000 },
      onRetry: (event) => retries.push(event),
    }).send(message);
    expect(result.status).toBe('accepted');
    expect(server.calls.map((call) => call.status)).toEqual([429, 200]);
    // Two separate invocations of one attempt each: the SDK itself never retried.
    expect(server.calls.map((call) => call.attempt)).toEqual([1, 1]);
    expect(retries).toMatchObject([{ attempt: 2, failure: { reason: 'provider_rate_limited' } }]);
  });

  it('should not retry a wait longer than maxDelayMs (daily quota)', async () => {
    server.script.always('SendEmail', sesAnswers.dailyQuotaExceeded);
    const result = await transport({ retry: { attempts: 3 } }).send(message);
    expect(result).toMatchObject({
      reason: 'provider_rate_limited',
      retryAfterMs: dailyQuotaRetryAfterMs,
    });
    expect(server.calls).toHaveLength(1);
  });

  it('should never retry a permanent failure', async () => {
    server.script.always('SendEmail', sesAnswers.accountSuspended);
    await transport({ retry: { attempts: 3, initialDelayMs: 1 } }).send(message);
    expect(server.calls).toHaveLength(1);
  });

  it('should leave retrying to an injected client whose SDK retries are on', async () => {
    const client = new SESv2Client({
      region: 'us-east-1',
      endpoint: server.url,
      credentials,
      maxAttempts: 2,
      retryStrategy: undefined,
    });
    server.script.always('SendEmail', sesAnswers.internalError);
    const made = sesTransport({ client });
    const result = await made.send(message);
    expect(result).toMatchObject({ reason: 'provider_timeout' });
    // Two attempts by the SDK (one invocation), none more by mailgate: 2, not 4.
    expect(server.calls.map((call) => call.attempt)).toEqual([1, 2]);
    expect(new Set(server.calls.map((call) => call.invocationId)).size).toBe(1);
    await made.close();
    // An injected client belongs to its owner: close() leaves it usable.
    server.script.always('SendEmail', { pass: true });
    expect((await made.send(message)).status).toBe('accepted');
    client.destroy();
  });
});

describe('sesTransport verify and the suppression list', () => {
  it('should verify with GetAccount', async () => {
    expect(await transport().verify()).toEqual({ status: 'ok' });
    expect(server.calls[0]?.operation).toBe('GetAccount');
  });

  it('should report refused credentials from verify', async () => {
    const result = await transport({
      credentials: { accessKeyId: 'AKIDWRONG', secretAccessKey: 'x-secret' },
    }).verify();
    expect(result).toMatchObject({ status: 'failed', reason: 'inbox_auth_failed' });
  });

  it('should leave suppressed Cc recipients out and report them refused', async () => {
    server.suppress('cc@example.test', 'COMPLAINT');
    const result = await transport({ checkSuppressionList: true }).send({
      ...message,
      cc: [{ address: 'cc@example.test' }, { address: 'ok@example.test' }],
    });
    expect(result).toMatchObject({
      status: 'accepted',
      refused: [{ address: 'cc@example.test', reason: 'suppressed_by_provider', permanent: true }],
    });
    expect(server.sent[0]?.recipients).toEqual(['ann@example.test', 'ok@example.test']);
  });

  it('should fail closed when the suppression list cannot be read', async () => {
    server.script.always('GetSuppressedDestination', sesAnswers.rateExceeded);
    const result = await transport({ checkSuppressionList: true }).send(message);
    expect(result).toMatchObject({ status: 'failed', reason: 'provider_rate_limited' });
    expect(server.sent).toHaveLength(0);
  });

  it('should mirror mailgate suppressions into SES and read them back', async () => {
    const entries: Suppression[] = [
      {
        key: 'hard@example.test',
        scope: 'global',
        reason: 'previously_bounced',
        source: 'bounce',
        createdAt: 1,
      },
      {
        key: 'spam@example.test',
        scope: 'global',
        reason: 'previously_complained',
        source: 'complaint',
        createdAt: 1,
      },
      {
        key: 'tenant@example.test',
        scope: { tenant: 't1' },
        reason: 'previously_bounced',
        source: 'bounce',
        createdAt: 1,
      },
      {
        key: 'unsub@example.test',
        scope: 'global',
        reason: 'unsubscribed_from_all',
        source: 'form',
        createdAt: 1,
      },
      {
        key: '@blocked.test',
        scope: 'global',
        reason: 'domain_blocked',
        source: 'admin',
        createdAt: 1,
      },
    ];
    const { client } = transport();
    const pushed = await pushSuppressionsToSes(client, entries);
    expect(pushed.put).toEqual(['hard@example.test', 'spam@example.test']);
    expect(pushed.skipped.map((entry) => entry.key)).toEqual([
      'tenant@example.test',
      'unsub@example.test',
      '@blocked.test',
    ]);
    expect(server.suppressionList.get('spam@example.test')?.reason).toBe('COMPLAINT');
    server.suppress('Extra@Example.test', 'BOUNCE', 1_700_000_000);

    const pulled = await pullSuppressionsFromSes(client, { pageSize: 2 });
    expect(pulled._unsafeUnwrap().suppressions).toEqual([
      expect.objectContaining({
        key: 'hard@example.test',
        reason: 'previously_bounced',
        scope: 'global',
        source: 'ses',
      }),
      expect.objectContaining({ key: 'spam@example.test', reason: 'previously_complained' }),
      {
        key: 'extra@example.test',
        scope: 'global',
        reason: 'previously_bounced',
        source: 'ses',
        createdAt: 1_700_000_000_000,
      },
    ]);
    expect(
      server.calls.filter((call) => call.operation === 'ListSuppressedDestinations'),
    ).toHaveLength(2);
  });

  it('should report a failure while reading the SES list, with what was read', async () => {
    server.suppress('a@example.test');
    server.script.always('ListSuppressedDestinations', sesAnswers.invalidToken);
    const pulled = await pullSuppressionsFromSes(transport().client);
    expect(pulled._unsafeUnwrapErr()).toMatchObject({
      failure: { reason: 'inbox_auth_failed' },
      suppressions: [],
    });
  });
});

describe('sesTransport and errors nobody can read', () => {
  const request = (idempotencyKey: string): SendRequestInput => ({
    recipient: { id: 'ann', type: 'candidate', addresses: [{ address: 'ann@example.test' }] },
    message: { from: { address: 'news@sender.test' }, subject: 'Hello', text: 'Plain text' },
    context: { mode: 'individual', category: 'transactional', tenant: 'acme', idempotencyKey },
  });

  it('should call one raised during SendEmail uncertain, and the gate keep the idempotency key', async () => {
    let handled = 0;
    const client = new SESv2Client({
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
      requestHandler: {
        handle: async () => {
          handled++;
          throw 'a string';
        },
      },
    });
    const gate = createMailgate({
      transport: sesTransport({ client, retry: { attempts: 3, initialDelayMs: 1 } }),
    });
    expect((await gate.send(request('k-unreadable')))._unsafeUnwrapErr()).toMatchObject({
      reason: 'unknown',
      stage: 'transport',
      uncertain: true,
      retryable: false,
      provider: { name: 'ses', text: 'Error: a string' },
    });
    // The message may be at SES: the key stays claimed, and nothing is sent twice.
    expect((await gate.send(request('k-unreadable')))._unsafeUnwrapErr().reason).toBe(
      'duplicate_request',
    );
    expect(handled).toBe(1);
    await gate.close();
    client.destroy();
  });

  it('should keep a credentials function that fails certain: no request was made', async () => {
    const result = await transport({
      credentials: async () => {
        throw new Error('vault unreachable with token s3cr3t-t0ken');
      },
      retry: false,
    }).send(message);
    expect(result).toMatchObject({ status: 'failed', reason: 'inbox_auth_failed' });
    expect(result).not.toHaveProperty('uncertain');
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
    expect(server.calls).toHaveLength(0);
  });

  it('should keep a suppression lookup that failed certain: SendEmail was never called', async () => {
    server.script.always('GetSuppressedDestination', { drop: true });
    const result = await transport({ checkSuppressionList: true, retry: false }).send(message);
    expect(result).toMatchObject({ status: 'failed', reason: 'inbox_connection_failed' });
    expect(result).not.toHaveProperty('uncertain');
    expect(server.calls.map((call) => call.operation)).toEqual(['GetSuppressedDestination']);
  });
});
