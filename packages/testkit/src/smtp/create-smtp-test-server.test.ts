import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpTestServer, type SmtpTestServer } from './create-smtp-test-server';
import { type RawSmtpClient, rawSmtpClient } from './raw-smtp-client';

const opened: Array<SmtpTestServer | RawSmtpClient> = [];
afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

async function start(options?: Parameters<typeof createSmtpTestServer>[0]) {
  const server = await createSmtpTestServer(options);
  opened.push(server);
  return server;
}
async function client(server: SmtpTestServer, tls?: { ca: string }) {
  const c = await rawSmtpClient(server.port, tls ? { tls } : {});
  opened.push(c);
  return c;
}

async function sendMessage(
  c: RawSmtpClient,
  from: string,
  to: string[],
  body = 'Subject: Hi\r\nMessage-ID: <m1@test>\r\n\r\nHello\r\n',
) {
  const replies: string[] = [];
  replies.push(await c.command(`MAIL FROM:<${from}>`));
  for (const rcpt of to) replies.push(await c.command(`RCPT TO:<${rcpt}>`));
  const data = await c.command('DATA');
  replies.push(data);
  if (data.startsWith('354')) {
    c.write(`${body}.\r\n`);
    replies.push(await c.next());
  }
  return replies;
}

describe('createSmtpTestServer', () => {
  it('should listen on 127.0.0.1 and record an accepted message with its envelope and headers', async () => {
    const server = await start();
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`smtp://127.0.0.1:${server.port}`);
    const c = await client(server);
    expect(await c.next()).toMatch(/^220 /);
    expect(await c.command('EHLO client.test')).toMatch(/^250/);
    const replies = await sendMessage(c, 'a@x.test', ['b@y.test', 'c@y.test']);
    expect(replies.at(-1)).toMatch(/^250 2\.0\.0 Ok: queued as Q1$/);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]).toMatchObject({
      id: 'Q1',
      from: 'a@x.test',
      to: ['b@y.test', 'c@y.test'],
      subject: 'Hi',
      messageId: '<m1@test>',
      secure: false,
    });
    expect(server.messages[0]?.raw).toContain('Hello');
  });

  it('should answer RCPT TO per recipient, verbatim, and accept the others', async () => {
    const server = await start();
    server.script
      .rcpt('dead@x.test', '550 5.1.1 User unknown')
      .rcpt('FULL@x.test', '452 4.2.2 Mailbox full');
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    const replies = await sendMessage(c, 'a@x.test', ['dead@x.test', 'full@X.test', 'ok@x.test']);
    expect(replies.slice(1, 4)).toEqual([
      '550 5.1.1 User unknown',
      '452 4.2.2 Mailbox full',
      '250 Accepted',
    ]);
    expect(server.messages[0]?.to).toEqual(['ok@x.test']);
    expect(
      server.calls.filter((call) => call.command === 'RCPT TO').map((call) => call.answer),
    ).toEqual(['550 5.1.1 User unknown', '452 4.2.2 Mailbox full', '250 Accepted']);
  });

  it('should answer per call when the script is an array, then answer normally', async () => {
    const server = await start();
    server.script.mailFrom(['451 4.3.0 Try again', '421 4.7.0 Go away']);
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    expect(await c.command('MAIL FROM:<a@x.test>')).toBe('451 4.3.0 Try again');
    expect(await c.command('MAIL FROM:<a@x.test>')).toBe('421 4.7.0 Go away');
    expect(await c.next()).toBe('(closed)');
    const again = await client(server);
    await again.next();
    await again.command('EHLO client.test');
    expect(await again.command('MAIL FROM:<a@x.test>')).toBe('250 Accepted');
  });

  it('should refuse the connection at the greeting', async () => {
    const server = await start();
    server.script.greeting('421 4.3.2 Service not available');
    const c = await client(server);
    expect(await c.next()).toBe('421 4.3.2 Service not available');
    expect(await c.next()).toBe('(closed)');
  });

  it('should refuse the message after DATA and record nothing', async () => {
    const server = await start();
    server.script.data('554 5.7.1 Message rejected as spam');
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    const replies = await sendMessage(c, 'a@x.test', ['b@y.test']);
    expect(replies.at(-1)).toBe('554 5.7.1 Message rejected as spam');
    expect(server.messages).toHaveLength(0);
  });

  it('should drop the connection mid-DATA without accepting, and record a lost reply as accepted', async () => {
    const server = await start();
    server.script.data([{ drop: true }, { drop: 'after-accept' }]);
    const first = await client(server);
    await first.next();
    await first.command('EHLO client.test');
    expect((await sendMessage(first, 'a@x.test', ['b@y.test'])).at(-1)).toBe('(closed)');
    expect(server.messages).toHaveLength(0);
    const second = await client(server);
    await second.next();
    await second.command('EHLO client.test');
    expect((await sendMessage(second, 'a@x.test', ['b@y.test'])).at(-1)).toBe('(closed)');
    expect(server.messages).toHaveLength(1);
    expect(server.calls.map((call) => call.answer)).toContain('(lost reply)');
  });

  it('should write a malformed answer when told to', async () => {
    const server = await start();
    server.script.greeting({ raw: 'hello, I am not an SMTP server' });
    const c = await client(server);
    expect(await c.next()).toBe('hello, I am not an SMTP server');
  });

  it('should require AUTH with the configured credentials, and refuse AUTH when scripted', async () => {
    const server = await start({ auth: { user: 'u', pass: 'secret' } });
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    expect(await c.command('MAIL FROM:<a@x.test>')).toMatch(/^530 /);
    const bad = Buffer.from('\0u\0wrong').toString('base64');
    expect(await c.command(`AUTH PLAIN ${bad}`)).toBe(
      '535 5.7.8 Authentication credentials invalid',
    );
    const good = Buffer.from('\0u\0secret').toString('base64');
    expect(await c.command(`AUTH PLAIN ${good}`)).toMatch(/^235 /);
    await sendMessage(c, 'a@x.test', ['b@y.test']);
    expect(server.messages[0]?.user).toBe('u');
    expect(JSON.stringify(server.calls)).not.toContain('secret');

    server.script.auth('454 4.7.0 Temporary authentication failure');
    const d = await client(server);
    await d.next();
    await d.command('EHLO client.test');
    expect(await d.command(`AUTH PLAIN ${good}`)).toBe(
      '454 4.7.0 Temporary authentication failure',
    );
  });

  it('should require STARTTLS with a certificate made at run time', async () => {
    const server = await start({ tls: 'require-starttls' });
    expect(server.certificate).toMatch(/BEGIN CERTIFICATE/);
    const c = await client(server);
    await c.next();
    expect(await c.command('EHLO client.test')).toContain('STARTTLS');
    expect(await c.command('MAIL FROM:<a@x.test>')).toBe(
      '530 5.7.0 Must issue a STARTTLS command first',
    );
    expect(await c.command('STARTTLS')).toMatch(/^220 /);
    await c.startTls(server.certificate!);
    await c.command('EHLO client.test');
    expect((await sendMessage(c, 'a@x.test', ['b@y.test'])).at(-1)).toMatch(/^250 /);
    expect(server.messages[0]?.secure).toBe(true);
  });

  it('should speak implicit TLS', async () => {
    const server = await start({ tls: 'implicit' });
    expect(server.url).toMatch(/^smtps:/);
    const c = await client(server, { ca: server.certificate! });
    expect(await c.next()).toMatch(/^220 /);
  });

  it('should inject seeded faults the same way for the same seed', async () => {
    const answers = async () => {
      const server = await start();
      server.script.faults({ seed: 7, transient: 0.5, commands: ['MAIL FROM'] });
      const c = await client(server);
      await c.next();
      await c.command('EHLO client.test');
      const replies: string[] = [];
      for (let i = 0; i < 8; i++) {
        const reply = await c.command('MAIL FROM:<a@x.test>');
        replies.push(reply.slice(0, 3));
        if (reply.startsWith('421')) break;
        if (reply.startsWith('250')) await c.command('RSET');
      }
      return replies;
    };
    const first = await answers();
    expect(first.some((code) => code !== '250')).toBe(true);
    expect(await answers()).toEqual(first);
  });

  it('should forget scripts and records on reset', async () => {
    const server = await start();
    server.script.rcpt('dead@x.test', '550 5.1.1 User unknown');
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    await sendMessage(c, 'a@x.test', ['ok@x.test']);
    expect(server.messages).toHaveLength(1);
    server.reset();
    expect(server.messages).toHaveLength(0);
    expect(server.calls).toHaveLength(0);
    expect(await c.command('MAIL FROM:<a@x.test>')).toMatch(/^250/);
    expect(await c.command('RCPT TO:<dead@x.test>')).toMatch(/^250/);
  });

  it('should wait the scripted latency before answering', async () => {
    const server = await start();
    server.script.rcpt('slow@x.test', { delayMs: 30, reply: '451 4.4.1 Slow' });
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    await c.command('MAIL FROM:<a@x.test>');
    expect(await c.command('RCPT TO:<slow@x.test>')).toBe('451 4.4.1 Slow');
  });
});

describe('createSmtpTestServer reset', () => {
  it('should not record a message that was still in flight when the server was reset', async () => {
    const server = await start();
    server.script.data({ delayMs: 500 });
    const c = await client(server);
    await c.next();
    await c.command('EHLO client.test');
    await c.command('MAIL FROM:<a@x.test>');
    await c.command('RCPT TO:<b@y.test>');
    await c.command('DATA');
    c.write('Subject: late\r\n\r\nHello\r\n.\r\n');
    // The DATA handler started before the 354 reached us; it now waits 500 ms to answer.
    server.reset();
    expect(await c.next()).toMatch(/^250 /);
    expect(server.messages).toHaveLength(0);
    expect(server.calls).toHaveLength(0);
  });
});
