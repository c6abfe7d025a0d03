import { createMailgateFromConfig, type Env } from '@mailgate/config';
import type { Outcome } from '@mailgate/core';
import {
  closedPort,
  createGmailTestServer,
  createGraphTestServer,
  createSesTestServer,
  createSmtpTestServer,
  type GmailTestServer,
  type GraphTestServer,
  gmailErrors,
  gmailTestAccessToken,
  graphAnswers,
  type SesTestServer,
  type SmtpTestServer,
  sesAnswers,
} from '@mailgate/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

/**
 * The host application: its whole knowledge of the provider is `createMailgateFromConfig`
 * over its environment. It sends to three recipients — one who can get mail, one whose
 * address is broken, one who bounced before — and keeps the outcomes.
 */
async function hostApplication(env: Env): Promise<Outcome[]> {
  // The one thing no variable can carry: a fetch that trusts the Graph emulator's certificate.
  const built = await createMailgateFromConfig({ env, graph: { fetch: graph.fetch } });
  if (built.isErr()) throw new Error(JSON.stringify(built.error));
  const gate = built.value;
  const bounced = await gate.ingest({
    type: 'bounce',
    address: 'bounced@example.com',
    reason: 'recipient_unknown',
    permanent: true,
    tenant: 'acme',
  });
  expect(bounced._unsafeUnwrap().suppressed).toBe('previously_bounced');
  const outcomes: Outcome[] = [];
  for (const [id, address] of [
    ['ada', 'ada@example.com'],
    ['broken', 'broken@@example.com'],
    ['bounced', 'bounced@example.com'],
  ] as const) {
    const result = await gate.send({
      recipient: { id, type: 'candidate', addresses: [{ address }] },
      message: {
        from: { address: 'jobs@agency.example', name: 'Agency' },
        subject: 'A vacancy',
        text: 'Hello',
      },
      context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
    });
    outcomes.push(result.isOk() ? result.value : result.error);
  }
  await gate.close();
  return outcomes;
}

/** What a host switches on; provider codes, texts and message ids differ by design. */
function shape(outcome: Outcome) {
  if (outcome.status === 'sent') {
    const { status, recipientId, address, refused, warnings } = outcome;
    return { status, recipientId, address, refused, warnings };
  }
  const { status, reason, stage, permanent, retryable, uncertain, recipientId, address } = outcome;
  return {
    status,
    reason,
    stage,
    permanent,
    retryable,
    uncertain: uncertain ?? false,
    recipientId,
    address,
  };
}

const smtpAuth = { user: 'mailer', pass: 'smtp-secret' };
const ses = { accessKeyId: 'AKIDSWAP', secretAccessKey: 'swap-secret-key' };
const graphToken = 'graph-swap-token';
let smtp: SmtpTestServer;
let sesServer: SesTestServer;
let graph: GraphTestServer;
let gmail: GmailTestServer;

beforeAll(async () => {
  [smtp, sesServer, graph, gmail] = await Promise.all([
    createSmtpTestServer({ auth: smtpAuth }),
    createSesTestServer({ accessKeyId: ses.accessKeyId }),
    createGraphTestServer({ accessToken: graphToken }),
    createGmailTestServer(),
  ]);
});
afterEach(() => {
  smtp.reset();
  sesServer.reset();
  graph.reset();
  gmail.reset();
});
afterAll(async () => {
  await Promise.all([smtp.close(), sesServer.close(), graph.close(), gmail.close()]);
});

/**
 * The four operators' environments; `wrong` gives each the credentials it would refuse,
 * `unreachable` a port on which nothing listens.
 */
function environments(wrong = false, unreachable?: number): Record<string, Env> {
  const at = (url: string) =>
    unreachable === undefined ? url : url.replace(/:\d+/, `:${unreachable}`);
  const smtpPass = encodeURIComponent(wrong ? 'nope' : smtpAuth.pass);
  const quick = { MAILGATE_SEND_TIMEOUT_MS: '10000' };
  return {
    smtp: {
      ...quick,
      MAILGATE_TRANSPORT: `smtp://${smtpAuth.user}:${smtpPass}@${smtp.host}:${unreachable ?? smtp.port}`,
    },
    ses: {
      ...quick,
      MAILGATE_TRANSPORT: 'ses://eu-west-1',
      MAILGATE_SES_ENDPOINT: at(sesServer.url),
      AWS_ACCESS_KEY_ID: wrong ? 'AKIDWRONG' : ses.accessKeyId,
      AWS_SECRET_ACCESS_KEY: ses.secretAccessKey,
    },
    graph: {
      ...quick,
      MAILGATE_TRANSPORT: 'graph://contoso.onmicrosoft.com/jobs%40agency.example',
      MAILGATE_GRAPH_ACCESS_TOKEN: wrong ? 'revoked' : graphToken,
      MAILGATE_GRAPH_BASE_URL: at(graph.baseUrl),
    },
    gmail: {
      ...quick,
      MAILGATE_TRANSPORT: 'gmail://me',
      MAILGATE_GMAIL_ACCESS_TOKEN: wrong ? 'ya29.revoked' : gmailTestAccessToken,
      MAILGATE_GMAIL_ROOT_URL: at(gmail.rootUrl),
    },
  };
}

async function throughEach(
  wrong = false,
  unreachable?: number,
): Promise<Record<string, Outcome[]>> {
  const results: Record<string, Outcome[]> = {};
  for (const [kind, env] of Object.entries(environments(wrong, unreachable))) {
    results[kind] = await hostApplication(env);
  }
  return results;
}

describe('the same host code through SMTP, SES, Graph and Gmail', () => {
  it('should give the same outcomes, and each provider the one message that may go', async () => {
    const results = await throughEach();
    for (const kind of ['ses', 'graph', 'gmail']) {
      expect(results[kind]?.map(shape)).toEqual(results.smtp?.map(shape));
    }
    expect(
      results.smtp?.map((outcome) => (outcome.status === 'sent' ? 'sent' : outcome.reason)),
    ).toEqual(['sent', 'invalid_recipient_address', 'previously_bounced']);
    expect(
      Object.entries(results).map(([kind, outcomes]) => [
        kind,
        outcomes[0]?.status === 'sent' && outcomes[0].transport,
      ]),
    ).toEqual([
      ['smtp', 'smtp'],
      ['ses', 'ses'],
      ['graph', 'graph'],
      ['gmail', 'gmail'],
    ]);
    expect([
      smtp.messages.length,
      sesServer.sent.length,
      graph.sent.length,
      gmail.messages.length,
    ]).toEqual([1, 1, 1, 1]);
  });

  it('should give every provider the same reason for refused credentials', async () => {
    const results = await throughEach(true);
    const first = Object.fromEntries(
      Object.entries(results).map(([kind, outcomes]) => [kind, outcomes[0]!]),
    );
    for (const outcome of Object.values(first)) {
      expect(shape(outcome)).toEqual(shape(first.smtp!));
    }
    expect(first.smtp).toMatchObject({
      status: 'not_sent',
      reason: 'inbox_auth_failed',
      stage: 'transport',
    });
    expect(
      Object.entries(first).map(([kind, outcome]) => [
        kind,
        outcome.status === 'not_sent' && outcome.provider?.name,
      ]),
    ).toEqual([
      ['smtp', 'smtp'],
      ['ses', 'ses'],
      ['graph', 'graph'],
      ['gmail', 'gmail'],
    ]);
  });

  it('should give every provider the same reason when it cannot be reached', async () => {
    const results = await throughEach(false, await closedPort());
    const first = Object.values(results).map((outcomes) => outcomes[0]!);
    for (const outcome of first) {
      expect(outcome).toMatchObject({
        status: 'not_sent',
        reason: 'inbox_connection_failed',
        retryable: true,
        permanent: false,
      });
      expect(shape(outcome)).toEqual(shape(first[0]!));
    }
  });

  it('should give every provider the same reason when it throttles the sender', async () => {
    smtp.script.data('432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded');
    sesServer.script.always('SendEmail', sesAnswers.rateExceeded);
    graph.script.sendMail(graphAnswers.throttled);
    gmail.script.send(gmailErrors.resourceExhausted());
    const results = await throughEach();
    const first = Object.values(results).map((outcomes) => outcomes[0]!);
    for (const outcome of first) {
      expect(outcome).toMatchObject({
        status: 'not_sent',
        reason: 'provider_rate_limited',
        retryable: true,
        permanent: false,
      });
    }
  });
});
