import { createSnsSigner, type SnsSigner } from '@mailgate/testkit';
import type { Result } from 'neverthrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSesNotification } from './parse-ses-notification';
import { type SnsVerifyOptions, snsReplayCache } from './sns-types';
import { isSnsUrl } from './verify-sns-message';

let signer: SnsSigner;
let amazonSigner: SnsSigner;
let verify: SnsVerifyOptions;
beforeAll(async () => {
  signer = await createSnsSigner();
  amazonSigner = await createSnsSigner({ region: 'eu-west-1', issuerOrganization: 'Amazon' });
  verify = {
    topicArns: [signer.topicArn, amazonSigner.topicArn],
    fetchCertificate: signer.fetchCertificate,
    trustedIssuers: [signer.caCertificate],
  };
});
afterAll(async () => {
  await signer.close();
  await amazonSigner.close();
});

const record = {
  eventType: 'Delivery',
  mail: {
    timestamp: '2026-01-01T00:00:00.000Z',
    messageId: '0100-ses-message-id',
    source: 'news@sender.test',
    destination: ['ann@example.test'],
  },
  delivery: { timestamp: '2026-01-01T00:00:01.000Z', recipients: ['ann@example.test'] },
};

/** The Result as plain data, so that one `toMatchObject` checks its side and its error. */
const plain = <T, E>(result: Result<T, E>) =>
  result.isOk() ? { ok: true, value: result.value } : { ok: false, error: result.error };

const parse = async (body: object, options: Partial<SnsVerifyOptions> = {}) =>
  plain(await parseSesNotification(JSON.stringify(body), { verify: { ...verify, ...options } }));

describe('verifySnsMessage: the signing certificate', () => {
  it('should take certificate URLs only from SNS hosts with a real region', () => {
    const accepted = [
      'sns.us-east-1.amazonaws.com',
      'sns.eu-central-1.amazonaws.com',
      'sns.ap-southeast-7.amazonaws.com',
      'sns.us-gov-west-1.amazonaws.com',
      'sns.cn-north-1.amazonaws.com.cn',
      'sns.cn-northwest-1.amazonaws.com.cn',
    ];
    const refused = [
      // S3 virtual-hosted names of a bucket called "sns", served with a valid AWS certificate.
      'sns.s3.amazonaws.com',
      'sns.s3.us-east-1.amazonaws.com',
      'sns.s3-us-west-2.amazonaws.com',
      'sns.s3-website-us-east-1.amazonaws.com',
      'sns.s3-accelerate.amazonaws.com',
      'sns.s3-external-1.amazonaws.com',
      'sns.amazonaws.com',
      'sns.cn-north-1.amazonaws.com',
      'sns.us-east-1.amazonaws.com.cn',
      'sns.us-east-1.amazonaws.com.evil.test',
    ];
    for (const host of accepted)
      expect([host, isSnsUrl(`https://${host}/a.pem`, true)]).toEqual([host, true]);
    for (const host of refused)
      expect([host, isSnsUrl(`https://${host}/a.pem`, true)]).toEqual([host, false]);
  });

  it('should refuse a notification signed with a certificate from an S3 bucket named "sns"', async () => {
    const body = {
      ...signer.notification(record),
      SigningCertURL: 'https://sns.s3.amazonaws.com/SimpleNotificationService-1.pem',
    };
    expect(await parse(body)).toMatchObject({
      ok: false,
      error: { type: 'untrusted_certificate_url' },
    });
  });

  it("should pin the certificate's issuer to Amazon when no trusted issuers are given", async () => {
    const { trustedIssuers: _, ...unpinned } = verify;
    const foreign = plain(
      await parseSesNotification(JSON.stringify(signer.notification(record)), {
        verify: unpinned,
      }),
    );
    expect(foreign).toMatchObject({ ok: false, error: { type: 'invalid_certificate' } });
    const amazon = await parseSesNotification(JSON.stringify(amazonSigner.notification(record)), {
      verify: { ...unpinned, fetchCertificate: amazonSigner.fetchCertificate },
    });
    expect(amazon.isOk()).toBe(true);
  });

  it("should never use a certificate fetched through one caller's fetcher for another caller", async () => {
    const body = signer.notification(record);
    expect((await parse(body)).ok).toBe(true);
    const asked: string[] = [];
    const ownFetcher = async (url: string) => {
      asked.push(url);
      throw new Error('this caller cannot reach the certificate');
    };
    expect(await parse(body, { fetchCertificate: ownFetcher })).toMatchObject({
      ok: false,
      error: { type: 'certificate_unavailable' },
    });
    expect(asked).toEqual([signer.certificateUrl]);
    // The first caller's certificate stays cached for the first caller's fetcher.
    const fetched = signer.fetched.length;
    expect((await parse(signer.notification(record))).ok).toBe(true);
    expect(signer.fetched.length).toBe(fetched);
  });
});

describe('verifySnsMessage: the signed fields', () => {
  it('should refuse a Subject moved into the MessageId, so that a replay is not taken for a new message', async () => {
    const replayCache = snsReplayCache();
    const genuine = signer.notification(record, { subject: 'Amazon SES Email Event Notification' });
    expect((await parse(genuine, { replayCache })).ok).toBe(true);
    // The same signed string: "MessageId\n<id>\nSubject\n<subject>\n" with no Subject field.
    const { Subject, ...withoutSubject } = genuine;
    const replay = { ...withoutSubject, MessageId: `${genuine.MessageId}\nSubject\n${Subject}` };
    expect(await parse(replay, { replayCache })).toMatchObject({
      ok: false,
      error: { type: 'invalid_envelope' },
    });
    expect(await parse(genuine, { replayCache })).toMatchObject({
      ok: false,
      error: { type: 'duplicate' },
    });
  });

  it('should refuse a MessageId that is not a UUID and any signed field but Message with a line break', async () => {
    const notUuid = signer.notification(record, { messageId: 'message-1' });
    expect(await parse(notUuid)).toMatchObject({ ok: false, error: { type: 'invalid_envelope' } });
    const brokenSubject = signer.notification(record, { subject: 'a\nTimestamp' });
    expect(await parse(brokenSubject)).toMatchObject({
      ok: false,
      error: { type: 'invalid_envelope' },
    });
    const multiLineMessage = signer.notification(JSON.stringify(record, null, 2));
    expect((await parse(multiLineMessage)).ok).toBe(true);
  });

  it('should require SignatureVersion 2 unless version 1 is allowed', async () => {
    const sha1 = signer.notification(record, { signatureVersion: '1' });
    expect(await parse(sha1)).toMatchObject({
      ok: false,
      error: { type: 'unsupported_signature_version' },
    });
    expect((await parse(sha1, { allowSignatureVersion1: true })).ok).toBe(true);
    expect((await parse(signer.notification(record, { signatureVersion: '2' }))).ok).toBe(true);
  });
});
