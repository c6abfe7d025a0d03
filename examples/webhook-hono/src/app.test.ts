import { createMailgate, memoryStores, recordingTransport } from '@mailgate/core';
import { createSnsSigner, type SnsSigner, sesBounceRecord } from '@mailgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';

let signer: SnsSigner;
beforeAll(async () => {
  signer = await createSnsSigner();
});
afterAll(() => signer.close());

function setup() {
  const gate = createMailgate({ transport: recordingTransport(), stores: memoryStores() });
  const ingested: string[] = [];
  const app = createApp({
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
  const post = (body: object) =>
    app.request('/ses-events', { method: 'POST', body: JSON.stringify(body) });
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

describe('the Hono webhook example', () => {
  it('should suppress a bounced address in the gate', async () => {
    const { gate, post } = setup();
    expect((await gate.check(mailTo('ann@example.test'))).isOk()).toBe(true);
    const response = await post(signer.notification(sesBounceRecord('ann@example.test')));
    expect(response.status).toBe(200);
    expect((await gate.check(mailTo('ann@example.test')))._unsafeUnwrapErr().reason).toBe(
      'previously_bounced',
    );
  });

  it('should refuse a forged notification and not ingest a replayed one', async () => {
    const { gate, post, ingested } = setup();
    const genuine = signer.notification(sesBounceRecord('ann@example.test'));
    const forged = { ...genuine, Message: JSON.stringify(sesBounceRecord('eve@example.test')) };
    expect((await post(forged)).status).toBe(403);
    expect((await gate.check(mailTo('eve@example.test'))).isOk()).toBe(true);
    expect((await post(genuine)).status).toBe(200);
    // SNS redelivers until it gets a 2xx: the replay is answered 200 and not ingested again.
    expect((await post(genuine)).status).toBe(200);
    const replayedId = { ...genuine, MessageId: crypto.randomUUID() };
    expect((await post(replayedId)).status).toBe(403);
    expect(ingested).toEqual(['ann@example.test']);
  });
});
