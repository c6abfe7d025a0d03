import {
  createGmailTestServer,
  type GmailTestServer,
  gmailError,
  gmailErrors,
  gmailTestAccessToken,
  gmailTokenErrors,
} from '@mailgate/testkit';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gmailTransport } from './gmail-transport';
import { message, oauthWithRefreshToken, oauthWithToken, serviceAccount } from './test-support';

let server: GmailTestServer;
beforeAll(async () => {
  server = await createGmailTestServer({ refreshTokens: ['refresh-token-good'] });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const secrets = [
  gmailTestAccessToken,
  'refresh-token-good',
  'refresh-token-revoked',
  'test-client-secret',
];
const now = Date.parse('2026-03-01T10:00:00.000Z');

function transport(options: { timeoutMs?: number } = {}) {
  return gmailTransport({
    rootUrl: server.rootUrl,
    auth: oauthWithToken(gmailTestAccessToken),
    now: () => now,
    ...options,
  });
}

/** Sends once and checks that no secret appears anywhere in the result. */
async function send(t = transport(), signal?: AbortSignal) {
  const result = await t.send(message, signal ? { signal } : undefined);
  const json = JSON.stringify(result);
  for (const secret of secrets) expect(json).not.toContain(secret);
  expect(json).not.toMatch(/ya29\./);
  return result;
}

const sends = () => server.calls.filter((call) => call.operation === 'send');

describe('gmailTransport send', () => {
  it('should remove its access token, whole or in part, from everything it returns', async () => {
    const opaque = `1//0gOpaqueAccessToken-${'Zq7Lp2Wx9Rt4'.repeat(8)}`;
    const own = await createGmailTestServer({ accessTokens: [opaque] });
    try {
      own.script.send(
        gmailError(401, `Invalid Credentials: token ${opaque.slice(4, 50)}… expired`, {
          reason: 'authError',
        }),
      );
      own.script.profile(gmailError(403, `Token ${opaque.slice(-40)} lacks a scope`));
      const t = gmailTransport({
        rootUrl: own.rootUrl,
        auth: oauthWithToken(opaque),
        now: () => now,
      });
      const sent = await t.send(message);
      const verified = await t.verify();
      expect(sent).toMatchObject({
        reason: 'inbox_auth_failed',
        provider: { text: 'Invalid Credentials: token [redacted]… expired' },
      });
      expect(verified).toMatchObject({ provider: { text: 'Token [redacted] lacks a scope' } });
    } finally {
      await own.close();
    }
  });

  it('should send raw MIME with every recipient and the bearer token, and answer Gmail’s id', async () => {
    const result = await send();
    expect(result).toEqual({ status: 'accepted', messageId: server.messages[0]?.id });
    const sent = server.messages[0];
    expect(sent?.to).toEqual(['candidate@example.test']);
    expect(sent?.cc).toEqual(['manager@example.test']);
    // Bcc stays in the raw message, so that Gmail sends to it.
    expect(sent?.bcc).toEqual(['archive@sender.test']);
    expect(sent?.subject).toBe('Your application');
    expect(sent?.headers['x-mailgate-idempotency-key']).toBe('application-42');
    expect(sent?.userId).toBe('me');
    expect(sends()).toMatchObject([{ authorization: 'valid', status: 200 }]);
  });

  it('should send as the configured user id', async () => {
    const t = gmailTransport({
      rootUrl: server.rootUrl,
      auth: oauthWithToken(gmailTestAccessToken),
      userId: 'recruiter@sender.test',
    });
    expect((await send(t)).status).toBe('accepted');
    expect(server.messages[0]?.userId).toBe('recruiter@sender.test');
  });

  it('should refresh an OAuth2 access token at the token endpoint, then send with it', async () => {
    const t = gmailTransport({
      rootUrl: server.rootUrl,
      auth: oauthWithRefreshToken('refresh-token-good', server.tokenUrl),
    });
    expect((await send(t)).status).toBe('accepted');
    expect(
      server.calls.map((call) => [call.operation, call.grantType ?? call.authorization]),
    ).toEqual([
      ['token', 'refresh_token'],
      ['send', 'valid'],
    ]);
  });

  it('should send as a Workspace user through a service account with domain-wide delegation', async () => {
    const t = gmailTransport({
      rootUrl: server.rootUrl,
      auth: serviceAccount('recruiter@sender.test', server.tokenUrl),
    });
    expect((await send(t)).status).toBe('accepted');
    const token = server.calls.find((call) => call.operation === 'token');
    expect(token?.grantType).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(token?.subject).toBe('recruiter@sender.test');
    expect(sends()).toMatchObject([{ authorization: 'valid', status: 200 }]);
  });
});

describe('gmailTransport error mapping (real client, emulator)', () => {
  it('should map a revoked refresh token (invalid_grant) to inbox_auth_failed, without sending', async () => {
    const t = gmailTransport({
      rootUrl: server.rootUrl,
      auth: oauthWithRefreshToken('refresh-token-revoked', server.tokenUrl),
    });
    const result = await send(t);
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'inbox_auth_failed',
      permanent: true,
      retryable: false,
      provider: { name: 'gmail', code: 'invalid_grant', status: 400 },
    });
    expect(sends()).toHaveLength(0);
  });

  it('should map a service account without delegation (unauthorized_client) to inbox_auth_failed', async () => {
    server.script.token(gmailTokenErrors.unauthorizedClient());
    const t = gmailTransport({
      rootUrl: server.rootUrl,
      auth: serviceAccount('someone@sender.test', server.tokenUrl),
    });
    expect(await send(t)).toMatchObject({
      reason: 'inbox_auth_failed',
      provider: { code: 'unauthorized_client', status: 401 },
    });
  });

  it('should map an auth client without any credentials to inbox_auth_failed, without a request', async () => {
    const t = gmailTransport({ rootUrl: server.rootUrl, auth: new OAuth2Client() });
    expect(await send(t)).toMatchObject({ reason: 'inbox_auth_failed', permanent: true });
    expect(server.calls).toHaveLength(0);
  });

  it('should map 401 Invalid Credentials to inbox_auth_failed', async () => {
    const t = gmailTransport({ rootUrl: server.rootUrl, auth: oauthWithToken('ya29.expired') });
    expect(await send(t)).toMatchObject({
      reason: 'inbox_auth_failed',
      permanent: true,
      retryable: false,
      provider: { code: 'authError', status: 401 },
    });
    expect(sends()).toMatchObject([{ authorization: 'invalid', status: 401 }]);
  });

  it.each([
    ['insufficientPermissions', gmailErrors.insufficientPermissions()],
    ['domainPolicy', gmailErrors.domainPolicy()],
    ['failedPrecondition', gmailErrors.preconditionCheckFailed()],
  ])('should map %s to inbox_auth_failed', async (code, answer) => {
    server.script.send(answer);
    expect(await send()).toMatchObject({
      reason: 'inbox_auth_failed',
      permanent: true,
      retryable: false,
      provider: { code },
    });
  });

  it('should map "Mail service not enabled" to inbox_suspended', async () => {
    server.script.send(gmailErrors.mailServiceNotEnabled());
    expect(await send()).toMatchObject({
      reason: 'inbox_suspended',
      permanent: true,
      provider: { code: 'failedPrecondition', status: 400, text: 'Mail service not enabled' },
    });
  });

  it('should map "Invalid To header" (an address Gmail cannot read) to invalid_recipient_address', async () => {
    const result = await transport().send({ ...message, to: [{ address: 'human@f' }] });
    expect(result).toMatchObject({
      reason: 'invalid_recipient_address',
      permanent: true,
      provider: { code: 'invalidArgument', status: 400, text: 'Invalid To header' },
    });
    expect(server.messages).toHaveLength(0);
  });

  it('should map the daily sending limit to provider_rate_limited with the wait Gmail names', async () => {
    server.script.send(gmailErrors.userRateLimitExceeded('2026-03-01T10:15:00.000Z'));
    expect(await send()).toEqual({
      status: 'failed',
      reason: 'provider_rate_limited',
      permanent: false,
      retryable: true,
      retryAfterMs: 15 * 60_000,
      provider: {
        name: 'gmail',
        code: 'rateLimitExceeded',
        status: 429,
        text: 'User-rate limit exceeded. Retry after 2026-03-01T10:15:00.000Z (Mail sending)',
      },
    });
    // Never retried behind the caller's back.
    expect(sends()).toHaveLength(1);
  });

  it.each([
    ['rateLimitExceeded', 429, gmailErrors.resourceExhausted()],
    ['userRateLimitExceeded', 403, gmailErrors.queriesPerMinuteExceeded()],
    ['dailyLimitExceeded', 403, gmailErrors.dailyLimitExceeded()],
  ])('should map %s (%i) to provider_rate_limited, sent once', async (code, status, answer) => {
    server.script.send(answer);
    const result = await send();
    expect(result).toMatchObject({
      reason: 'provider_rate_limited',
      permanent: false,
      retryable: true,
      provider: { code, status },
    });
    expect(result).not.toHaveProperty('retryAfterMs');
    expect(sends()).toHaveLength(1);
  });

  it.each([
    [500, gmailErrors.backendError()],
    [503, gmailErrors.unavailable()],
  ])(
    'should map %i to provider_timeout, retryable and certain, sent once',
    async (status, answer) => {
      server.script.send(answer);
      const result = await send();
      expect(result).toMatchObject({
        reason: 'provider_timeout',
        permanent: false,
        retryable: true,
        provider: { status },
      });
      expect(result).not.toHaveProperty('uncertain');
      expect(sends()).toHaveLength(1);
    },
  );

  it.each([
    [502, gmailErrors.badGateway()],
    [504, gmailErrors.deadlineExceeded()],
  ])('should map %i to provider_timeout, uncertain and not retryable', async (status, answer) => {
    server.script.send(answer);
    const result = await send();
    expect(result).toMatchObject({
      reason: 'provider_timeout',
      permanent: false,
      retryable: false,
      uncertain: true,
      provider: { status },
    });
    if (result.status === 'failed') expect(result.provider?.text).not.toMatch(/<[a-z]/i);
    expect(sends()).toHaveLength(1);
  });

  it('should report a time-out after the request went out as an uncertain provider_timeout', async () => {
    // Gmail took the message, but its answer never came.
    server.script.send({ hang: true, accept: true });
    const result = await send(transport({ timeoutMs: 200 }));
    expect(result).toMatchObject({
      reason: 'provider_timeout',
      retryable: false,
      uncertain: true,
      provider: { code: 'TimeoutError' },
    });
    expect(server.messages).toHaveLength(1);
    expect(sends()).toHaveLength(1);
  });

  it('should report a connection dropped during the send as uncertain', async () => {
    server.script.send({ drop: true, accept: true });
    expect(await send()).toMatchObject({
      reason: 'inbox_connection_failed',
      retryable: false,
      uncertain: true,
    });
    expect(sends()).toHaveLength(1);
  });

  it('should answer cancelled when the signal is aborted before sending, without a request', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await send(transport(), controller.signal)).toMatchObject({
      reason: 'cancelled',
      retryable: false,
    });
    expect(server.calls).toHaveLength(0);
  });

  it('should answer an uncertain cancelled when the signal aborts a send in flight', async () => {
    server.script.send({ hang: true });
    const controller = new AbortController();
    const pending = send(transport(), controller.signal);
    await expect.poll(() => sends().length).toBe(1);
    controller.abort();
    expect(await pending).toMatchObject({ reason: 'cancelled', uncertain: true, retryable: false });
  });

  it('should replay once after google-auth-library refreshes a refused token, and send once', async () => {
    const auth = oauthWithRefreshToken('refresh-token-good', server.tokenUrl);
    // A token that looks valid to the client (no expiry) but the API refuses.
    auth.setCredentials({ access_token: 'ya29.stale', refresh_token: 'refresh-token-good' });
    const t = gmailTransport({ rootUrl: server.rootUrl, auth });
    expect((await send(t)).status).toBe('accepted');
    expect(server.calls.map((call) => `${call.operation}:${call.status}`)).toEqual([
      'send:401',
      'token:200',
      'send:200',
    ]);
    expect(server.messages).toHaveLength(1);
  });
});

describe('gmailTransport secrets', () => {
  it('should remove tokens and secrets even when Gmail’s own text repeats them', async () => {
    server.script.send(
      gmailError(
        400,
        `Bad header Authorization: Bearer ${gmailTestAccessToken} for client test-client-secret`,
        {
          reason: 'badRequest',
        },
      ),
    );
    const result = await send();
    expect(result).toMatchObject({ reason: 'message_invalid', provider: { code: 'badRequest' } });
    if (result.status === 'failed') expect(result.provider?.text).toContain('[redacted]');
  });
});

describe('gmailTransport verify', () => {
  it('should answer ok when the profile can be read', async () => {
    expect(await transport().verify()).toEqual({ status: 'ok' });
    expect(server.calls).toMatchObject([{ operation: 'profile', authorization: 'valid' }]);
  });

  it('should answer inbox_auth_failed for a refused token, and inbox_suspended without Gmail', async () => {
    const refused = gmailTransport({ rootUrl: server.rootUrl, auth: oauthWithToken('ya29.nope') });
    expect(await refused.verify()).toMatchObject({ reason: 'inbox_auth_failed' });
    server.script.profile(gmailErrors.mailServiceNotEnabled());
    expect(await transport().verify()).toMatchObject({ reason: 'inbox_suspended' });
  });
});
