import { readFileSync } from 'node:fs';
import { createMailgate, memoryStores } from '@mailgate/core';
import { createGraphTestServer, type GraphTestServer, graphAnswers } from '@mailgate/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphTransport } from './graph-transport';
import { isLikelyReport } from './read-bounces';

const ndr = readFileSync(
  new URL('./__fixtures__/graph-ndr-recipient-not-found.eml', import.meta.url),
  'utf8',
);
const token = 'read-bounces-token';
const reply = (n: number) =>
  `From: Someone <someone${n}@example.test>\r\nSubject: Re: A vacancy for you\r\nContent-Type: text/plain\r\n\r\nThanks!\r\n`;

describe('graphTransport.readBounces', () => {
  let server: GraphTestServer;
  beforeAll(async () => {
    server = await createGraphTestServer({ accessToken: token });
  });
  afterEach(() => server.reset());
  afterAll(async () => {
    await server.close();
  });
  const transport = () =>
    graphTransport({
      baseUrl: server.baseUrl,
      fetch: server.fetch,
      user: 'jobs@agency.test',
      getAccessToken: () => token,
    });

  it('should turn the non-delivery reports received since a time into delivery events', async () => {
    server.mailbox.add({ raw: ndr, receivedDateTime: '2026-01-01T00:00:00Z' }); // before `since`
    // More than one page of ordinary mail (the transport asks for 50 at a time).
    for (let n = 0; n < 60; n++)
      server.mailbox.add({
        raw: reply(n),
        receivedDateTime: new Date(Date.parse('2026-02-01T00:00:00Z') + n * 1000),
      });
    const report = server.mailbox.add({ raw: ndr, receivedDateTime: '2026-02-02T09:15:05Z' });

    const result = await transport().readBounces({ since: '2026-01-15T00:00:00Z', tenant: 'acme' });

    expect(result.failure).toBeUndefined();
    expect(result.scanned).toBe(61);
    expect(result.events).toEqual([
      {
        type: 'bounce',
        address: 'nobody@example.test',
        reason: 'recipient_unknown',
        permanent: true,
        source: 'graph-mailbox',
        at: Date.parse('2026-02-02T09:15:05Z'),
        tenant: 'acme',
      },
    ]);
    expect(result.reports).toMatchObject([
      { id: report.id, report: { kind: 'bounce', originalMessageId: 'vacancy-1@agency.test' } },
    ]);
    expect(result.lastReceivedAt).toBe(Date.parse('2026-02-02T09:15:05Z'));
    expect(result.unread).toEqual([]);
    expect(result.truncated).toBe(false);
    // Only the report's MIME was downloaded; every request carried the token.
    const downloads = server.calls.filter((call) => call.path.endsWith('/$value'));
    expect(downloads.map((call) => call.path)).toEqual([
      `/v1.0/users/jobs%40agency.test/messages/${report.id}/$value`,
    ]);
    expect(server.calls.every((call) => call.tokenHash === server.hashToken(token))).toBe(true);
    expect(server.calls.filter((call) => call.path.endsWith('/messages'))).toHaveLength(2);
  });

  it('should give events the gate can ingest, which suppress the address', async () => {
    server.mailbox.add({ raw: ndr, receivedDateTime: '2026-02-02T09:15:05Z' });
    const gate = createMailgate({ transport: transport(), stores: memoryStores() });
    const { events } = await transport().readBounces({ since: 0, tenant: 'acme' });
    for (const event of events) expect((await gate.ingest(event)).isOk()).toBe(true);
    const outcome = await gate.send({
      recipient: { id: 'r-1', addresses: [{ address: 'nobody@example.test' }] },
      message: { from: { address: 'jobs@agency.test' }, subject: 'Again', text: 'Hi' },
      context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
    });
    expect(outcome._unsafeUnwrapErr()).toMatchObject({ reason: 'previously_bounced' });
  });

  it('should note a report it cannot download and go on with the others', async () => {
    const report = server.mailbox.add({ raw: ndr, receivedDateTime: '2026-02-02T09:15:05Z' });
    const listed = (id: string, at: string) => ({
      id,
      subject: 'Undeliverable: Hello',
      receivedDateTime: at,
    });
    server.script.listMessages({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        value: [listed('gone', '2026-02-02T09:00:00Z'), listed(report.id, '2026-02-02T09:15:05Z')],
      }),
    });
    const result = await transport().readBounces({ since: 0 });
    // With its arrival time, where mailboxSource holds its cursor to try it again.
    expect(result.unread).toMatchObject([
      { id: 'gone', failure: { status: 'failed' }, receivedAt: Date.parse('2026-02-02T09:00:00Z') },
    ]);
    expect(result.events).toMatchObject([{ type: 'bounce', address: 'nobody@example.test' }]);
    expect(result.failure).toBeUndefined();
  });

  it('should return the events read so far and the failure when Graph refuses', async () => {
    server.script.listMessages(graphAnswers.accessDenied);
    const result = await transport().readBounces({ since: new Date(0) });
    expect(result.events).toEqual([]);
    expect(result.failure).toMatchObject({
      reason: 'inbox_auth_failed',
      provider: { status: 403 },
    });
  });

  it('should stop at maxMessages and say so', async () => {
    for (let n = 0; n < 5; n++) server.mailbox.add({ raw: reply(n) });
    const result = await transport().readBounces({ since: 0, maxMessages: 3 });
    expect(result).toMatchObject({ scanned: 3, truncated: true });
  });

  it('should refuse a since that is no date', async () => {
    const result = await transport().readBounces({ since: 'yesterday-ish' });
    expect(result.failure).toMatchObject({ reason: 'invalid_request' });
    expect(server.calls).toHaveLength(0);
  });

  it('should recognise reports by sender or subject', () => {
    expect(isLikelyReport({ id: '1', subject: 'Undeliverable: Hello' })).toBe(true);
    expect(
      isLikelyReport({
        id: '2',
        subject: 'Anything',
        from: { emailAddress: { address: 'MAILER-DAEMON@mx.example.test' } },
      }),
    ).toBe(true);
    expect(isLikelyReport({ id: '3', subject: 'Re: Undeliverable things we discussed' })).toBe(
      false,
    );
  });
});
