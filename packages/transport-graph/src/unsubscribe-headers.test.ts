import { createMailgate, type SendRequestInput, verifyUnsubscribeToken } from '@mailgate/core';
import { createGraphTestServer, type GraphTestServer, mimeHeaderFields } from '@mailgate/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphTransport } from './graph-transport';

const keys = ['a-key-for-the-unsubscribe-links-01'];
let server: GraphTestServer;
beforeAll(async () => {
  server = await createGraphTestServer();
});
afterAll(() => server.close());

const request = (category: string): SendRequestInput => ({
  recipient: {
    id: 'r-1',
    name: 'Änn Ström',
    addresses: [{ address: 'ann@example.test', state: 'confirmed' }],
  },
  message: {
    from: { address: 'jobs@agency.test', name: 'Agency' },
    subject: 'Nieuws van de bakkerij — week 49',
    text: 'Hallo',
    html: '<p>Hallo</p>',
  },
  context: { mode: 'bulk', category, subscriptionType: 'newsletter', tenant: 'acme' },
});

it('should send marketing mail in Graph MIME form, with both unsubscribe headers once and folded', async () => {
  const gate = createMailgate({
    transport: graphTransport({
      baseUrl: server.baseUrl,
      fetch: server.fetch,
      user: 'jobs@agency.test',
      getAccessToken: () => 'graph-token',
      retry: false,
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
  const [marketing, transactional] = server.sent;
  // JSON takes only X- headers: the marketing message went as MIME, the other as JSON.
  expect(marketing!.mime).toBeDefined();
  expect(transactional!.message).toBeDefined();
  expect(marketing!.recipients).toEqual(['ann@example.test']);
  const fields = mimeHeaderFields(marketing!.mime!);
  const list = fields.filter((field) => /^list-unsubscribe$/i.test(field.name));
  const post = fields.filter((field) => /^list-unsubscribe-post$/i.test(field.name));
  expect(post.map((field) => field.value)).toEqual(['List-Unsubscribe=One-Click']);
  expect(list).toHaveLength(1);
  const match =
    /^<https:\/\/mail\.agency\.test\/unsubscribe\?token=([\w-]+)>, <mailto:bounces@agency\.test\?subject=unsubscribe%20\1>$/.exec(
      list[0]!.value.replace(/,\s+</, ', <'),
    );
  expect(match, list[0]!.value).not.toBeNull();
  expect(list[0]!.lines.length).toBeGreaterThan(1);
  expect(list[0]!.lines.slice(1).every((line) => line.startsWith(' <'))).toBe(true);
  for (const field of fields)
    for (const line of field.lines) expect(line.length).toBeLessThanOrEqual(998);
  expect((await verifyUnsubscribeToken(match![1], keys)).isOk()).toBe(true);
  expect(fields.find((field) => field.name === 'Subject')!.value).toMatch(/^=\?UTF-8\?B\?/);
  expect(fields.some((field) => field.name === 'Message-ID')).toBe(true);
});
