import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesTestServer, type SesTestServer } from './create-ses-test-server';
import { sesAnswers } from './ses-answer';

let server: SesTestServer;
beforeAll(async () => {
  server = await createSesTestServer({ verifiedIdentities: ['sender.test'] });
});
afterAll(() => server.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/v2/email/outbound-emails`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'AWS4-HMAC-SHA256 Credential=AKID/x, Signature=secret',
      ...headers,
    },
    body: JSON.stringify(body),
  });

const email = (to: string, from = 'a@sender.test') => ({
  FromEmailAddress: from,
  Destination: { ToAddresses: [to] },
  Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
});

describe('createSesTestServer', () => {
  it('should answer restJson1 errors with the real status and x-amzn-ErrorType', async () => {
    server.reset();
    server.script.next(sesAnswers.rateExceeded);
    const response = await post(email('x@example.test'));
    expect(response.status).toBe(429);
    expect(response.headers.get('x-amzn-errortype')).toBe('TooManyRequestsException');
    expect(await response.json()).toEqual({ message: 'Maximum sending rate exceeded.' });
    const ok = await post(email('x@example.test'));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { MessageId?: string }).MessageId).toBe(server.sent[0]?.messageId);
  });

  it('should script per recipient, refuse unverified senders, and never record Authorization', async () => {
    server.reset();
    server.script.recipient('dead@example.test', sesAnswers.messageRejected('nope'));
    expect((await post(email('dead@example.test'))).status).toBe(400);
    expect((await post(email('alive@example.test'))).status).toBe(200);
    const unverified = await post(email('alive@example.test', 'x@other.test'));
    expect(await unverified.json()).toEqual({
      message: expect.stringContaining('Email address is not verified'),
    });
    expect(server.calls.map((call) => call.status)).toEqual([400, 200, 400]);
    expect(JSON.stringify(server.calls)).not.toContain('secret');
  });

  it('should keep an account suppression list', async () => {
    server.reset();
    server.suppress('s@example.test', 'COMPLAINT');
    const found = await fetch(`${server.url}/v2/email/suppression/addresses/s%40example.test`);
    expect(
      ((await found.json()) as { SuppressedDestination: { Reason: string } }).SuppressedDestination
        .Reason,
    ).toBe('COMPLAINT');
    const missing = await fetch(`${server.url}/v2/email/suppression/addresses/n%40example.test`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-amzn-errortype')).toBe('NotFoundException');
  });
});
