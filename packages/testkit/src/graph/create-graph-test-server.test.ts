import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphTestServer, type GraphTestServer } from './create-graph-test-server';
import { graphAnswers, invalidRecipientAnswer } from './graph-answers';

const token = 'emulator-test-token';
const mail = (to: string) =>
  JSON.stringify({
    message: { subject: 'Hi', toRecipients: [{ emailAddress: { address: to } }] },
    saveToSentItems: false,
  });

describe('createGraphTestServer', () => {
  let server: GraphTestServer;
  beforeAll(async () => {
    server = await createGraphTestServer({ accessToken: token });
  });
  afterAll(async () => {
    await server.close();
  });
  const post = (body: string, bearer: string | null = token) =>
    server.fetch(`${server.baseUrl}v1.0/users/me%40x.test/sendMail`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body,
    });

  it('should serve https and answer sendMail with a bare 202, recording the token only as a hash', async () => {
    server.reset();
    expect(server.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await post(mail('a@x.test'));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');
    expect(server.sent).toMatchObject([{ user: 'me@x.test', recipients: ['a@x.test'] }]);
    expect(server.calls[0]).toMatchObject({ bearer: true, tokenHash: server.hashToken(token) });
    expect(JSON.stringify(server.calls)).not.toContain(token);
  });

  it("should answer Graph's error body and headers, per recipient and per call", async () => {
    server.reset();
    server.script.recipient('gone@x.test', invalidRecipientAnswer('gone@x.test'));
    server.script.sendMail([graphAnswers.throttled, graphAnswers.accepted]);
    const refused = await post(mail('gone@x.test'));
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({
      code: 'ErrorInvalidRecipients',
      innerError: { 'request-id': refused.headers.get('request-id') },
    });
    const throttled = await post(mail('a@x.test'));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('0');
    expect(throttled.headers.get('content-type')).toBe('application/json');
    expect((await post(mail('a@x.test'))).status).toBe(202);
    expect(server.sent).toHaveLength(1);
  });

  it('should refuse a request without the token as Graph does', async () => {
    server.reset();
    const response = await post(mail('a@x.test'), null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'InvalidAuthenticationToken',
    );
    expect(server.calls[0]?.bearer).toBe(false);
    expect(server.sent).toHaveLength(0);
  });

  it('should list mailbox messages since a date, in pages, and serve their MIME', async () => {
    server.reset();
    server.mailbox.add({ raw: 'Subject: old\r\n\r\nx', receivedDateTime: '2024-01-01T00:00:00Z' });
    const added = ['one', 'two', 'three'].map((subject, index) =>
      server.mailbox.add({
        raw: `From: "Mail Delivery" <postmaster@x.test>\r\nSubject: ${subject}\r\n\r\nbody`,
        receivedDateTime: `2024-02-0${index + 1}T00:00:00Z`,
      }),
    );
    const headers = { authorization: `Bearer ${token}` };
    const first = await server.fetch(
      `${server.baseUrl}v1.0/users/me/messages?$filter=receivedDateTime ge 2024-01-15T00:00:00Z&$top=2&$orderby=receivedDateTime asc`,
      { headers },
    );
    const page = (await first.json()) as {
      value: { subject: string }[];
      '@odata.nextLink'?: string;
    };
    expect(page.value.map((message) => message.subject)).toEqual(['one', 'two']);
    expect(page.value[0]).toMatchObject({
      from: { emailAddress: { address: 'postmaster@x.test' } },
    });
    const second = await server.fetch(page['@odata.nextLink'] ?? '', { headers });
    const rest = (await second.json()) as { value: { subject: string }[] };
    expect(rest.value.map((message) => message.subject)).toEqual(['three']);
    const value = await server.fetch(
      `${server.baseUrl}v1.0/users/me/messages/${added[0]?.id}/$value`,
      { headers },
    );
    expect(await value.text()).toContain('Subject: one');
  });

  it('should fail like fetch when nothing listens', async () => {
    const gone = await createGraphTestServer();
    await gone.close();
    const error = await gone.fetch(`${gone.baseUrl}v1.0/me/sendMail`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });
});
