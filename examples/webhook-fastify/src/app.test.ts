import { createMailgate, memoryStores, recordingTransport } from '@mailgate/core';
import { createSnsSigner, type SnsSigner, sesBounceRecord } from '@mailgate/testkit';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';

let signer: SnsSigner;
beforeAll(async () => {
  signer = await createSnsSigner();
});
afterAll(() => signer.close());

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The app on a loopback port, and a gate that counts what it ingests. */
async function setup() {
  const gate = createMailgate({ transport: recordingTransport(), stores: memoryStores() });
  const ingested: string[] = [];
  app = createApp({
    gate: {
      ...gate,
      ingest: (event) => {
        ingested.push((event as { address: string }).address);
        return gate.ingest(event);
      },
    },
    topicArn: signer.topicArn,
    verify: { fetchCertificate: signer.fetchCertificate, trustedIssuers: [signer.caCertificate] },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const post = (body: object) =>
    fetch(`${address}/ses-events`, {
      method: 'POST',
      // What SNS sends: a JSON envelope as text/plain.
      headers: { 'content-type': 'text/plain; charset=UTF-8' },
      body: JSON.stringify(body),
    });
  return { gate, post, ingested };
}

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

describe('the Fastify webhook example', () => {
  it('should suppress a bounced address in the gate', async () => {
    const { gate, post } = await setup();
    expect((await gate.check(mailTo('ann@example.test'))).isOk()).toBe(true);
    const response = await post(signer.notification(sesBounceRecord('ann@example.test')));
    expect(response.status).toBe(200);
    expect((await gate.check(mailTo('ann@example.test')))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
  });

  it('should refuse a forged notification and not ingest a replayed one', async () => {
    const { gate, post, ingested } = await setup();
    const genuine = signer.notification(sesBounceRecord('ann@example.test'));
    const forged = { ...genuine, Message: JSON.stringify(sesBounceRecord('eve@example.test')) };
    expect((await post(forged)).status).toBe(403);
    expect((await gate.check(mailTo('eve@example.test'))).isOk()).toBe(true);
    expect((await post(genuine)).status).toBe(200);
    // SNS redelivers until it gets a 2xx: the replay is answered 200 and not ingested again.
    expect((await post(genuine)).status).toBe(200);
    expect((await post({ ...genuine, MessageId: crypto.randomUUID() })).status).toBe(403);
    expect(ingested).toEqual(['ann@example.test']);
  });

  it('should answer anything but a signed notification without saying why', async () => {
    const { post, ingested } = await setup();
    const response = await post({ Type: 'Notification', Message: 'not signed' });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Forbidden');
    expect(ingested).toEqual([]);
  });
});
