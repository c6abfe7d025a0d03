import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  createMailgate,
  type LedgerEvent,
  memoryStores,
  recordingTransport,
  type SendRequestInput,
  signUnsubscribeToken,
  unsubscribeHandler,
} from '@mailgate/core';
import { serveWebHandler } from '@mailgate/testkit';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';

/*
 * One-click unsubscribe and the preference page through the real handler over HTTP:
 * mounted on node's http server by the tiny adapter (testkit's serveWebHandler), and in a
 * Hono app served by @hono/node-server. Every scenario runs against both.
 */

const UNSUBSCRIBE_KEYS = ['the-current-unsubscribe-key-0001', 'the-previous-unsubscribe-key-002'];

type Mount = (handler: (request: Request) => Promise<Response>) => Promise<{
  url: string;
  close(): Promise<void>;
}>;

const nodeServer: Mount = (handler) => serveWebHandler(handler);
const honoApp: Mount = async (handler) => {
  const app = new Hono();
  // Hono hands over the web-standard Request as it is.
  app.all('/unsubscribe', (c) => handler(c.req.raw));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

function aRequest(context: Partial<SendRequestInput['context']> = {}): SendRequestInput {
  return {
    recipient: {
      id: 'r-1',
      addresses: [{ address: 'ada@example.com', state: 'confirmed' }],
    },
    message: { from: { address: 'jobs@agency.example' }, subject: 'News', text: 'Hello Ada' },
    context: { mode: 'bulk', category: 'marketing', tenant: 'acme', ...context },
  };
}

/** A gate with one-click unsubscribe, its handler, and what its hooks saw. */
function unsubscribeSetup(options: { language?: (tenant: string) => string | undefined } = {}) {
  const stores = memoryStores();
  const transport = recordingTransport();
  const events: LedgerEvent[] = [];
  const gate = createMailgate({
    transport,
    stores,
    unsubscribe: { url: 'https://mail.agency.example/unsubscribe', keys: UNSUBSCRIBE_KEYS },
    hooks: { onDeliveryEvent: (event) => events.push(event) },
  });
  const handler = unsubscribeHandler({
    gate,
    keys: UNSUBSCRIBE_KEYS,
    suppressions: stores.suppressions,
    ...(options.language ? { language: options.language } : {}),
  });
  /** Sends a marketing message of a type and answers the https link of its List-Unsubscribe. */
  const sendNewsletter = async (subscriptionType = 'newsletter') => {
    const sent = await gate.send(aRequest({ subscriptionType }));
    if (sent.isErr()) throw new Error(`not sent: ${sent.error.reason}`);
    const header = transport.sent.at(-1)!.headers?.['List-Unsubscribe'] ?? '';
    return new URL(/<(https:[^>]+)>/.exec(header)![1]!);
  };
  return { gate, stores, events, handler, sendNewsletter };
}

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe.each([
  ['node:http', nodeServer],
  ['Hono', honoApp],
] as const)('unsubscribeHandler over HTTP (%s)', (_name, mount) => {
  /** The setup with its handler served; `local` points a link at it. */
  async function served(options?: Parameters<typeof unsubscribeSetup>[0]) {
    const setup = unsubscribeSetup(options);
    const server = await mount(setup.handler);
    servers.push(server);
    const local = (link: URL) => `${server.url}/unsubscribe${link.search}`;
    const oneClick = (link: URL | string) =>
      fetch(typeof link === 'string' ? link : local(link), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
    const choose = (link: URL, action: string, language = 'en') =>
      fetch(local(link), {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'accept-language': language,
        },
        body: `action=${action}`,
      });
    return { ...setup, local, oneClick, choose };
  }

  const reasonOf = async (result: Promise<{ isErr(): boolean } & object>) => {
    const answer = (await result) as { isErr(): boolean; error?: { reason: string } };
    return answer.isErr() ? answer.error!.reason : 'sent';
  };

  it('should unsubscribe from the type at once on a one-click POST; transactional mail still goes', async () => {
    const { gate, oneClick, sendNewsletter, events } = await served();
    const link = await sendNewsletter('newsletter');
    const response = await oneClick(link);
    expect(response.status).toBe(200);
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'newsletter' })))).toBe(
      'unsubscribed_from_type',
    );
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'vacancies' })))).toBe('sent');
    expect(await reasonOf(gate.send(aRequest({ category: 'transactional' })))).toBe('sent');
    expect(events).toEqual([
      expect.objectContaining({
        type: 'unsubscribe',
        subscriptionType: 'newsletter',
        source: 'one-click',
        tenant: 'acme',
        address: 'ada@example.com',
      }),
    ]);
    // The ledger links it to the message the link was in, and the address status shows it.
    const recorded = (await gate.messages({ tenant: 'acme' }))._unsafeUnwrap().items;
    expect(recorded.some((message) => message.status === 'unsubscribed')).toBe(true);
  });

  it('should change nothing when the same POST comes twice', async () => {
    const { gate, oneClick, sendNewsletter, events, stores } = await served();
    const link = await sendNewsletter();
    expect((await oneClick(link)).status).toBe(200);
    const audit = (await stores.suppressions.audit()).items.length;
    expect((await oneClick(link)).status).toBe(200);
    expect(events).toHaveLength(1);
    expect((await stores.suppressions.list()).items).toHaveLength(1);
    expect((await stores.suppressions.audit()).items.length).toBeLessThanOrEqual(audit + 1);
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'newsletter' })))).toBe(
      'unsubscribed_from_type',
    );
  });

  it('should unsubscribe from everything, and resubscribe with an audit record', async () => {
    const { gate, choose, sendNewsletter, stores } = await served();
    const link = await sendNewsletter();
    const all = await choose(link, 'all');
    expect(all.status).toBe(200);
    expect(await all.text()).toContain('you will no longer get any emails from us');
    // Recorded as bounces and complaints are: address status, and the suppression's audit.
    const status = (
      await gate.addressStatus('ada@example.com', { tenant: 'acme' })
    )._unsafeUnwrap();
    expect(status).toMatchObject({ status: 'problem', problem: { kind: 'unsubscribed' } });
    expect((await stores.suppressions.audit()).items).toContainEqual(
      expect.objectContaining({ action: 'add', reason: 'unsubscribed_from_all' }),
    );
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'vacancies' })))).toBe(
      'unsubscribed_from_all',
    );
    // Unsubscribing from marketing mail does not stop transactional mail (default policies).
    expect(await reasonOf(gate.send(aRequest({ category: 'transactional' })))).toBe('sent');
    const again = await choose(link, 'resubscribe');
    expect(await again.text()).toContain('you are subscribed again');
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'vacancies' })))).toBe('sent');
    const audit = (await stores.suppressions.audit()).items;
    expect(audit.at(-1)).toMatchObject({ action: 'lift', actor: 'recipient' });
  });

  it('should resubscribe to one type and block it again when unsubscribed again', async () => {
    const { gate, choose, oneClick, sendNewsletter } = await served();
    const link = await sendNewsletter();
    await oneClick(link);
    await choose(link, 'resubscribe');
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'newsletter' })))).toBe('sent');
    await oneClick(link);
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'newsletter' })))).toBe(
      'unsubscribed_from_type',
    );
  });

  it('should refuse forged, altered and expired tokens, and change nothing', async () => {
    const { gate, oneClick, local, sendNewsletter, events, stores } = await served();
    const link = await sendNewsletter();
    const token = link.searchParams.get('token')!;
    const forged = (
      await signUnsubscribeToken(
        { tenant: 'acme', address: 'ada@example.com', subscriptionType: 'newsletter' },
        ['a-key-the-host-never-had-000001'],
      )
    )._unsafeUnwrap();
    const expired = (
      await signUnsubscribeToken(
        { tenant: 'acme', address: 'ada@example.com', expiresAt: Date.now() - 1000 },
        UNSUBSCRIBE_KEYS,
      )
    )._unsafeUnwrap();
    const altered = token.slice(0, 20) + (token[20] === 'x' ? 'y' : 'x') + token.slice(21);
    const at = (value: string) => {
      const url = new URL(link);
      url.searchParams.set('token', value);
      return local(url);
    };
    expect((await oneClick(at(forged))).status).toBe(403);
    expect((await oneClick(at(altered))).status).toBe(403);
    expect((await oneClick(at(expired))).status).toBe(410);
    expect((await oneClick(at(''))).status).toBe(403);
    const page = await fetch(at(forged));
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain('<form');
    expect(events).toEqual([]);
    expect((await stores.suppressions.list()).items).toEqual([]);
    expect(await reasonOf(gate.send(aRequest({ subscriptionType: 'newsletter' })))).toBe('sent');
  });

  it('should show the page on GET without changing anything, in the language asked for', async () => {
    const { local, sendNewsletter, events } = await served({
      language: (tenant) => (tenant === 'acme' ? undefined : 'sv'),
    });
    const link = await sendNewsletter();
    const dutch = await fetch(local(link), { headers: { 'accept-language': 'de;q=0.9, nl-BE' } });
    expect(dutch.status).toBe(200);
    expect(dutch.headers.get('content-type')).toContain('text/html');
    const html = await dutch.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Afmelden voor “newsletter”');
    expect(html).toContain('a***@example.com');
    expect(html).not.toContain('ada@example.com');
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(events).toEqual([]);
  });

  it('should answer 405 to other methods and 400 to a body that is no form', async () => {
    const { local, sendNewsletter } = await served();
    const link = await sendNewsletter();
    expect((await fetch(local(link), { method: 'DELETE' })).status).toBe(405);
    const junk = await fetch(local(link), { method: 'POST', body: 'x'.repeat(20_000) });
    expect(junk.status).toBe(400);
  });
});
