import assert from 'node:assert/strict';
import {
  createMailgate,
  type Mailgate,
  memoryStores,
  recordingTransport,
  type SendRequest,
} from '@mailgate/core';
import { sesBounceRecord, sesComplaintRecord } from '../ses/ses-event-records';
import type { SnsSigner } from '../ses/sns-signer';

/** What a mounted endpoint gets: the gate to ingest into and the signer's topic and certificate. */
export interface SesWebhookMount {
  readonly gate: Mailgate;
  readonly topicArn: string;
  /** Pass as `sesWebhook({ verify })`: the certificate comes from the test signer, not AWS. */
  readonly verify: {
    /** Fetches the signing certificate from the test signer's local server. */
    readonly fetchCertificate: (url: string) => Promise<string>;
    /** The test CA's certificate (PEM). */
    readonly trustedIssuers: readonly string[];
  };
}

/** A mounted endpoint: how to post a body to it as SNS does, and how to take it down. */
export interface MountedSesWebhook {
  /** Posts the body (a JSON text) as SNS does: `POST`, `content-type: text/plain`. */
  post(body: string): Promise<Response>;
  /** Takes the endpoint down after the case (closes its server). */
  close?(): void | Promise<void>;
}

/** Options of `testSesWebhookEndpoint`. */
export interface SesWebhookConformanceOptions {
  /** Names the `describe` block. */
  readonly name: string;
  /** Mounts the host's endpoint (its framework, its route) on the given gate and topic. */
  readonly mount: (options: SesWebhookMount) => MountedSesWebhook | Promise<MountedSesWebhook>;
  /** The tenant the endpoint files events under (`sesWebhook({ tenant })`); any, if global. */
  readonly tenant: string;
}

/** One case of the suite: a name and what it checks against a freshly mounted endpoint. */
export interface SesWebhookConformanceCase {
  readonly name: string;
  /** Mounts a fresh endpoint with `options.mount`, checks it, takes it down; throws on failure. */
  run(signer: SnsSigner, options: SesWebhookConformanceOptions): Promise<void>;
}

/** The endpoint on a fresh gate, and the addresses that reached the gate's `ingest`. */
async function mountFresh(signer: SnsSigner, options: SesWebhookConformanceOptions) {
  const inner = createMailgate({ transport: recordingTransport(), stores: memoryStores() });
  const ingested: string[] = [];
  const gate: Mailgate = {
    ...inner,
    ingest: (event) => {
      for (const one of Array.isArray(event) ? event : [event]) {
        ingested.push(String((one as { address?: unknown }).address));
      }
      return inner.ingest(event);
    },
  };
  const verify = {
    fetchCertificate: signer.fetchCertificate,
    trustedIssuers: [signer.caCertificate],
  };
  const endpoint = await options.mount({ gate, topicArn: signer.topicArn, verify });
  const post = (message: object) => endpoint.post(JSON.stringify(message));
  /** Whether marketing mail to the address is refused, and with which reason. */
  const refusal = async (address: string) => {
    const decision = await inner.check(marketingMail(address, options.tenant));
    return decision.isErr() ? decision.error.reason : undefined;
  };
  return { post, ingested, refusal, close: async () => endpoint.close?.() };
}

function marketingMail(address: string, tenant: string): SendRequest {
  return {
    recipient: { id: 'r-1', type: 'contact', addresses: [{ address, state: 'confirmed' }] },
    message: { from: { address: 'news@sender.test' }, subject: 'News', text: 'Hello' },
    context: { mode: 'bulk', category: 'marketing', tenant },
  };
}

function conformanceCase(
  name: string,
  body: (endpoint: Awaited<ReturnType<typeof mountFresh>>, signer: SnsSigner) => Promise<void>,
): SesWebhookConformanceCase {
  return {
    name,
    async run(signer, options) {
      const endpoint = await mountFresh(signer, options);
      try {
        await body(endpoint, signer);
      } finally {
        await endpoint.close();
      }
    },
  };
}

/** The cases every SES event endpoint must pass, whatever framework serves it. */
export function sesWebhookConformanceCases(): readonly SesWebhookConformanceCase[] {
  return [
    conformanceCase('should suppress an address SES reports bounced', async (e, signer) => {
      assert.equal(await e.refusal('ann@example.test'), undefined);
      const response = await e.post(signer.notification(sesBounceRecord('ann@example.test')));
      assert.equal(response.status, 200);
      assert.equal(await e.refusal('ann@example.test'), 'previously_bounced');
    }),
    conformanceCase('should suppress an address that complained', async (e, signer) => {
      const response = await e.post(signer.notification(sesComplaintRecord('bob@example.test')));
      assert.equal(response.status, 200);
      assert.equal(await e.refusal('bob@example.test'), 'previously_complained');
    }),
    conformanceCase('should refuse a forged notification and change nothing', async (e, signer) => {
      const genuine = signer.notification(sesBounceRecord('ann@example.test'));
      const forged = { ...genuine, Message: JSON.stringify(sesBounceRecord('eve@example.test')) };
      assert.equal((await e.post(forged)).status, 403);
      assert.equal(await e.refusal('eve@example.test'), undefined);
      assert.deepEqual(e.ingested, []);
    }),
    conformanceCase('should answer a replay 200 and not ingest it again', async (e, signer) => {
      const genuine = signer.notification(sesBounceRecord('ann@example.test'));
      assert.equal((await e.post(genuine)).status, 200);
      // SNS redelivers until it gets a 2xx: the replay must be acknowledged, not re-ingested.
      assert.equal((await e.post(genuine)).status, 200);
      // The signature covers the MessageId: a new id under the old signature is a forgery.
      assert.equal((await e.post({ ...genuine, MessageId: crypto.randomUUID() })).status, 403);
      assert.deepEqual(e.ingested, ['ann@example.test']);
    }),
    conformanceCase('should answer an unsigned message 403 without saying why', async (e) => {
      const response = await e.post({ Type: 'Notification', Message: 'not signed' });
      assert.equal(response.status, 403);
      assert.equal(await response.text(), 'Forbidden');
      assert.deepEqual(e.ingested, []);
    }),
  ];
}
