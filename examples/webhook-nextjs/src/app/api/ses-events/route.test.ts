import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSnsSigner, type SnsSigner, sesBounceRecord } from '@mailgate/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

let signer: SnsSigner;
let certificates: Server;
let route: typeof import('./route');
let gate: typeof import('../../../lib/gate').gate;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  // A certificate issued by an "Amazon" CA passes the route's default issuer pin.
  signer = await createSnsSigner({ issuerOrganization: 'Amazon' });
  certificates = createServer((_, response) => response.end(signer.certificate));
  await new Promise<void>((resolve) => certificates.listen(0, '127.0.0.1', resolve));
  const local = `http://127.0.0.1:${(certificates.address() as AddressInfo).port}`;
  // The route is used as deployed; only its certificate fetch is sent to loopback.
  vi.stubGlobal('fetch', (url: string | URL | Request, init?: RequestInit) =>
    realFetch(String(url).startsWith('https://sns.') ? local : url, init),
  );
  vi.stubEnv('SES_TOPIC_ARN', signer.topicArn);
  route = await import('./route');
  gate = (await import('../../../lib/gate')).gate;
});
afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  await signer.close();
  await new Promise<void>((resolve) => certificates.close(() => resolve()));
});

const post = (body: object) =>
  route.POST(
    new Request('https://app.test/api/ses-events', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=UTF-8' },
      body: JSON.stringify(body),
    }),
  );

/** A marketing mail from tenant acme to the address: refused once it is suppressed. */
const mailTo = (address: string) => ({
  recipient: {
    id: 'r-1',
    type: 'candidate',
    addresses: [{ address, state: 'confirmed' as const }],
  },
  message: { from: { address: 'jobs@acme.test' }, subject: 'A vacancy', text: 'Hello' },
  context: { mode: 'bulk' as const, category: 'marketing', tenant: 'acme' },
});

describe('the Next.js route handler example', () => {
  it('should declare the edge runtime', () => {
    expect(route.runtime).toBe('edge');
  });

  it('should suppress a bounced address in the gate', async () => {
    expect((await gate.check(mailTo('ann@example.test'))).isOk()).toBe(true);
    const response = await post(signer.notification(sesBounceRecord('ann@example.test')));
    expect(response.status).toBe(200);
    expect((await gate.check(mailTo('ann@example.test')))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
  });

  it('should refuse a forged notification and not ingest a replayed one', async () => {
    const ingest = vi.spyOn(gate, 'ingest');
    const genuine = signer.notification(sesBounceRecord('bob@example.test'));
    const forged = { ...genuine, Message: JSON.stringify(sesBounceRecord('eve@example.test')) };
    expect((await post(forged)).status).toBe(403);
    expect((await gate.check(mailTo('eve@example.test'))).isOk()).toBe(true);
    expect((await post(genuine)).status).toBe(200);
    // SNS redelivers until it gets a 2xx: the replay is answered 200 and not ingested again.
    expect((await post(genuine)).status).toBe(200);
    expect((await post({ ...genuine, MessageId: crypto.randomUUID() })).status).toBe(403);
    expect(ingest.mock.calls.map(([event]) => (event as { address: string }).address)).toEqual([
      'bob@example.test',
    ]);
  });
});
