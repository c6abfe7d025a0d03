import { createMailgate, failoverTransport, memoryStores } from '@mailgate/core';
import {
  createGraphTestServer,
  createSmtpTestServer,
  type GraphAnswer,
  type GraphTestServer,
  graphAnswers,
  invalidRecipientAnswer,
  type SmtpTestServer,
} from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphTransport } from './graph-transport';

const token = 'failover-graph-token';

describe('failoverTransport from Graph to SMTP', () => {
  let graph: GraphTestServer;
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    [graph, smtp] = await Promise.all([
      createGraphTestServer({ accessToken: token }),
      createSmtpTestServer(),
    ]);
  });
  afterEach(() => {
    graph.reset();
    smtp.reset();
  });
  afterAll(async () => {
    await Promise.all([graph.close(), smtp.close()]);
  });

  let time = 0;
  const setup = () => {
    time = 0;
    const smtpSide = smtpTransport({ host: smtp.host, port: smtp.port, pool: false, retry: false });
    const transport = failoverTransport(
      [
        graphTransport({
          baseUrl: graph.baseUrl,
          fetch: graph.fetch,
          user: 'jobs@agency.test',
          getAccessToken: () => token,
          retry: false,
        }),
        smtpSide,
      ],
      { coolDownMs: 60_000, now: () => time },
    );
    const gate = createMailgate({ transport, stores: memoryStores() });
    const send = (address = 'ada@example.test') =>
      gate.send({
        recipient: { id: 'r-1', addresses: [{ address }] },
        message: { from: { address: 'jobs@agency.test' }, subject: 'A vacancy', text: 'Hello' },
        context: { mode: 'individual', category: 'transactional' },
      });
    return { send, close: () => transport.close?.() };
  };

  it.each<[string, GraphAnswer]>([
    ['401 InvalidAuthenticationToken', graphAnswers.invalidAuthenticationToken],
    ['429 ApplicationThrottled', graphAnswers.throttled],
  ])('should send through SMTP, once, when Graph answers %s', async (_name, answer) => {
    graph.script.sendMail(answer);
    const { send, close } = setup();
    const outcome = await send();
    await close();

    expect(outcome.isOk()).toBe(true);
    expect(graph.calls).toHaveLength(1);
    expect(graph.sent).toHaveLength(0);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.to).toEqual(['ada@example.test']);
  });

  it("should not fail over for Graph's recipient_unknown, and keep Graph's reason", async () => {
    graph.script.recipient('gone@example.test', invalidRecipientAnswer('gone@example.test'));
    const { send, close } = setup();
    const outcome = await send('gone@example.test');
    await close();

    expect(outcome._unsafeUnwrapErr()).toMatchObject({
      reason: 'recipient_unknown',
      stage: 'transport',
      provider: { name: 'graph', code: 'ErrorInvalidRecipients', status: 400 },
    });
    expect(smtp.messages).toHaveLength(0);
  });

  it('should not fail over after an uncertain 504, so the message goes out once', async () => {
    graph.script.sendMail({ ...graphAnswers.gatewayTimeout, deliver: true });
    const { send, close } = setup();
    const outcome = await send();
    await close();

    expect(outcome._unsafeUnwrapErr()).toMatchObject({
      reason: 'microsoft_timeout',
      uncertain: true,
      retryable: false,
    });
    expect(graph.sent).toHaveLength(1);
    expect(smtp.messages).toHaveLength(0);
  });

  it('should skip Graph during the cool-down and try it again after', async () => {
    graph.script.sendMail([graphAnswers.invalidAuthenticationToken, graphAnswers.accepted]);
    const { send, close } = setup();
    await send();
    time = 59_999;
    await send();
    expect([graph.calls.length, smtp.messages.length]).toEqual([1, 2]);
    time = 60_000;
    const outcome = await send();
    await close();
    expect(outcome.isOk()).toBe(true);
    expect([graph.sent.length, smtp.messages.length]).toEqual([1, 2]);
  });
});
