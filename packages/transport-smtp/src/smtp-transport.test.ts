import type { TransportMessage, TransportResult } from '@mailgate/core';
import { createSmtpTestServer, type SmtpTestServer } from '@mailgate/testkit';
import { useSmtpTestServer } from '@mailgate/testkit/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpTransport, smtpTransport } from './smtp-transport';
import type { SmtpTransportOptions } from './smtp-transport-options';

const smtp = useSmtpTestServer();
const open: SmtpTransport[] = [];
const servers: SmtpTestServer[] = [];
afterEach(async () => {
  for (const transport of open.splice(0)) await transport.close();
  for (const server of servers.splice(0)) await server.close();
});

function transport(
  options: Partial<SmtpTransportOptions> = {},
  server = smtp.server,
): SmtpTransport {
  const created = smtpTransport({
    host: server.host,
    port: server.port,
    retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 50 },
    ...options,
  });
  open.push(created);
  return created;
}

function message(overrides: Partial<TransportMessage> = {}): TransportMessage {
  return {
    from: { address: 'news@sender.test', name: 'Sender' },
    to: [{ address: 'anna@example.test', name: 'Anna' }],
    subject: 'Hello',
    text: 'Hello Anna',
    idempotencyKey: 'key-1',
    ...overrides,
  };
}

const failed = (result: TransportResult) => {
  if (result.status !== 'failed') throw new Error(`expected failed, got ${JSON.stringify(result)}`);
  return result;
};

async function startServer(options: Parameters<typeof createSmtpTestServer>[0]) {
  const server = await createSmtpTestServer(options);
  servers.push(server);
  return server;
}

describe('smtpTransport', () => {
  it('should send a message and return the message id', async () => {
    const result = await transport().send(
      message({ tags: { campaign: 'spring sale' }, cc: [{ address: 'bo@example.test' }] }),
    );
    expect(result).toMatchObject({
      status: 'accepted',
      messageId: expect.stringMatching(/^<.+>$/),
    });
    expect(result.status === 'accepted' && result.refused).toBeFalsy();
    const [recorded] = smtp.server.messages;
    expect(smtp.server.messages).toHaveLength(1);
    expect(recorded?.from).toBe('news@sender.test');
    expect(recorded?.to).toEqual(['anna@example.test', 'bo@example.test']);
    expect(recorded?.subject).toBe('Hello');
    expect(recorded?.headers['x-mailgate-idempotency-key']).toBe('key-1');
    expect(recorded?.headers['x-mailgate-tags']).toBe('campaign=spring%20sale');
    expect(result.status === 'accepted' && result.messageId).toBe(recorded?.messageId);
  });

  it('should use the envelope sender and Message-ID of transportOptions.smtp', async () => {
    await transport().send(
      message({
        transportOptions: {
          smtp: { envelopeFrom: 'bounce+1@sender.test', messageId: '<fixed@sender.test>' },
        },
      }),
    );
    expect(smtp.server.messages[0]?.from).toBe('bounce+1@sender.test');
    expect(smtp.server.messages[0]?.messageId).toBe('<fixed@sender.test>');
  });

  describe('partial refusal', () => {
    it('should accept the message and report each refused recipient with its reason', async () => {
      smtp.server.script
        .rcpt('dead@example.test', '550 5.1.1 User unknown')
        .rcpt('full@example.test', '452 4.2.2 Mailbox full');
      const result = await transport().send(
        message({
          cc: [{ address: 'dead@example.test' }],
          bcc: [{ address: 'full@example.test' }],
        }),
      );
      expect(result.status).toBe('accepted');
      const refused = result.status === 'accepted' ? result.refused : undefined;
      expect(refused).toEqual([
        {
          address: 'dead@example.test',
          reason: 'recipient_unknown',
          permanent: true,
          provider: { name: 'smtp', code: '5.1.1', status: 550, text: '550 5.1.1 User unknown' },
        },
        {
          address: 'full@example.test',
          reason: 'mailbox_full',
          permanent: false,
          provider: { name: 'smtp', code: '4.2.2', status: 452, text: '452 4.2.2 Mailbox full' },
        },
      ]);
      expect(smtp.server.messages).toHaveLength(1);
      expect(smtp.server.messages[0]?.to).toEqual(['anna@example.test']);
    });
  });

  describe('refusals', () => {
    it('should map a 550 5.1.1 at RCPT TO to recipient_unknown and never retry it', async () => {
      smtp.server.script.rcpt('anna@example.test', '550 5.1.1 <anna@example.test>: User unknown');
      const result = failed(await transport().send(message()));
      expect(result).toMatchObject({
        reason: 'recipient_unknown',
        permanent: true,
        retryable: false,
        provider: { name: 'smtp', code: '5.1.1', status: 550 },
      });
      expect(result.uncertain).toBeUndefined();
      expect(smtp.server.calls.filter((call) => call.command === 'RCPT TO')).toHaveLength(1);
    });

    it('should map a refused sender at MAIL FROM through the reply classifier', async () => {
      smtp.server.script.mailFrom('550 5.7.1 Sender address rejected: not owned by user');
      const result = failed(await transport().send(message()));
      expect(result.permanent).toBe(true);
      expect(result.reason).toBe('send_as_denied');
      expect(result.provider).toMatchObject({ status: 550, code: '5.7.1' });
    });

    it('should map a 554 after DATA (spam) and never retry it', async () => {
      smtp.server.script.data('554 5.7.1 Message rejected as spam');
      const result = failed(await transport().send(message()));
      expect(result).toMatchObject({
        reason: 'rejected_as_spam',
        permanent: true,
        retryable: false,
      });
      expect(smtp.server.calls.filter((call) => call.command === 'DATA')).toHaveLength(1);
      expect(smtp.server.messages).toHaveLength(0);
    });

    it('should map a message too large for the server', async () => {
      smtp.server.script.data('552 5.3.4 Message size exceeds fixed limit');
      const result = failed(await transport().send(message()));
      expect(result).toMatchObject({ reason: 'message_too_large', permanent: true });
    });
  });

  describe('transient failures', () => {
    it('should retry a 4xx reply and send the message exactly once', async () => {
      smtp.server.script.rcpt('anna@example.test', [
        '451 4.3.0 Temporary local problem',
        '421 4.7.0 Try later',
      ]);
      const result = await transport().send(message());
      expect(result.status).toBe('accepted');
      expect(smtp.server.messages).toHaveLength(1);
      expect(smtp.server.calls.filter((call) => call.command === 'RCPT TO')).toHaveLength(3);
    });

    it('should give up after the bounded number of attempts and say it is transient', async () => {
      smtp.server.script.rcpt('anna@example.test', '452 4.2.2 Mailbox full');
      const result = failed(
        await transport({ retry: { attempts: 2, initialDelayMs: 1 } }).send(message()),
      );
      expect(result).toMatchObject({ reason: 'mailbox_full', permanent: false, retryable: true });
      expect(smtp.server.calls.filter((call) => call.command === 'RCPT TO')).toHaveLength(2);
    });

    it('should not retry when retries are off', async () => {
      smtp.server.script.mailFrom('451 4.3.0 Temporary local problem');
      failed(await transport({ retry: false }).send(message()));
      expect(smtp.server.calls.filter((call) => call.command === 'MAIL FROM')).toHaveLength(1);
    });

    it('should keep the wait the server asks for, and not wait that long itself', async () => {
      smtp.server.script.rcpt(
        'anna@example.test',
        '450 4.7.1 Greylisted, please try again in 5 minutes',
      );
      const result = failed(await transport().send(message()));
      expect(result).toMatchObject({ permanent: false, retryable: true, retryAfterMs: 300_000 });
      expect(smtp.server.calls.filter((call) => call.command === 'RCPT TO')).toHaveLength(1);
    });

    it('should wait the short time the server asks for, then send', async () => {
      smtp.server.script.rcpt('anna@example.test', ['450 4.7.1 Greylisted, try again in 1 second']);
      const result = await transport({ retry: { attempts: 2, maxDelayMs: 2_000 } }).send(message());
      expect(result.status).toBe('accepted');
      expect(smtp.server.messages).toHaveLength(1);
    });

    it('should map a 421 greeting as transient and retry it', async () => {
      smtp.server.script.greeting(['421 4.3.2 Service not available, closing channel']);
      const result = await transport().send(message());
      expect(result.status).toBe('accepted');
      expect(smtp.server.calls.filter((call) => call.command === 'CONNECT')[0]?.answer).toMatch(
        /^421/,
      );
    });

    it('should report a 421 greeting that persists as transient', async () => {
      smtp.server.script.greeting('421 4.3.2 Service not available, closing channel');
      const result = failed(
        await transport({ retry: { attempts: 2, initialDelayMs: 1 } }).send(message()),
      );
      expect(result).toMatchObject({
        permanent: false,
        retryable: true,
        provider: { status: 421 },
      });
      expect(result.reason).toBe('inbox_connection_failed');
    });

    it('should retry when the connection drops before the message was sent', async () => {
      smtp.server.script.mailFrom([{ drop: true }]);
      const result = await transport().send(message());
      expect(result.status).toBe('accepted');
      expect(smtp.server.messages).toHaveLength(1);
    });

    it('should retry a drop mid-DATA when the message had not been sent in full', async () => {
      smtp.server.script.data([{ drop: true }]);
      // Far larger than the socket buffers: the client cannot have written it all.
      const body = `${'x'.repeat(75)}\r\n`.repeat(160_000);
      const result = await transport().send(message({ text: body }));
      expect(result.status).toBe('accepted');
      expect(smtp.server.messages).toHaveLength(1);
      expect(smtp.server.calls.filter((call) => call.command === 'DATA')).toHaveLength(2);
    });
  });

  describe('uncertain outcomes', () => {
    it('should call a lost reply after the whole message uncertain, and never send it again', async () => {
      smtp.server.script.data({ drop: 'after-accept' });
      const result = failed(await transport().send(message()));
      expect(result).toMatchObject({ uncertain: true, permanent: false, retryable: false });
      expect(smtp.server.messages).toHaveLength(1);
      expect(smtp.server.calls.filter((call) => call.command === 'DATA')).toHaveLength(1);
    });

    it('should call a drop after the whole message was written uncertain', async () => {
      smtp.server.script.data({ drop: true });
      const result = failed(await transport().send(message()));
      expect(result).toMatchObject({
        reason: 'inbox_connection_failed',
        uncertain: true,
        retryable: false,
      });
      expect(smtp.server.calls.filter((call) => call.command === 'DATA')).toHaveLength(1);
    });

    it('should call a time-out waiting for the reply to the message uncertain (provider_timeout)', async () => {
      smtp.server.script.data({ delayMs: 3_000 });
      const result = failed(await transport({ socketTimeout: 400 }).send(message()));
      expect(result).toMatchObject({
        reason: 'provider_timeout',
        uncertain: true,
        retryable: false,
      });
    });

    it('should not call a refusal after DATA uncertain', async () => {
      smtp.server.script.data('451 4.3.0 Queue full');
      const result = failed(await transport({ retry: false }).send(message()));
      expect(result.uncertain).toBeUndefined();
      expect(result.retryable).toBe(true);
    });
  });

  describe('connection, time-outs and protocol', () => {
    it('should report a closed port as inbox_connection_failed, retryable', async () => {
      const gone = await createSmtpTestServer();
      await gone.close();
      const result = failed(
        await transport({ retry: { attempts: 2, initialDelayMs: 1 } }, gone).send(message()),
      );
      expect(result).toMatchObject({
        reason: 'inbox_connection_failed',
        permanent: false,
        retryable: true,
      });
      expect(result.provider?.code).toBe('ESOCKET');
    });

    it('should report a greeting that never comes as provider_timeout', async () => {
      smtp.server.script.greeting({ delayMs: 1_000 });
      const result = failed(
        await transport({ greetingTimeout: 100, retry: false }).send(message()),
      );
      expect(result).toMatchObject({
        reason: 'provider_timeout',
        permanent: false,
        retryable: true,
      });
      expect(result.uncertain).toBeUndefined();
    });

    it('should turn a malformed greeting into a failed result', async () => {
      smtp.server.script.greeting({ raw: 'HTTP/1.1 400 Bad Request' });
      const result = failed(await transport({ retry: false }).send(message()));
      expect(result.reason).toBe('unknown');
      expect(result.provider?.code).toBe('EPROTOCOL');
    });
  });

  describe('authentication', () => {
    it('should authenticate and send', async () => {
      const server = await startServer({ auth: { user: 'mailer', pass: 'correct horse' } });
      const result = await transport(
        { auth: { user: 'mailer', pass: 'correct horse' } },
        server,
      ).send(message());
      expect(result.status).toBe('accepted');
      expect(server.messages[0]?.user).toBe('mailer');
    });

    it('should map refused credentials to inbox_auth_failed without the password anywhere', async () => {
      const server = await startServer({ auth: { user: 'mailer', pass: 'correct horse' } });
      const result = failed(
        await transport({ auth: { user: 'mailer', pass: 'wrong horse' } }, server).send(message()),
      );
      expect(result).toMatchObject({
        reason: 'inbox_auth_failed',
        permanent: true,
        retryable: false,
        provider: { code: '5.7.8', status: 535 },
      });
      expect(JSON.stringify(result)).not.toContain('wrong horse');
      expect(server.calls.filter((call) => call.command === 'AUTH')).toHaveLength(1);
    });

    it('should redact the password when a server echoes it', async () => {
      smtp.server.script.auth('535 5.7.8 Password hunter22 is not valid');
      const result = failed(
        await transport({ auth: { user: 'mailer', pass: 'hunter22' } }).send(message()),
      );
      expect(result.provider?.text).toBe('535 5.7.8 Password [redacted] is not valid');
      expect(JSON.stringify(result)).not.toContain('hunter22');
    });

    it('should remove the password, any fragment of it and the user name from everything it returns', async () => {
      const auth = { user: 'mailer-account', pass: 's3cr3t-long-password-value' };
      smtp.server.script.auth([
        '535 5.7.8 Authentication failed for mailer-account, secret s3cr3t-long-pa… rejected',
      ]);
      const refusedLogin = failed(await transport({ auth, retry: false }).send(message()));
      expect(refusedLogin.provider?.text).toBe(
        '535 5.7.8 Authentication failed for [redacted], secret [redacted]… rejected',
      );
      smtp.server.script.rcpt(
        'bo@example.test',
        '550 5.1.1 Unknown user (session of mailer-account, key ong-password-val)',
      );
      const accepted = await transport({ auth, retry: false }).send(
        message({ cc: [{ address: 'bo@example.test' }] }),
      );
      expect(accepted).toMatchObject({
        status: 'accepted',
        refused: [
          {
            address: 'bo@example.test',
            provider: { text: '550 5.1.1 Unknown user (session of [redacted], key [redacted])' },
          },
        ],
      });
    });

    it('should treat a 454 temporary authentication failure as transient', async () => {
      smtp.server.script.auth(['454 4.7.0 Temporary authentication failure']);
      const result = await transport({ auth: { user: 'mailer', pass: 'x' } }).send(message());
      expect(result.status).toBe('accepted');
      expect(smtp.server.calls.filter((call) => call.command === 'AUTH')).toHaveLength(2);
    });

    it('should verify credentials without sending', async () => {
      const server = await startServer({ auth: { user: 'mailer', pass: 'correct horse' } });
      expect(
        await transport({ auth: { user: 'mailer', pass: 'correct horse' } }, server).verify(),
      ).toEqual({ status: 'ok' });
      const bad = await transport({ auth: { user: 'mailer', pass: 'nope' } }, server).verify();
      expect(bad).toMatchObject({ status: 'failed', reason: 'inbox_auth_failed' });
      expect(server.messages).toHaveLength(0);
    });
  });

  describe('TLS', () => {
    it('should upgrade with STARTTLS when the server requires it and the certificate is trusted', async () => {
      const server = await startServer({ tls: 'require-starttls' });
      const result = await transport(
        { requireTLS: true, tls: { ca: server.certificate!, servername: 'localhost' } },
        server,
      ).send(message());
      expect(result.status).toBe('accepted');
      expect(server.messages[0]?.secure).toBe(true);
    });

    it('should speak implicit TLS', async () => {
      const server = await startServer({ tls: 'implicit' });
      const result = await transport(
        { secure: true, tls: { ca: server.certificate! } },
        server,
      ).send(message());
      expect(result.status).toBe('accepted');
    });

    it('should map an untrusted certificate to tls_failed, permanent', async () => {
      const server = await startServer({ tls: 'starttls' });
      const result = failed(await transport({ requireTLS: true }, server).send(message()));
      expect(result).toMatchObject({ reason: 'tls_failed', permanent: true, retryable: false });
    });

    it('should map a server without STARTTLS under requireTLS to tls_failed', async () => {
      const result = failed(await transport({ requireTLS: true }).send(message()));
      expect(result.reason).toBe('tls_failed');
      expect(smtp.server.messages).toHaveLength(0);
    });

    it('should map a server that demands STARTTLS the client skips', async () => {
      const server = await startServer({ tls: 'require-starttls' });
      const result = failed(await transport({ ignoreTLS: true }, server).send(message()));
      expect(result).toMatchObject({
        reason: 'tls_failed',
        permanent: true,
        provider: { status: 530 },
      });
    });
  });

  describe('cancellation and pooling', () => {
    it('should not send when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const result = failed(await transport().send(message(), { signal: controller.signal }));
      expect(result.reason).toBe('cancelled');
      expect(smtp.server.messages).toHaveLength(0);
    });

    it('should send many messages over a rate-limited pool, each once', async () => {
      const pooled = transport({
        maxConnections: 2,
        maxMessages: 3,
        rateLimit: 50,
        rateDelta: 100,
      });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          pooled.send(message({ idempotencyKey: `k${index}` })),
        ),
      );
      expect(results.every((result) => result.status === 'accepted')).toBe(true);
      const keys = smtp.server.messages.map(
        (recorded) => recorded.headers['x-mailgate-idempotency-key'],
      );
      expect(new Set(keys).size).toBe(20);
      expect(smtp.server.connectionCount).toBeGreaterThanOrEqual(7);
    });

    it('should send without a pool, one connection per message', async () => {
      const single = transport({ pool: false });
      await single.send(message());
      await single.send(message());
      expect(smtp.server.messages).toHaveLength(2);
      expect(new Set(smtp.server.messages.map((recorded) => recorded.sessionId)).size).toBe(2);
    });
  });
});
