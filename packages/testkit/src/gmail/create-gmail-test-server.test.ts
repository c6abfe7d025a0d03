import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createGmailTestServer,
  type GmailTestServer,
  gmailTestAccessToken,
} from './create-gmail-test-server';
import { gmailErrors } from './gmail-errors';

let server: GmailTestServer;
beforeAll(async () => {
  server = await createGmailTestServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

const raw = (to: string) =>
  Buffer.from(`From: a@sender.test\r\nTo: ${to}\r\nSubject: Hi\r\n\r\nHello`).toString('base64url');

function send(to: string, token: string | null = gmailTestAccessToken) {
  return fetch(`${server.url}/gmail/v1/users/me/messages/send`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ raw: raw(to) }),
  });
}

describe('createGmailTestServer', () => {
  it('should accept a send with a known token and record it without the token', async () => {
    const response = await send('Someone <someone@example.test>');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ labelIds: ['SENT'] });
    expect(server.messages[0]?.to).toEqual(['someone@example.test']);
    expect(server.calls).toEqual([
      expect.objectContaining({ authorization: 'valid', status: 200 }),
    ]);
    expect(JSON.stringify(server.calls)).not.toContain(gmailTestAccessToken);
  });

  it('should answer 401 in Gmail’s format without a token', async () => {
    const response = await send('someone@example.test', null);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      error: { code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'authError' }] },
    });
    expect(server.calls[0]?.authorization).toBe('missing');
  });

  it('should answer a script for one recipient only, and per call', async () => {
    server.script.send('blocked@example.test', gmailErrors.invalidToHeader());
    server.script.send([gmailErrors.backendError()]);
    expect((await send('blocked@example.test')).status).toBe(400);
    expect((await send('other@example.test')).status).toBe(500);
    expect((await send('other@example.test')).status).toBe(200);
    expect(server.messages).toHaveLength(1);
  });

  it('should list mailbox messages by sender and time, and serve them raw', async () => {
    server.addToMailbox(
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nSubject: x\r\n\r\nbody',
      {
        internalDate: Date.parse('2026-03-01T10:00:00Z'),
      },
    );
    server.addToMailbox('From: friend@example.test\r\nSubject: y\r\n\r\nbody', {
      internalDate: Date.parse('2026-03-01T11:00:00Z'),
    });
    const headers = { authorization: `Bearer ${gmailTestAccessToken}` };
    const after = Math.floor(Date.parse('2026-03-01T09:00:00Z') / 1000);
    const list = await fetch(
      `${server.url}/gmail/v1/users/me/messages?q=${encodeURIComponent(`from:(mailer-daemon OR postmaster) after:${after}`)}`,
      { headers },
    ).then((response) => response.json() as Promise<{ messages: { id: string }[] }>);
    expect(list.messages).toHaveLength(1);
    const id = list.messages[0]?.id ?? '';
    const message = await fetch(`${server.url}/gmail/v1/users/me/messages/${id}?format=raw`, {
      headers,
    }).then((response) => response.json() as Promise<{ raw: string }>);
    expect(Buffer.from(message.raw, 'base64url').toString()).toContain(
      'mailer-daemon@googlemail.com',
    );
  });
});
