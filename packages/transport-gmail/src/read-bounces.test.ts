import { readFileSync } from 'node:fs';
import {
  type IngestingGate,
  mailboxSource,
  memoryCursorStore,
  watchBounces,
} from '@mailgate/bounces';
import {
  createMailgate,
  type DeliveryEvent,
  memoryStores,
  recordingTransport,
} from '@mailgate/core';
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
    fixture('gmail-dsn-address-not-found.eml').replaceAll(
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
        fixture('gmail-dsn-address-not-found.eml').replaceAll(
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
    // The oldest two: the next read, from the newest of them, finds the third.
    expect(some.events.map((event) => event.address)).toEqual([
      'nobody0@example.test',
      'nobody1@example.test',
    ]);
    expect(some.lastReceivedAt).toBe(since + 2 * 60_000);
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

describe('gmailTransport readBounces through mailboxSource and watchBounces', () => {
  const setup = () => {
    const ingested: string[] = [];
    const gate = createMailgate({ transport: recordingTransport(), stores: memoryStores() });
    const counting: IngestingGate = {
      async ingest(input) {
        const result = await gate.ingest(input);
        if (result.isOk())
          for (const event of [input].flat() as DeliveryEvent[]) ingested.push(event.address);
        return result;
      },
    };
    const gmail = transport();
    const source = (maxMessages?: number) =>
      mailboxSource({
        name: 'gmail:sender',
        source: 'gmail-mailbox',
        tenant: 'acme',
        since,
        readBounces: (o) =>
          gmail.readBounces({ ...o, ...(maxMessages === undefined ? {} : { maxMessages }) }),
      });
    return { gate: counting, ingested, source, cursorStore: memoryCursorStore() };
  };

  it('should read a report that failed to download on the next run, and nothing twice', async () => {
    fillMailbox();
    server.script.get([gmailErrors.backendError()]);
    const { gate, ingested, source, cursorStore } = setup();
    const first = await watchBounces(source(), { gate, cursorStore });
    expect(first).toMatchObject({ stoppedBy: 'done', ingested: 1 });
    const second = await watchBounces(source(), { gate, cursorStore });
    expect(second).toMatchObject({ stoppedBy: 'done', ingested: 1 });
    expect(ingested.sort()).toEqual(['full@example.test', 'nobody@example.test']);
    const third = await watchBounces(source(), { gate, cursorStore });
    expect(third.ingested).toBe(0);
  });

  it('should read every report when there are more than one read takes', async () => {
    for (let index = 0; index < 5; index++)
      server.addToMailbox(
        fixture('gmail-dsn-address-not-found.eml').replaceAll(
          'nobody@example.test',
          `nobody${index}@example.test`,
        ),
        { internalDate: since + (index + 1) * 60_000 },
      );
    const { gate, ingested, source, cursorStore } = setup();
    const run = await watchBounces(source(2), { gate, cursorStore });
    expect(run.stoppedBy).toBe('done');
    expect(ingested).toEqual([0, 1, 2, 3, 4].map((index) => `nobody${index}@example.test`));
  });
});
