import type { TransportMessage } from '@mailgate/core';
import {
  createGraphTestServer,
  type GraphAnswer,
  type GraphTestServer,
  graphAnswers,
  invalidRecipientAnswer,
} from '@mailgate/testkit';
import {
  AuthenticationHandler,
  Client,
  type Context,
  type Middleware,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphTransport } from './graph-transport';
import type { GraphTransportOptions } from './graph-transport-options';

const token = 'graph-test-access-token-0123456789';
const message: TransportMessage = {
  from: { address: 'jobs@agency.test', name: 'Agency' },
  to: [{ address: 'ada@example.test', name: 'Ada' }],
  cc: [{ address: 'bob@example.test' }],
  subject: 'A vacancy for you',
  text: 'Hello Ada',
  headers: { 'X-Campaign': 'spring', Keywords: 'spring' },
  idempotencyKey: 'key-1',
};

/** A token shaped like the identity platform's, with a tenant claim. */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.signature`;
}

describe('graphTransport against the Graph emulator', () => {
  let server: GraphTestServer;
  beforeAll(async () => {
    server = await createGraphTestServer();
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });
  const transport = (options: Partial<GraphTransportOptions> = {}) =>
    graphTransport({
      baseUrl: server.baseUrl,
      fetch: server.fetch,
      user: 'jobs@agency.test',
      getAccessToken: () => token,
      saveToSentItems: false,
      retry: false,
      ...options,
    } as GraphTransportOptions);

  it('should send through sendMail over https with the bearer token', async () => {
    const result = await transport().send(message);

    expect(result).toEqual({ status: 'accepted' });
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]).toMatchObject({
      method: 'POST',
      path: '/v1.0/users/jobs%40agency.test/sendMail',
      bearer: true,
      tokenHash: server.hashToken(token),
    });
    expect(server.sent).toEqual([
      expect.objectContaining({
        user: 'jobs@agency.test',
        recipients: ['ada@example.test', 'bob@example.test'],
        saveToSentItems: false,
        subject: 'A vacancy for you',
      }),
    ]);
    expect(server.sent[0]?.message).toMatchObject({
      body: { contentType: 'Text', content: 'Hello Ada' },
      from: { emailAddress: { address: 'jobs@agency.test', name: 'Agency' } },
      toRecipients: [{ emailAddress: { address: 'ada@example.test', name: 'Ada' } }],
      internetMessageHeaders: [
        { name: 'X-Campaign', value: 'spring' },
        { name: 'X-Mailgate-Idempotency-Key', value: 'key-1' },
      ],
    });
  });

  it('should not get the token onto a plain-http URL, as the Graph client does', async () => {
    const plain = await createGraphTestServer({ https: false });
    try {
      const result = await graphTransport({
        baseUrl: plain.baseUrl,
        user: 'jobs@agency.test',
        getAccessToken: () => token,
        retry: false,
      }).send(message);
      expect(plain.calls[0]?.bearer).toBe(false);
      expect(result).toMatchObject({ status: 'failed', reason: 'inbox_auth_failed' });
    } finally {
      await plain.close();
    }
  });

  const cases: [string, GraphAnswer, Record<string, unknown>][] = [
    [
      '401 InvalidAuthenticationToken',
      graphAnswers.invalidAuthenticationToken,
      { reason: 'inbox_auth_failed', permanent: true, retryable: false },
    ],
    [
      '403 ErrorAccessDenied',
      graphAnswers.accessDenied,
      { reason: 'inbox_auth_failed', permanent: true },
    ],
    ['403 ErrorSendAsDenied', graphAnswers.sendAsDenied, { reason: 'send_as_denied' }],
    [
      '404 MailboxNotEnabledForRESTAPI',
      graphAnswers.mailboxNotEnabled,
      { reason: 'inbox_suspended', permanent: true },
    ],
    ['404 ErrorNonExistentMailbox', graphAnswers.nonExistentMailbox, { reason: 'inbox_suspended' }],
    [
      '400 ErrorInvalidRecipients for an address',
      invalidRecipientAnswer('ada@example.test'),
      { reason: 'recipient_unknown', permanent: true, retryable: false },
    ],
    [
      '400 ErrorInvalidRecipients for no address',
      invalidRecipientAnswer('Ada'),
      { reason: 'invalid_recipient_address', permanent: true },
    ],
    [
      '400 ErrorInvalidRecipients without recipients',
      graphAnswers.noRecipients,
      { reason: 'invalid_recipient_address' },
    ],
    [
      '400 ErrorMessageSizeExceeded',
      graphAnswers.messageSizeExceeded,
      { reason: 'message_too_large', permanent: true },
    ],
    [
      '403 ErrorQuotaExceeded',
      graphAnswers.quotaExceeded,
      { reason: 'sender_mailbox_full', permanent: true },
    ],
    [
      '429 ApplicationThrottled with Retry-After',
      { ...graphAnswers.throttled, headers: { 'Retry-After': '7' } },
      { reason: 'provider_rate_limited', permanent: false, retryable: true, retryAfterMs: 7_000 },
    ],
    [
      '503 with Retry-After',
      { ...graphAnswers.serverBusy, headers: { 'Retry-After': '3' } },
      { reason: 'microsoft_timeout', retryable: true, retryAfterMs: 3_000 },
    ],
    [
      '503 without Retry-After',
      graphAnswers.serverBusy,
      { reason: 'microsoft_timeout', retryable: false, uncertain: true },
    ],
    [
      '504',
      graphAnswers.gatewayTimeout,
      { reason: 'microsoft_timeout', permanent: false, retryable: false, uncertain: true },
    ],
    [
      '400 ErrorMimeContentInvalidBase64String',
      graphAnswers.invalidMime,
      { reason: 'message_invalid' },
    ],
    [
      'a 502 with an HTML page',
      { status: 502, body: '<html><body>Bad Gateway</body></html>', contentType: 'text/html' },
      { reason: 'microsoft_timeout', uncertain: true },
    ],
  ];

  it.each(cases)('should map %s', async (_name, answer, expected) => {
    server.script.sendMail(answer);
    const result = await transport().send(message);
    expect(result).toMatchObject({ status: 'failed', ...expected, provider: { name: 'graph' } });
    if (!('uncertain' in expected)) expect(result).not.toHaveProperty('uncertain');
    if (answer.code) {
      expect(result).toMatchObject({
        provider: {
          code: answer.code,
          status: answer.status,
          text: expect.stringContaining('request-id'),
        },
      });
    }
    // The client's RetryHandler never sends the message again.
    expect(server.calls).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('should read an unresolved recipient in single, double or no quotes as recipient_unknown', async () => {
    const wordings = [
      "Recipient 'ada@example.com' is not resolved. All recipients must be resolved before a message can be submitted.",
      'At least one recipient isn\'t valid., Recipient "ada@example.com" isn\'t resolved. All recipients must be resolved before a message can be submitted.',
      'Recipient ada@example.com is not resolved. All recipients must be resolved before a message can be submitted.',
    ];
    for (const wording of wordings) {
      server.reset();
      server.script.sendMail({ status: 400, code: 'ErrorInvalidRecipients', message: wording });
      const result = await transport().send(message);
      expect([wording, result]).toMatchObject([
        wording,
        { status: 'failed', reason: 'recipient_unknown', permanent: true },
      ]);
    }
    server.reset();
    server.script.sendMail(invalidRecipientAnswer('Ada', { quote: '' }));
    expect(await transport().send(message)).toMatchObject({
      reason: 'invalid_recipient_address',
    });
  });

  it('should call a success other than 202 Accepted unknown and uncertain, and not retry it', async () => {
    server.script.sendMail({
      status: 200,
      body: '<html><body>Signed in</body></html>',
      contentType: 'text/html',
    });
    const result = await transport({ retry: { attempts: 3 } }).send(message);
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'unknown',
      retryable: false,
      uncertain: true,
      provider: { name: 'graph', status: 200 },
    });
    expect(server.calls).toHaveLength(1);
  });

  it('should remove the access token it used, whole or in part, from everything it returns', async () => {
    // A personal account's opaque token, and a JWT of which the server echoes two parts.
    const opaque = `EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z/VbCPEz0AAWHf${'k9Qz3Lp7Xw2R'.repeat(10)}Ag==`;
    const partialJwt = jwt({ tid: 'tenant-1', upn: 'jobs@agency.test' })
      .split('.')
      .slice(0, 2)
      .join('.');
    server.script.sendMail({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: `IDX14100: JWT is not well formed: '${opaque.slice(0, 60)}'.`,
    });
    const sent = await transport({ getAccessToken: () => opaque }).send(message);
    expect(sent).toMatchObject({
      reason: 'inbox_auth_failed',
      provider: { text: expect.stringContaining("JWT is not well formed: '[redacted]'.") },
    });
    server.script.listMessages([
      {
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: `Bad token ${opaque.slice(20, 90)}`,
      },
      {
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: `Bad token ${opaque.slice(-50)}`,
      },
    ]);
    const reader = transport({ getAccessToken: () => opaque });
    const verified = await reader.verify();
    const read = await reader.readBounces({ since: 0 });
    const jwtReader = transport({
      getAccessToken: () => jwt({ tid: 'tenant-1', upn: 'jobs@agency.test' }),
    });
    server.script.listMessages({
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: `Bad token ${partialJwt.slice(10)}`,
    });
    const jwtVerified = await jwtReader.verify();
    const everything = JSON.stringify([sent, verified, read, jwtVerified]);
    for (const part of [
      opaque.slice(0, 16),
      opaque.slice(30, 46),
      opaque.slice(-16),
      partialJwt.slice(-16),
    ])
      expect(everything).not.toContain(part);
    expect(read.failure?.provider?.text).toContain('Bad token [redacted]');
  });

  it('should map a per-recipient refusal and keep the other sends accepted', async () => {
    server.script.recipient('gone@example.test', invalidRecipientAnswer('gone@example.test'));
    const refused = await transport().send({ ...message, to: [{ address: 'gone@example.test' }] });
    const accepted = await transport().send(message);
    expect(refused).toMatchObject({ reason: 'recipient_unknown' });
    expect(accepted).toEqual({ status: 'accepted' });
  });

  it('should report a 504 that hid a delivered message as uncertain and never send it again', async () => {
    server.script.sendMail([
      { ...graphAnswers.gatewayTimeout, deliver: true },
      graphAnswers.accepted,
    ]);
    const result = await transport({ retry: { attempts: 5, maxDelayMs: 10 } }).send(message);
    expect(result).toMatchObject({
      reason: 'microsoft_timeout',
      uncertain: true,
      retryable: false,
    });
    expect(server.calls).toHaveLength(1);
    expect(server.sent).toHaveLength(1);
  });

  it('should turn off the RetryHandler of a client the host built, for sendMail', async () => {
    // A host's client whose RetryHandler would retry a 504 three times without waiting.
    const fetchHandler: Middleware = {
      async execute(context: Context) {
        context.response = await server.fetch(
          context.request as string,
          context.options as RequestInit,
        );
      },
    };
    const client = Client.initWithMiddleware({
      baseUrl: server.baseUrl,
      customHosts: new Set(['127.0.0.1']),
      middleware: [
        new AuthenticationHandler({ getAccessToken: async () => token }),
        new RetryHandler(new RetryHandlerOptions(0, 3)),
        fetchHandler,
      ],
    });
    server.script.sendMail(graphAnswers.gatewayTimeout);
    const result = await graphTransport({ client, user: 'jobs@agency.test', retry: false }).send(
      message,
    );
    expect(result).toMatchObject({ reason: 'microsoft_timeout', uncertain: true });
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]?.bearer).toBe(true);
  });

  it('should retry a 429 itself, honouring Retry-After, and send once', async () => {
    server.script.sendMail([graphAnswers.throttled, graphAnswers.accepted]);
    const result = await transport({ retry: { attempts: 3, maxDelayMs: 1_000 } }).send(message);
    expect(result).toEqual({ status: 'accepted' });
    expect(server.calls).toHaveLength(2);
    expect(server.sent).toHaveLength(1);
    // Graph's RetryHandler marks its own retries; these are the transport's.
    expect(server.calls[1]?.headers['retry-attempt']).toBeUndefined();
  });

  it('should not wait for a Retry-After longer than maxDelayMs', async () => {
    server.script.sendMail({ ...graphAnswers.throttled, headers: { 'Retry-After': '120' } });
    const result = await transport({ retry: { attempts: 3, maxDelayMs: 1_000 } }).send(message);
    expect(result).toMatchObject({ reason: 'provider_rate_limited', retryAfterMs: 120_000 });
    expect(server.calls).toHaveLength(1);
  });

  it('should report its own time-out after the request left as uncertain microsoft_timeout', async () => {
    server.script.sendMail({ ...graphAnswers.accepted, delayMs: 400 });
    const result = await transport({ timeoutMs: 50 }).send(message);
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'microsoft_timeout',
      uncertain: true,
      retryable: false,
    });
  });

  it('should report a refused connection as inbox_connection_failed, certain', async () => {
    const gone = await createGraphTestServer();
    await gone.close();
    const result = await transport({ baseUrl: gone.baseUrl, fetch: gone.fetch }).send(message);
    expect(result).toMatchObject({
      reason: 'inbox_connection_failed',
      permanent: false,
      retryable: true,
    });
    expect(result).not.toHaveProperty('uncertain');
  });

  describe('tenant migration', () => {
    const tenantId = '11111111-1111-1111-1111-111111111111';
    const oldTenant = '22222222-2222-2222-2222-222222222222';

    it.each([
      ['403 ErrorAccessDenied', graphAnswers.accessDenied],
      ['403 ErrorSendAsDenied', graphAnswers.sendAsDenied],
      ['404 MailboxNotEnabledForRESTAPI', graphAnswers.mailboxNotEnabled],
    ])(
      'should call %s to a token of another tenant tenant_migration_permission_error',
      async (_name, answer) => {
        server.script.sendMail(answer);
        const oldToken = jwt({ tid: oldTenant, aud: 'https://graph.microsoft.com' });
        const result = await transport({ tenantId, getAccessToken: () => oldToken }).send(message);
        expect(result).toMatchObject({
          reason: 'tenant_migration_permission_error',
          permanent: true,
        });
        expect(JSON.stringify(result)).not.toContain(oldToken);
      },
    );

    it('should keep inbox_auth_failed when the token is of the mailbox tenant, or opaque', async () => {
      server.script.sendMail(graphAnswers.accessDenied);
      const same = await transport({ tenantId, getAccessToken: () => jwt({ tid: tenantId }) }).send(
        message,
      );
      const opaque = await transport({ tenantId }).send(message);
      const unconfigured = await transport({
        getAccessToken: () => jwt({ tid: oldTenant }),
      }).send(message);
      expect(
        [same, opaque, unconfigured].map((result) => (result as { reason: string }).reason),
      ).toEqual(['inbox_auth_failed', 'inbox_auth_failed', 'inbox_auth_failed']);
    });
  });

  it('should report a token function that throws as inbox_auth_failed, without its message', async () => {
    const result = await transport({
      getAccessToken: () => {
        throw new Error(`refresh token ${token} was revoked`);
      },
    }).send(message);
    expect(result).toMatchObject({ status: 'failed', reason: 'inbox_auth_failed' });
    expect(JSON.stringify(result)).not.toContain(token);
    expect(server.calls).toHaveLength(0);
  });

  it('should keep reads certain: a 503, a 504 or a time-out of verify or readBounces is never uncertain', async () => {
    const answers: Array<[string, GraphAnswer]> = [
      ['503', graphAnswers.serverBusy],
      // Retry-After 0 only spares the client's own retries their wait.
      ['504', { ...graphAnswers.gatewayTimeout, headers: { 'Retry-After': '0' } }],
      ['time-out', { delayMs: 2_000 }],
    ];
    for (const [name, answer] of answers) {
      server.reset();
      // The client's own retries for reads meet the same answer each time.
      server.script.listMessages([answer, answer, answer]);
      const reader = transport({ timeoutMs: 200 });
      const verified = await reader.verify();
      const read = await reader.readBounces({ since: 0 });
      for (const failure of [verified, read.failure]) {
        expect([name, failure]).toMatchObject([
          name,
          { status: 'failed', reason: 'microsoft_timeout', permanent: false },
        ]);
        expect([name, failure]).not.toMatchObject([name, { uncertain: true }]);
      }
    }
    expect(server.sent).toHaveLength(0);
  });

  it('should verify the mailbox without sending', async () => {
    const ok = await transport().verify();
    server.script.listMessages(graphAnswers.accessDenied);
    const denied = await transport().verify();
    expect(ok).toEqual({ status: 'ok' });
    expect(denied).toMatchObject({ status: 'failed', reason: 'inbox_auth_failed' });
    expect(server.calls.map((call) => call.method)).toEqual(['GET', 'GET']);
    expect(server.sent).toHaveLength(0);
  });
});
