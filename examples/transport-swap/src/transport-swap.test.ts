import type { Outcome } from '@mailgate/core';
import { closedPort, gmailErrors, graphAnswers, sesAnswers } from '@mailgate/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hostApplication } from './host-application';
import { runSwap } from './main';
import { type Providers, startProviders } from './providers';
import { transportFromConfig } from './transport-from-config';

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

let providers: Providers;

beforeAll(async () => {
  providers = await startProviders();
});
afterEach(() => providers.reset());
afterAll(() => providers.close());

async function throughEach(
  wrong = false,
  unreachable?: number,
): Promise<Record<string, Outcome[]>> {
  const results: Record<string, Outcome[]> = {};
  for (const [kind, config] of Object.entries(providers.configs(wrong, unreachable))) {
    results[kind] = await hostApplication(transportFromConfig(config));
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
      providers.smtp.messages.length,
      providers.ses.sent.length,
      providers.graph.sent.length,
      providers.gmail.messages.length,
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
    providers.smtp.script.data('432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded');
    providers.ses.script.always('SendEmail', sesAnswers.rateExceeded);
    providers.graph.script.sendMail(graphAnswers.throttled);
    providers.gmail.script.send(gmailErrors.resourceExhausted());
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

describe('pnpm start', () => {
  it('should print each provider with the outcome of every recipient', async () => {
    const lines: string[] = [];
    await runSwap((line) => lines.push(line));
    expect(lines).toEqual(
      ['smtp', 'ses', 'graph', 'gmail'].map(
        (kind) =>
          `${kind.padEnd(6)} ada: sent, broken: invalid_recipient_address, bounced: previously_bounced`,
      ),
    );
  });
});
