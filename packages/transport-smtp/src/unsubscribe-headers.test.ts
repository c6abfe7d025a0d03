import { createMailgate, type SendRequestInput, verifyUnsubscribeToken } from '@mailgate/core';
import { createSmtpTestServer, mimeHeaderFields, type SmtpTestServer } from '@mailgate/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport';

const keys = ['a-key-for-the-unsubscribe-links-01'];
let server: SmtpTestServer;
beforeAll(async () => {
  server = await createSmtpTestServer();
});
afterAll(() => server.close());

const request = (category: string): SendRequestInput => ({
  recipient: { id: 'r-1', addresses: [{ address: 'ann@example.test', state: 'confirmed' }] },
  message: { from: 'news@agency.test', subject: 'News', text: 'Hello' },
  context: { mode: 'bulk', category, subscriptionType: 'newsletter', tenant: 'acme' },
});

it('should put both unsubscribe headers on the SMTP message as the server received it, once and folded', async () => {
  const gate = createMailgate({
    transport: smtpTransport({ host: server.host, port: server.port }),
    unsubscribe: {
      url: 'https://mail.agency.test/unsubscribe',
      keys,
      mailto: 'bounces@agency.test',
    },
  });
  expect((await gate.send(request('marketing'))).isOk()).toBe(true);
  expect((await gate.send(request('transactional'))).isOk()).toBe(true);
  await gate.close();
  const [marketing, transactional] = server.messages;
  const fields = mimeHeaderFields(marketing!.raw);
  const list = fields.filter((field) => /^list-unsubscribe$/i.test(field.name));
  const post = fields.filter((field) => /^list-unsubscribe-post$/i.test(field.name));
  expect(list).toHaveLength(1);
  expect(post).toHaveLength(1);
  expect(post[0]!.value).toBe('List-Unsubscribe=One-Click');
  const match =
    /^<(https:\/\/mail\.agency\.test\/unsubscribe\?token=([\w-]+))>, <mailto:bounces@agency\.test\?subject=unsubscribe%20([\w-]+)>$/.exec(
      list[0]!.value,
    );
  expect(match, list[0]!.value).not.toBeNull();
  expect(match![3]).toBe(match![2]);
  // Folded before each URI (nodemailer folds at white space), never inside one.
  expect(list[0]!.lines.slice(1).every((line) => line.startsWith(' <'))).toBe(true);
  for (const line of list[0]!.lines) expect(line.length).toBeLessThanOrEqual(998);
  const token = (await verifyUnsubscribeToken(match![2], keys))._unsafeUnwrap();
  expect(token).toMatchObject({
    tenant: 'acme',
    address: 'ann@example.test',
    subscriptionType: 'newsletter',
  });
  expect(mimeHeaderFields(transactional!.raw).some((field) => /^list-/i.test(field.name))).toBe(
    false,
  );
});
