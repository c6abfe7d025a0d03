import { createMailgate, type SendRequestInput, verifyUnsubscribeToken } from '@mailgate/core';
import { createSesTestServer, type SesTestServer } from '@mailgate/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sesTransport } from './ses-transport';

const keys = ['a-key-for-the-unsubscribe-links-01'];
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret-access-key' };
let server: SesTestServer;
beforeAll(async () => {
  server = await createSesTestServer({ accessKeyId: credentials.accessKeyId });
});
afterAll(() => server.close());

const request = (category: string): SendRequestInput => ({
  recipient: { id: 'r-1', addresses: [{ address: 'ann@example.test', state: 'confirmed' }] },
  message: { from: 'news@agency.test', subject: 'News', text: 'Hello' },
  context: { mode: 'bulk', category, subscriptionType: 'newsletter', tenant: 'acme' },
});

it('should hand SES both unsubscribe headers once, unfolded, in the SendEmail request the emulator received', async () => {
  const gate = createMailgate({
    transport: sesTransport({ region: 'us-east-1', endpoint: server.url, credentials }),
    unsubscribe: { url: 'https://mail.agency.test/unsubscribe', keys },
  });
  expect((await gate.send(request('marketing'))).isOk()).toBe(true);
  expect((await gate.send(request('transactional'))).isOk()).toBe(true);
  await gate.close();
  const [marketing, transactional] = server.sent;
  const named = (name: string) =>
    marketing!.headers.filter((header) => header.name.toLowerCase() === name);
  expect(named('list-unsubscribe-post')).toEqual([
    { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
  ]);
  const list = named('list-unsubscribe');
  expect(list).toHaveLength(1);
  // SES builds the MIME and folds it; the API value carries no line break of ours.
  const match = /^<https:\/\/mail\.agency\.test\/unsubscribe\?token=([\w-]+)>$/.exec(
    list[0]!.value,
  );
  expect(match, list[0]!.value).not.toBeNull();
  expect((await verifyUnsubscribeToken(match![1], keys)).isOk()).toBe(true);
  expect(transactional!.headers.some((header) => /^list-/i.test(header.name))).toBe(false);
});
