import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMailgate,
  memoryStores,
  type NotSent,
  type Outcome,
  type Transport,
} from '@mailgate/core';
import {
  createGmailTestServer,
  createSmtpTestServer,
  type GmailTestServer,
  gmailErrors,
  gmailTestAccessToken,
  type SmtpTestServer,
} from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gmailTransport } from './gmail-transport';
import { oauthWithToken } from './test-support';

/**
 * The host application: it knows nothing of the transport it is given. It sends to three
 * recipients — one who can get mail, one whose address is broken, one who bounced before —
 * and keeps the outcomes.
 */
async function hostApplication(transport: Transport): Promise<Outcome[]> {
  const stores = memoryStores();
  await stores.suppressions.add(
    [
      {
        key: 'bounced@example.com',
        scope: { tenant: 'acme' },
        reason: 'previously_bounced',
        source: 'bounce',
      },
    ],
    { actor: 'host' },
  );
  const gate = createMailgate({ transport, stores });
  const recipients = [
    { id: 'ada', address: 'ada@example.com' },
    { id: 'broken', address: 'broken@@example.com' },
    { id: 'bounced', address: 'bounced@example.com' },
  ];
  const outcomes: Outcome[] = [];
  for (const recipient of recipients) {
    const result = await gate.send({
      recipient: {
        id: recipient.id,
        type: 'candidate',
        name: 'Candidate',
        addresses: [{ address: recipient.address, label: 'private', state: 'confirmed' }],
      },
      message: {
        from: { address: 'jobs-team@agency.example', name: 'Agency' },
        subject: 'A vacancy for you',
        text: 'Hello',
      },
      context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
    });
    outcomes.push(result.isOk() ? result.value : result.error);
  }
  await transport.close?.();
  return outcomes;
}

/** What must not differ between transports: the keys, and for refusals what decides them. */
function shape(outcome: Outcome) {
  if (outcome.status === 'sent') {
    return {
      status: outcome.status,
      keys: Object.keys(outcome).sort(),
      hasId: !!outcome.messageId,
    };
  }
  return {
    status: outcome.status,
    reason: outcome.reason,
    stage: outcome.stage,
    permanent: outcome.permanent,
    retryable: outcome.retryable,
    uncertain: outcome.uncertain ?? false,
    keys: Object.keys(outcome)
      .filter((key) => key !== 'provider' && key !== 'retryAfterMs')
      .sort(),
  };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const smtpAuth = { user: 'mailer', pass: 'smtp-secret' };
let smtp: SmtpTestServer;
let gmailServer: GmailTestServer;
beforeAll(async () => {
  smtp = await createSmtpTestServer({ auth: smtpAuth });
  gmailServer = await createGmailTestServer();
});
afterEach(() => {
  smtp.reset();
  gmailServer.reset();
});
afterAll(async () => {
  await smtp.close();
  await gmailServer.close();
});

const viaSmtp = (pass = smtpAuth.pass, port = smtp.port) =>
  smtpTransport({ host: '127.0.0.1', port, auth: { user: smtpAuth.user, pass }, retry: false });
const viaGmail = (token = gmailTestAccessToken, rootUrl = gmailServer.rootUrl) =>
  gmailTransport({ rootUrl, auth: oauthWithToken(token) });

describe('swapping SMTP for Gmail', () => {
  it('should give the same outcome shapes for the same host code and recipients', async () => {
    const throughSmtp = await hostApplication(viaSmtp());
    const throughGmail = await hostApplication(viaGmail());
    expect(throughGmail.map(shape)).toEqual(throughSmtp.map(shape));
    expect(throughGmail.map((outcome) => outcome.status === 'sent' || outcome.reason)).toEqual([
      true,
      'invalid_recipient_address',
      'previously_bounced',
    ]);
    expect(throughGmail[0]).toMatchObject({ transport: 'gmail', address: 'ada@example.com' });
    // Each provider got exactly the one message that could go out.
    expect(smtp.messages).toHaveLength(1);
    expect(gmailServer.messages.map((message) => message.to)).toEqual([['ada@example.com']]);
  });

  it('should give the same reason for refused credentials', async () => {
    const [smtpOutcome] = await hostApplication(viaSmtp('wrong-password'));
    const [gmailOutcome] = await hostApplication(viaGmail('ya29.revoked'));
    expect(gmailOutcome && shape(gmailOutcome)).toEqual(smtpOutcome && shape(smtpOutcome));
    expect(gmailOutcome).toMatchObject({ reason: 'inbox_auth_failed', stage: 'transport' });
    expect((gmailOutcome as NotSent).provider?.name).toBe('gmail');
    expect((smtpOutcome as NotSent).provider?.name).toBe('smtp');
  });

  it('should give the same reason when the provider cannot be reached', async () => {
    const port = await closedPort();
    const [smtpOutcome] = await hostApplication(viaSmtp(smtpAuth.pass, port));
    const [gmailOutcome] = await hostApplication(
      viaGmail(gmailTestAccessToken, `http://127.0.0.1:${port}/`),
    );
    expect(gmailOutcome && shape(gmailOutcome)).toEqual(smtpOutcome && shape(smtpOutcome));
    expect(gmailOutcome).toMatchObject({ reason: 'inbox_connection_failed', retryable: true });
  });

  it('should give the same reason when the provider throttles the sender', async () => {
    // The sender's own submission limit, as an SMTP submission server says it.
    smtp.script.data('432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded');
    gmailServer.script.send(gmailErrors.resourceExhausted());
    const [smtpOutcome] = await hostApplication(viaSmtp());
    const [gmailOutcome] = await hostApplication(viaGmail());
    expect(gmailOutcome && shape(gmailOutcome)).toEqual(smtpOutcome && shape(smtpOutcome));
    expect(gmailOutcome).toMatchObject({ reason: 'provider_rate_limited', retryable: true });
  });
});
