import { failoverTransport, type TransportMessage, type TransportResult } from '@mailgate/core';
import { createSmtpTestServer, type SmtpTestServer } from '@mailgate/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpTransport, smtpTransport } from './smtp-transport';

// The relay the transport submits to answers for itself at the greeting and at MAIL FROM:
// its throttling or deferral is the provider's, and a failover moves on to the next relay.
const servers: SmtpTestServer[] = [];
const transports: SmtpTransport[] = [];
afterEach(async () => {
  for (const transport of transports.splice(0)) await transport.close();
  for (const server of servers.splice(0)) await server.close();
});

async function relay(): Promise<{ server: SmtpTestServer; transport: SmtpTransport }> {
  const server = await createSmtpTestServer();
  servers.push(server);
  const transport = smtpTransport({
    host: server.host,
    port: server.port,
    pool: false,
    retry: false,
  });
  transports.push(transport);
  return { server, transport };
}

const message: TransportMessage = {
  from: { address: 'news@sender.test' },
  to: [{ address: 'anna@example.test' }],
  subject: 'Hello',
  text: 'Hello Anna',
};

const failed = (result: TransportResult) => {
  if (result.status !== 'failed') throw new Error(`expected failed, got ${JSON.stringify(result)}`);
  return result;
};

describe('smtpTransport at submission', () => {
  const session: Array<['greeting' | 'mailFrom', string, string]> = [
    ['mailFrom', '421 4.7.0 Too many messages, slow down', 'provider_rate_limited'],
    ['greeting', '421 4.7.0 Try again later', 'inbox_connection_failed'],
    [
      'greeting',
      '421 mx.relay.test Service not available, try again later',
      'inbox_connection_failed',
    ],
    ['mailFrom', '450 4.7.1 Greylisted, please try again later', 'provider_rate_limited'],
    [
      'mailFrom',
      '451 4.7.1 Greylisting in action, please come back later',
      'provider_rate_limited',
    ],
    ['mailFrom', '451 4.3.0 Temporary local problem', 'inbox_connection_failed'],
  ];
  for (const [where, reply, reason] of session) {
    it(`should read "${reply}" from the relay at ${where} as the provider's ${reason}`, async () => {
      const { server, transport } = await relay();
      server.script[where](reply);
      const result = failed(await transport.send(message));
      expect(result).toMatchObject({ reason, permanent: false, retryable: true });
      expect(result.uncertain).toBeUndefined();
      expect(server.messages).toHaveLength(0);
    });
  }

  it('should keep a refusal at RCPT TO about the recipient', async () => {
    const { server, transport } = await relay();
    server.script.rcpt('anna@example.test', '550 5.1.1 User unknown');
    expect(failed(await transport.send(message)).reason).toBe('recipient_unknown');
  });

  it('should fail over to the next relay when the first one throttles at MAIL FROM', async () => {
    const primary = await relay();
    const secondary = await relay();
    primary.server.script.mailFrom('421 4.7.0 Too many messages, slow down');
    const moves: string[] = [];
    const transport = failoverTransport([primary.transport, secondary.transport], {
      onFailover: (event) => moves.push(event.failure.reason),
    });
    const result = await transport.send(message);
    expect(result.status).toBe('accepted');
    expect(moves).toEqual(['provider_rate_limited']);
    expect(primary.server.messages).toHaveLength(0);
    expect(secondary.server.messages).toHaveLength(1);
  });

  it('should not fail over when the recipient is refused at RCPT TO', async () => {
    const primary = await relay();
    const secondary = await relay();
    primary.server.script.rcpt('anna@example.test', '550 5.1.1 User unknown');
    const transport = failoverTransport([primary.transport, secondary.transport]);
    expect(failed(await transport.send(message)).reason).toBe('recipient_unknown');
    expect(secondary.server.calls).toHaveLength(0);
  });
});
