import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMailgate, memoryStores, recordingTransport, type Stores } from '@mailgate/core';
import {
  createSnsSigner,
  type SnsSigner,
  sesBounceRecord,
  sesComplaintRecord,
} from '@mailgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SesWebhookOptions, type SesWebhookResult, sesWebhook } from './ses-webhook';
import { toNodeHandler } from './to-node-handler';

let signer: SnsSigner;
beforeAll(async () => {
  signer = await createSnsSigner();
});
afterAll(() => signer.close());

function setup(overrides: Partial<SesWebhookOptions> = {}) {
  const stores = memoryStores();
  const gate = createMailgate({ transport: recordingTransport(), stores });
  const results: SesWebhookResult[] = [];
  const handler = sesWebhook({
    gate,
    topics: [signer.topicArn],
    tenant: 'acme',
    verify: { fetchCertificate: signer.fetchCertificate, trustedIssuers: [signer.caCertificate] },
    onResult: (result) => results.push(result),
    ...overrides,
  } as SesWebhookOptions);
  return { handler, stores, results };
}

const post = (body: unknown, init: RequestInit = {}) =>
  new Request('https://app.test/ses-events', {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=UTF-8' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });

const suppressed = async (stores: Stores) =>
  (await stores.suppressions.list()).items.map((entry) => [entry.key, entry.reason]);

describe('sesWebhook', () => {
  it('should ingest a signed bounce and a signed complaint, suppressing both addresses', async () => {
    const { handler, stores } = setup();
    const bounce = await handler(post(signer.notification(sesBounceRecord('ann@example.test'))));
    const complaint = await handler(
      post(signer.notification(sesComplaintRecord('bob@example.test'))),
    );
    expect([bounce.status, complaint.status]).toEqual([200, 200]);
    expect(await suppressed(stores)).toEqual(
      expect.arrayContaining([
        ['ann@example.test', 'previously_bounced'],
        ['bob@example.test', 'previously_complained'],
      ]),
    );
  });

  it('should refuse a forged notification with a bare 403 and ingest nothing', async () => {
    const { handler, stores, results } = setup();
    const genuine = signer.notification(sesBounceRecord('ann@example.test'));
    const forged = { ...genuine, Message: JSON.stringify(sesBounceRecord('eve@example.test')) };
    const response = await handler(post(forged));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Forbidden');
    expect(await suppressed(stores)).toEqual([]);
    expect(results).toMatchObject([{ outcome: 'refused', error: { type: 'invalid_signature' } }]);
  });

  it('should answer a redelivered notification 200 without ingesting it again', async () => {
    let ingests = 0;
    const stores = memoryStores();
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const { handler, results } = setup({
      gate: {
        ingest: (event) => {
          ingests += 1;
          return gate.ingest(event);
        },
      },
    });
    const body = signer.notification(sesBounceRecord('ann@example.test'));
    expect((await handler(post(body))).status).toBe(200);
    expect((await handler(post(body))).status).toBe(200);
    expect(ingests).toBe(1);
    expect(results.map((result) => result.outcome)).toEqual(['ingested', 'duplicate']);
  });

  it('should refuse topics off the list, other methods, malformed and oversized bodies', async () => {
    const { handler } = setup();
    const other = signer.notification(sesBounceRecord('ann@example.test'), {
      topicArn: 'arn:aws:sns:us-east-1:999999999999:someone-else',
    });
    expect((await handler(post(other))).status).toBe(403);
    const get = await handler(new Request('https://app.test/ses-events'));
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect((await handler(post('{not json'))).status).toBe(400);
    expect((await handler(post({ Type: 'Notification', TopicArn: signer.topicArn }))).status).toBe(
      400,
    );
    expect((await handler(post('x'.repeat(300 * 1024)))).status).toBe(413);
  });

  it('should stop reading a streamed body once it is larger than maxBytes', async () => {
    const { handler } = setup({ maxBytes: 1024 });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(512));
      },
    });
    const request = new Request('https://app.test/ses-events', {
      method: 'POST',
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(request)).status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it('should answer 503 when the store is unavailable, and take the redelivery afterwards', async () => {
    const stores = memoryStores();
    let down = true;
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: {
        ...stores,
        suppressions: {
          ...stores.suppressions,
          add: (entries, by) =>
            down
              ? Promise.reject(new Error('connection refused'))
              : stores.suppressions.add(entries, by),
        },
      },
    });
    const { handler } = setup({ gate });
    const body = signer.notification(sesBounceRecord('ann@example.test'));
    expect((await handler(post(body))).status).toBe(503);
    down = false;
    expect((await handler(post(body))).status).toBe(200);
    expect(await suppressed(stores)).toEqual([['ann@example.test', 'previously_bounced']]);
  });

  it('should confirm a subscription only when confirmSubscriptions is on', async () => {
    const visited: string[] = [];
    const fetch = async (url: string) => {
      visited.push(url);
      return new Response('<ok/>');
    };
    const off = setup({ fetch });
    expect((await off.handler(post(signer.subscriptionConfirmation()))).status).toBe(200);
    expect(off.results).toMatchObject([{ outcome: 'unconfirmed' }]);
    const on = setup({ fetch, confirmSubscriptions: true });
    const confirmation = signer.subscriptionConfirmation();
    expect((await on.handler(post(confirmation))).status).toBe(200);
    expect(visited).toEqual([confirmation.SubscribeURL]);
    const foreign = signer.subscriptionConfirmation({
      topicArn: 'arn:aws:sns:us-east-1:999999999999:someone-else',
    });
    expect((await on.handler(post(foreign))).status).toBe(403);
    expect(visited).toHaveLength(1);
  });

  it('should take tenantOf per event, and leave out events it gives no tenant', async () => {
    const { handler, stores, results } = setup({
      tenant: undefined,
      tenantOf: (event) => (event.address.endsWith('@example.test') ? 'acme' : undefined),
    });
    await handler(post(signer.notification(sesBounceRecord('ann@example.test'))));
    await handler(post(signer.notification(sesBounceRecord('ann@elsewhere.test'))));
    expect(await suppressed(stores)).toEqual([['ann@example.test', 'previously_bounced']]);
    expect(results[1]).toMatchObject({
      outcome: 'ingested',
      ingested: 0,
      skipped: [{ address: 'ann@elsewhere.test', why: 'no_tenant' }],
    });
  });

  it('should answer 500 to everything when it is not configured, without throwing', async () => {
    const { handler, results } = setup({ topics: [] });
    expect(
      (await handler(post(signer.notification(sesBounceRecord('a@example.test'))))).status,
    ).toBe(500);
    expect(results).toMatchObject([{ outcome: 'misconfigured' }]);
  });
});

describe('toNodeHandler', () => {
  let server: Server;
  let url: string;
  let stores: Stores;
  beforeAll(async () => {
    const made = setup();
    stores = made.stores;
    server = createServer(toNodeHandler(made.handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ses-events`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("should serve the handler on Node's http server", async () => {
    const body = JSON.stringify(signer.notification(sesBounceRecord('ann@example.test')));
    const response = await fetch(url, { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(await suppressed(stores)).toEqual([['ann@example.test', 'previously_bounced']]);
    const forged = await fetch(url, { method: 'POST', body: body.replace('ann@', 'eve@') });
    expect(forged.status).toBe(403);
    expect((await fetch(url, { method: 'POST', body: 'x'.repeat(400 * 1024) })).status).toBe(413);
  });
});
