import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSnsSigner, type SnsSigner } from '../ses/sns-signer';
import {
  type SesWebhookConformanceOptions,
  sesWebhookConformanceCases,
} from './ses-webhook-conformance';

let signer: SnsSigner;
beforeAll(async () => {
  signer = await createSnsSigner();
});
afterAll(() => signer.close());

// The suite must be able to fail: an endpoint that believes every message, and one that
// ingests nothing, each fail the cases that guard against them.
describe('the SES webhook conformance cases', () => {
  /** The names of the cases an endpoint mounted by `mount` fails. */
  async function failures(mount: SesWebhookConformanceOptions['mount']): Promise<string[]> {
    const failed: string[] = [];
    for (const conformanceCase of sesWebhookConformanceCases()) {
      await conformanceCase
        .run(signer, { name: 'broken', tenant: 'acme', mount })
        .catch(() => failed.push(conformanceCase.name));
    }
    return failed;
  }

  it('should fail an endpoint that ingests without checking the signature', async () => {
    const failed = await failures(({ gate }) => ({
      async post(body) {
        const envelope = JSON.parse(body) as { Message?: string };
        const record = JSON.parse(envelope.Message ?? '{}') as {
          bounce?: { bouncedRecipients: { emailAddress: string }[] };
        };
        for (const { emailAddress } of record.bounce?.bouncedRecipients ?? []) {
          await gate.ingest({
            type: 'bounce',
            address: emailAddress,
            tenant: 'acme',
            permanent: true,
            reason: 'recipient_unknown',
          });
        }
        return new Response('ok');
      },
    }));
    expect(failed).toEqual([
      'should suppress an address that complained',
      'should refuse a forged notification and change nothing',
      'should answer a replay 200 and not ingest it again',
      'should answer an unsigned message 403 without saying why',
    ]);
  });

  it('should fail an endpoint that acknowledges and ingests nothing', async () => {
    const failed = await failures(() => ({ post: async () => new Response('ok') }));
    expect(failed).toEqual([
      'should suppress an address SES reports bounced',
      'should suppress an address that complained',
      'should refuse a forged notification and change nothing',
      'should answer a replay 200 and not ingest it again',
      'should answer an unsigned message 403 without saying why',
    ]);
  });
});
