import {
  createMailgate,
  memoryStores,
  type NotSent,
  type Outcome,
  type Sent,
  type Transport,
} from '@mailgate/core';
import {
  createGraphTestServer,
  createSmtpTestServer,
  type GraphTestServer,
  invalidRecipientAnswer,
  type SmtpTestServer,
} from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphTransport } from './graph-transport';

/** The host application's code: it knows nothing about the transport it is given. */
async function hostSendsTheMailing(transport: Transport): Promise<Outcome[]> {
  const gate = createMailgate({ transport, stores: memoryStores() });
  const recipients = [
    { id: 'ada', address: 'ada@example.test' },
    { id: 'gone', address: 'gone@example.test' },
  ];
  const outcomes: Outcome[] = [];
  for (const recipient of recipients) {
    const result = await gate.send({
      recipient: { id: recipient.id, addresses: [{ address: recipient.address }] },
      message: { from: { address: 'jobs@agency.test' }, subject: 'A vacancy', text: 'Hello' },
      context: { mode: 'individual', category: 'transactional', idempotencyKey: recipient.id },
    });
    outcomes.push(result.isOk() ? result.value : result.error);
  }
  await transport.close?.();
  return outcomes;
}

/** What a host switches on: the same for every transport. Provider ids and texts differ. */
function shape(outcome: Outcome) {
  if (outcome.status === 'sent') {
    const { status, recipientId, address, refused, warnings } = outcome as Sent;
    return { status, recipientId, address, refused, warnings };
  }
  const { status, reason, stage, permanent, retryable, uncertain, recipientId, address } =
    outcome as NotSent;
  return { status, reason, stage, permanent, retryable, uncertain, recipientId, address };
}

describe('the same host code through SMTP and Graph', () => {
  let smtp: SmtpTestServer;
  let graph: GraphTestServer;
  beforeAll(async () => {
    [smtp, graph] = await Promise.all([createSmtpTestServer(), createGraphTestServer()]);
  });
  afterAll(async () => {
    await Promise.all([smtp.close(), graph.close()]);
  });

  it('should give the same outcome shapes, and the same reason for the same refusal', async () => {
    smtp.script.rcpt(
      'gone@example.test',
      '550 5.1.1 <gone@example.test>: Recipient address rejected: User unknown',
    );
    graph.script.recipient('gone@example.test', invalidRecipientAnswer('gone@example.test'));

    const throughSmtp = await hostSendsTheMailing(
      smtpTransport({ host: smtp.host, port: smtp.port, retry: false }),
    );
    const throughGraph = await hostSendsTheMailing(
      graphTransport({
        baseUrl: graph.baseUrl,
        fetch: graph.fetch,
        user: 'jobs@agency.test',
        getAccessToken: () => 'swap-token',
      }),
    );

    expect(throughGraph.map(shape)).toEqual(throughSmtp.map(shape));
    expect(throughGraph.map((outcome) => outcome.status)).toEqual(['sent', 'not_sent']);
    expect((throughGraph[1] as NotSent).reason).toBe('recipient_unknown');
    expect((throughGraph[1] as NotSent).provider).toMatchObject({
      name: 'graph',
      code: 'ErrorInvalidRecipients',
      status: 400,
    });
    expect((throughSmtp[1] as NotSent).provider).toMatchObject({ name: 'smtp', status: 550 });
    expect([smtp.messages.length, graph.sent.length]).toEqual([1, 1]);
  });

  it('should give the same reason when the credentials are refused', async () => {
    const [lockedSmtp, lockedGraph] = await Promise.all([
      createSmtpTestServer({ auth: { user: 'mailer', pass: 'right' } }),
      createGraphTestServer({ accessToken: 'right' }),
    ]);
    try {
      const throughSmtp = await hostSendsTheMailing(
        smtpTransport({
          host: lockedSmtp.host,
          port: lockedSmtp.port,
          auth: { user: 'mailer', pass: 'wrong' },
          retry: false,
        }),
      );
      const throughGraph = await hostSendsTheMailing(
        graphTransport({
          baseUrl: lockedGraph.baseUrl,
          fetch: lockedGraph.fetch,
          user: 'jobs@agency.test',
          getAccessToken: () => 'wrong',
        }),
      );
      expect(throughGraph.map(shape)).toEqual(throughSmtp.map(shape));
      expect(throughGraph.map((outcome) => (outcome as NotSent).reason)).toEqual([
        'inbox_auth_failed',
        'inbox_auth_failed',
      ]);
    } finally {
      await Promise.all([lockedSmtp.close(), lockedGraph.close()]);
    }
  });
});
