import { createMailgate, type SendRequestInput, verifyUnsubscribeToken } from '@mailgate/core';
import {
  createGmailTestServer,
  type GmailTestServer,
  gmailTestAccessToken,
  mimeHeaderFields,
} from '@mailgate/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gmailTransport } from './gmail-transport';
import { oauthWithToken } from './test-support';

const keys = ['a-key-for-the-unsubscribe-links-01'];
let server: GmailTestServer;
beforeAll(async () => {
  server = await createGmailTestServer();
});
afterAll(() => server.close());

const request = (category: string): SendRequestInput => ({
  recipient: { id: 'r-1', addresses: [{ address: 'ann@example.test', state: 'confirmed' }] },
  message: { from: 'news@agency.test', subject: 'News', text: 'Hello' },
  context: { mode: 'bulk', category, subscriptionType: 'newsletter', tenant: 'acme' },
});

it('should put both unsubscribe headers in the raw message the Gmail emulator received, once and folded', async () => {
  const gate = createMailgate({
    transport: gmailTransport({
      rootUrl: server.rootUrl,
      auth: oauthWithToken(gmailTestAccessToken),
    }),
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
  expect(post.map((field) => field.value)).toEqual(['List-Unsubscribe=One-Click']);
  expect(list).toHaveLength(1);
  const match =
    /^<https:\/\/mail\.agency\.test\/unsubscribe\?token=([\w-]+)>, <mailto:bounces@agency\.test\?subject=unsubscribe%20\1>$/.exec(
      list[0]!.value,
    );
  expect(match, list[0]!.value).not.toBeNull();
  expect(list[0]!.lines.slice(1).every((line) => line.startsWith(' <'))).toBe(true);
  for (const line of list[0]!.lines) expect(line.length).toBeLessThanOrEqual(998);
  expect((await verifyUnsubscribeToken(match![1], keys)).isOk()).toBe(true);
  expect(mimeHeaderFields(transactional!.raw).some((field) => /^list-/i.test(field.name))).toBe(
    false,
  );
});
