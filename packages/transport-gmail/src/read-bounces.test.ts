import { readFileSync } from 'node:fs';
import {
  createGmailTestServer,
  type GmailTestServer,
  gmailErrors,
  gmailTestAccessToken,
} from '@mailgate/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gmailTransport } from './gmail-transport';
import { oauthWithToken } from './test-support';

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

let server: GmailTestServer;
beforeAll(async () => {
  server = await createGmailTestServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

const since = Date.parse('2026-03-01T00:00:00Z');
const transport = () =>
  gmailTransport({ rootUrl: server.rootUrl, auth: oauthWithToken(gmailTestAccessToken) });

function fillMailbox() {
  server.addToMailbox(fixture('gmail-dsn-address-not-found.eml'));
  server.addToMailbox(fixture('gmail-dsn-delayed.eml'));
  // Not a bounce: a person's reply.
  server.addToMailbox(
    'From: Candidate <candidate@example.test>\r\nTo: recruiter@sender.test\r\nSubject: Re: Your application\r\nDate: Sun, 01 Mar 2026 12:00:00 +0000\r\n\r\nThanks!',
  );
  // A bounce from before `since`.
  server.addToMailbox(
    fixture('gmail-dsn-address-not-found.eml').replace(
      'Date: Sun, 01 Mar 2026 10:05:00 -0800',
      'Date: Fri, 27 Feb 2026 10:05:00 -0800',
    ),
  );
}

describe('gmailTransport readBounces', () => {
  it('should turn the mailbox’s bounce reports since a time into delivery events', async () => {
    fillMailbox();
    const result = await transport().readBounces({ since, tenant: 'acme' });
    expect(result.failure).toBeUndefined();
    expect(result.events).toEqual([
      {
        type: 'bounce',
        address: 'nobody@example.test',
        reason: 'recipient_unknown',
        permanent: true,
        source: 'gmail-mailbox',
        at: Date.parse('2026-03-01T18:05:00Z'),
        tenant: 'acme',
      },
      {
        type: 'delayed',
        address: 'full@example.test',
        source: 'gmail-mailbox',
        at: Date.parse('2026-03-01T22:00:00Z'),
        tenant: 'acme',
      },
    ]);
    expect(result.reports.map((entry) => entry.report.originalMessageId)).toEqual([
      'application-42@sender.test',
      'interview-7@sender.test',
    ]);
    expect(result.unread).toEqual([]);
    expect(result.truncated).toBe(false);
    expect(result.lastReceivedAt).toBe(Date.parse('2026-03-01T22:00:00Z'));
  });

  it('should ask Gmail for mailer-daemon reports after `since`, read them raw, and read-only', async () => {
    fillMailbox();
    await transport().readBounces({ since: new Date(since) });
    const list = server.calls.find((call) => call.operation === 'list');
    expect(list?.query.q).toBe(`from:(mailer-daemon OR postmaster) after:${since / 1000 - 1}`);
    const gets = server.calls.filter((call) => call.operation === 'get');
    expect(gets).toHaveLength(2);
    expect(gets.every((call) => call.query.format === 'raw')).toBe(true);
    expect(server.calls.some((call) => call.operation === 'send')).toBe(false);
  });

  it('should follow pages and stop at maxMessages, saying it stopped', async () => {
    for (let index = 0; index < 3; index++) {
      server.addToMailbox(
        fixture('gmail-dsn-address-not-found.eml').replace(
          'nobody@example.test',
          `nobody${index}@example.test`,
        ),
        { internalDate: since + (index + 1) * 60_000 },
      );
    }
    const all = await transport().readBounces({ since });
    expect(all.events).toHaveLength(3);
    const some = await transport().readBounces({ since, maxMessages: 2 });
    expect(some).toMatchObject({ truncated: true, scanned: 2 });
    expect(some.failure).toBeUndefined();
    expect(some.events).toHaveLength(2);
  });

  it('should answer a failed listing as a failure value, never a throw', async () => {
    server.script.list(gmailErrors.insufficientPermissions());
    expect(await transport().readBounces({ since })).toMatchObject({
      events: [],
      failure: { reason: 'inbox_auth_failed', provider: { code: 'insufficientPermissions' } },
    });
  });

  it('should keep going when one report cannot be read, and name it', async () => {
    fillMailbox();
    server.script.get([gmailErrors.backendError()]);
    const result = await transport().readBounces({ since });
    expect(result.failure).toBeUndefined();
    expect(result.unread).toHaveLength(1);
    expect(result.unread[0]?.failure).toMatchObject({
      reason: 'provider_timeout',
      retryable: true,
    });
    expect(result.events).toHaveLength(1);
  });

  it('should refuse a since that is no date, asking Gmail nothing', async () => {
    const result = await transport().readBounces({ since: 'yesterday-ish' });
    expect(result.failure).toMatchObject({ reason: 'invalid_request' });
    expect(server.calls).toHaveLength(0);
  });
});
