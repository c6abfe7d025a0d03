import { createMailgate, type DeliveryEvent, memoryStores } from '@mailgate/core';
import { createSnsSigner, type SnsSigner } from '@mailgate/testkit';
import { Err, Ok } from 'neverthrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSesNotification } from './parse-ses-notification';
import { type SnsVerifyOptions, snsReplayCache } from './sns-types';

let signer: SnsSigner;
let verify: SnsVerifyOptions;
beforeAll(async () => {
  signer = await createSnsSigner();
  verify = {
    topicArns: [signer.topicArn],
    fetchCertificate: signer.fetchCertificate,
    trustedIssuers: [signer.caCertificate],
  };
});
afterAll(() => signer.close());

const mail = {
  timestamp: '2026-01-01T00:00:00.000Z',
  messageId: '0100-ses-message-id',
  source: 'news@sender.test',
  destination: ['"Ann" <ann@example.test>', 'bob@example.test'],
  headersTruncated: false,
  tags: { 'ses:configuration-set': ['cs1'] },
};
const bounce = (bounceType: string, bounceSubType: string, diagnosticCode?: string) => ({
  eventType: 'Bounce',
  mail,
  bounce: {
    bounceType,
    bounceSubType,
    bouncedRecipients: [
      {
        emailAddress: 'ann@example.test',
        status: '5.0.0',
        ...(diagnosticCode ? { diagnosticCode } : {}),
      },
    ],
    timestamp: '2026-01-01T00:00:01.000Z',
    feedbackId: 'f1',
  },
});

async function events(record: object) {
  const result = await parseSesNotification(JSON.stringify(signer.notification(record)), {
    verify,
  });
  if (result.isErr()) throw new Error(`${result.error.type}: ${result.error.message}`);
  if (result.value.kind !== 'event') throw new Error(result.value.kind);
  return result.value.events;
}

describe('parseSesNotification: SES event types', () => {
  const bounces: Array<[string, string, string | undefined, string, boolean]> = [
    ['Permanent', 'General', undefined, 'recipient_unknown', true],
    ['Permanent', 'General', 'smtp; 550 5.7.1 Message rejected as spam', 'rejected_as_spam', true],
    ['Permanent', 'NoEmail', 'smtp; 550 5.1.1 user unknown', 'recipient_unknown', true],
    ['Permanent', 'Suppressed', undefined, 'suppressed_by_provider', true],
    ['Permanent', 'OnAccountSuppressionList', undefined, 'suppressed_by_provider', true],
    ['Transient', 'General', undefined, 'delivery_failed', false],
    ['Transient', 'MailboxFull', undefined, 'mailbox_full', false],
    ['Transient', 'MessageTooLarge', undefined, 'message_too_large', false],
    ['Transient', 'ContentRejected', undefined, 'content_rejected', false],
    ['Transient', 'AttachmentRejected', undefined, 'content_rejected', false],
    ['Undetermined', 'Undetermined', undefined, 'delivery_failed', false],
  ];
  for (const [type, subType, diagnostic, reason, permanent] of bounces) {
    it(`should map a ${type}/${subType} bounce${diagnostic ? ' with a diagnostic' : ''} to ${reason}`, async () => {
      const [event, ...rest] = await events(bounce(type, subType, diagnostic));
      expect(rest).toHaveLength(0);
      expect(event).toMatchObject({
        type: 'bounce',
        address: 'ann@example.test',
        reason,
        permanent,
        source: 'ses',
      });
      expect(event?.ses).toMatchObject({
        sesEventType: 'Bounce',
        messageId: mail.messageId,
        sesType: `${type}/${subType}`,
      });
    });
  }

  for (const feedbackType of ['abuse', 'auth-failure', 'fraud', 'not-spam', 'other', 'virus']) {
    it(`should map a complaint with feedback type ${feedbackType}`, async () => {
      const [event] = await events({
        eventType: 'Complaint',
        mail,
        complaint: {
          complainedRecipients: [{ emailAddress: 'bob@example.test' }],
          timestamp: mail.timestamp,
          feedbackId: 'f',
          complaintFeedbackType: feedbackType,
        },
      });
      expect(event).toMatchObject({ type: 'complaint', address: 'bob@example.test', feedbackType });
    });
  }

  it('should map an identity notification (notificationType) and a complaint without feedback type', async () => {
    const [event] = await events({
      notificationType: 'Complaint',
      mail,
      complaint: {
        complainedRecipients: [{ emailAddress: 'bob@example.test' }],
        complaintSubType: 'OnAccountSuppressionList',
      },
    });
    expect(event).toMatchObject({
      type: 'complaint',
      address: 'bob@example.test',
      ses: { sesType: 'OnAccountSuppressionList' },
    });
    expect(event && 'feedbackType' in event).toBe(false);
  });

  it('should map a delivery to one delivered event per recipient', async () => {
    const result = await events({
      eventType: 'Delivery',
      mail,
      delivery: {
        timestamp: mail.timestamp,
        recipients: ['ann@example.test', 'bob@example.test'],
        smtpResponse: '250 ok',
      },
    });
    expect(result.map((event) => [event.type, event.address])).toEqual([
      ['delivered', 'ann@example.test'],
      ['delivered', 'bob@example.test'],
    ]);
  });

  const delays: Array<[string, string]> = [
    ['InternalFailure', 'delivery_failed'],
    // General and Undetermined take the reason of the diagnostic (4.4.1, no answer).
    ['General', 'delivery_expired'],
    ['MailboxFull', 'mailbox_full'],
    ['SpamDetected', 'rejected_as_spam'],
    ['RecipientServerError', 'receiver_system_error'],
    ['IPFailure', 'sender_blocked'],
    ['TransientCommunicationFailure', 'network_error'],
    ['BYOIPHostNameLookupUnavailable', 'sender_ptr_missing'],
    ['Undetermined', 'delivery_expired'],
    ['SendingDeferral', 'provider_rate_limited'],
  ];
  for (const [delayType, reason] of delays) {
    it(`should map a ${delayType} delay to delayed with ${reason}`, async () => {
      const [event] = await events({
        eventType: 'DeliveryDelay',
        mail,
        deliveryDelay: {
          delayType,
          delayedRecipients: [
            {
              emailAddress: 'ann@example.test',
              status: '4.4.1',
              diagnosticCode: 'smtp; 421 4.4.1 Unable to connect to remote host',
            },
          ],
          expirationTime: mail.timestamp,
          timestamp: mail.timestamp,
        },
      });
      expect(event).toMatchObject({
        type: 'delayed',
        address: 'ann@example.test',
        ses: { sesType: delayType, delayReason: reason },
      });
    });
  }

  it('should map Send to no events, Reject to virus_detected, Rendering Failure to message_invalid', async () => {
    expect(await events({ eventType: 'Send', mail, send: {} })).toEqual([]);
    const rejected = await events({ eventType: 'Reject', mail, reject: { reason: 'Bad content' } });
    expect(
      rejected.map((event) => [event.type, event.address, 'reason' in event && event.reason]),
    ).toEqual([
      ['bounce', 'ann@example.test', 'virus_detected'],
      ['bounce', 'bob@example.test', 'virus_detected'],
    ]);
    const failed = await events({
      eventType: 'Rendering Failure',
      mail,
      failure: { templateName: 't1', errorMessage: 'Attribute x missing' },
    });
    expect(failed[0]).toMatchObject({
      type: 'bounce',
      reason: 'message_invalid',
      permanent: true,
      ses: { diagnostic: 'Attribute x missing' },
    });
  });

  it('should map Subscription opt-outs to unsubscribes, and unsubscribeAll to one from everything', async () => {
    const preferences = (unsubscribeAll: boolean, optOut: string[]) => ({
      unsubscribeAll,
      topicSubscriptionStatus: [
        ...optOut.map((topicName) => ({ topicName, subscriptionStatus: 'OptOut' })),
        { topicName: 'news', subscriptionStatus: 'OptIn' },
      ],
    });
    const some = await events({
      eventType: 'Subscription',
      mail: { ...mail, destination: ['ann@example.test'] },
      subscription: {
        contactList: 'main',
        timestamp: mail.timestamp,
        newTopicPreferences: preferences(false, ['offers', 'old']),
        oldTopicPreferences: preferences(false, ['old']),
      },
    });
    expect(some).toMatchObject([
      { type: 'unsubscribe', address: 'ann@example.test', subscriptionType: 'offers' },
    ]);
    const all = await events({
      eventType: 'Subscription',
      mail: { ...mail, destination: ['ann@example.test'] },
      subscription: {
        newTopicPreferences: preferences(true, []),
        oldTopicPreferences: preferences(false, []),
      },
    });
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ type: 'unsubscribe' });
    expect(all[0] && 'subscriptionType' in all[0]).toBe(false);
  });

  it('should map Open and Click per recipient', async () => {
    const opened = await events({
      eventType: 'Open',
      mail,
      open: { timestamp: mail.timestamp, ipAddress: '192.0.2.1' },
    });
    expect(opened.map((event) => event.type)).toEqual(['opened', 'opened']);
    const clicked = await events({
      eventType: 'Click',
      mail,
      click: { timestamp: mail.timestamp, link: 'https://x.test/a' },
    });
    expect(clicked[0]).toMatchObject({ type: 'clicked', ses: { link: 'https://x.test/a' } });
  });

  it('should read EventBridge events when accepted, and ignore setup messages', async () => {
    const body = {
      version: '0',
      id: 'eb-1',
      'detail-type': 'Email Bounced',
      source: 'aws.ses',
      account: '1',
      time: mail.timestamp,
      region: 'us-east-1',
      resources: [],
      detail: bounce('Permanent', 'NoEmail'),
    };
    const result = await parseSesNotification(body, { verify: false });
    expect(result._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      channel: 'eventbridge',
      notificationId: 'eb-1',
      events: [{ reason: 'recipient_unknown' }],
    });
    const refused = await parseSesNotification(body, { verify });
    expect(refused._unsafeUnwrapErr()).toMatchObject({ type: 'unsigned_not_accepted' });
    const status = await parseSesNotification(
      { ...body, 'detail-type': 'Sending Status Disabled' },
      { verify: false },
    );
    expect(status._unsafeUnwrap()).toMatchObject({ kind: 'ignored' });
    const setup = await parseSesNotification(
      JSON.stringify(
        signer.notification({ notificationType: 'AmazonSnsSubscriptionSucceeded', message: 'ok' }),
      ),
      { verify },
    );
    expect(setup._unsafeUnwrap()).toMatchObject({ kind: 'ignored' });
  });

  it('should produce events the gate ingests', async () => {
    const stores = memoryStores();
    const gate = createMailgate({
      transport: {
        specificationVersion: 'v1',
        name: 'none',
        send: async () => ({ status: 'accepted' }),
      },
      stores,
    });
    const [event] = await events(bounce('Permanent', 'NoEmail'));
    const typed: DeliveryEvent = { ...event!, tenant: 'acme' };
    const ingested = await gate.ingest(typed);
    expect(ingested.isOk() && ingested.value.suppressed).toBe('previously_bounced');
  });
});

describe('parseSesNotification: one result style', () => {
  it('should answer a neverthrow Result, as the gate does', async () => {
    const accepted = await parseSesNotification(bounce('Permanent', 'NoEmail'), { verify: false });
    const refused = await parseSesNotification('{"Type":', { verify });
    expect(accepted).toBeInstanceOf(Ok);
    expect(refused).toBeInstanceOf(Err);
    const kinds = [accepted, refused].map((result) =>
      result.match(
        (notification) => notification.kind,
        (error) => error.type,
      ),
    );
    expect(kinds).toEqual(['event', 'malformed_json']);
  });
});

describe('parseSesNotification: SNS envelopes and signatures', () => {
  it('should verify signature versions 1 and 2, and cache the certificate', async () => {
    const before = signer.fetched.length;
    for (const signatureVersion of ['1', '2'] as const) {
      const body = signer.notification(bounce('Permanent', 'NoEmail'), {
        signatureVersion,
        subject: 'Amazon SES Email Event Notification',
      });
      const allowed = { ...verify, allowSignatureVersion1: true };
      expect((await parseSesNotification(JSON.stringify(body), { verify: allowed })).isOk()).toBe(
        true,
      );
    }
    expect(signer.fetched.length - before).toBeLessThanOrEqual(1);
  });

  it('should return subscription and unsubscribe confirmations', async () => {
    const result = await parseSesNotification(JSON.stringify(signer.subscriptionConfirmation()), {
      verify,
    });
    expect(result._unsafeUnwrap()).toMatchObject({
      kind: 'subscription_confirmation',
      topicArn: signer.topicArn,
    });
    expect(
      result.isOk() &&
        result.value.kind === 'subscription_confirmation' &&
        result.value.subscribeUrl,
    ).toMatch(/^https:\/\/sns\.us-east-1\.amazonaws\.com\//);
    const unsubscribed = await parseSesNotification(
      JSON.stringify(signer.unsubscribeConfirmation()),
      { verify },
    );
    expect(unsubscribed._unsafeUnwrap()).toMatchObject({ kind: 'unsubscribe_confirmation' });
  });

  const record = bounce('Permanent', 'NoEmail');
  const refusals: Array<[string, () => unknown, string, Partial<SnsVerifyOptions>?]> = [
    [
      'a tampered message',
      () => ({
        ...signer.notification(record),
        Message: JSON.stringify(bounce('Permanent', 'General')),
      }),
      'invalid_signature',
    ],
    [
      'a tampered subject',
      () => ({ ...signer.notification(record, { subject: 'a' }), Subject: 'b' }),
      'invalid_signature',
    ],
    [
      'a forged signature',
      () => ({
        ...signer.notification(record),
        Signature: Buffer.from('forged').toString('base64'),
      }),
      'invalid_signature',
    ],
    [
      'a wrong topic',
      () => signer.notification(record, { topicArn: 'arn:aws:sns:us-east-1:999:other' }),
      'unexpected_topic',
    ],
    [
      'a certificate URL off the SNS host',
      () =>
        signer.sign({
          ...signer.notification(record),
          SigningCertURL: 'https://evil.test/cert.pem',
        }),
      'untrusted_certificate_url',
    ],
    [
      'a certificate URL over http',
      () => ({
        ...signer.notification(record),
        SigningCertURL: signer.certificateUrl.replace('https:', 'http:'),
      }),
      'untrusted_certificate_url',
    ],
    [
      'a look-alike SNS host',
      () => ({
        ...signer.notification(record),
        SigningCertURL: 'https://sns.us-east-1.amazonaws.com.evil.test/x.pem',
      }),
      'untrusted_certificate_url',
    ],
    [
      'an unknown signature version',
      () => ({ ...signer.notification(record), SignatureVersion: '3' }),
      'unsupported_signature_version',
    ],
    [
      'a replayed old message',
      () => signer.notification(record, { timestamp: new Date(Date.now() - 2 * 60 * 60 * 1000) }),
      'stale',
    ],
    [
      'a certificate from an untrusted issuer',
      () => signer.notification(record),
      'invalid_certificate',
      { trustedIssuers: ['not a pem'] },
    ],
    [
      'an unreachable certificate',
      () => ({
        ...signer.notification(record),
        SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/missing.pem',
      }),
      'certificate_unavailable',
    ],
    [
      'a missing field',
      () => {
        const { Signature: _, ...rest } = signer.notification(record);
        return rest;
      },
      'invalid_envelope',
    ],
    [
      'a wrongly typed field',
      () => ({ ...signer.notification(record), MessageId: 42 }),
      'invalid_envelope',
    ],
    [
      'an unknown SNS type',
      () => signer.sign({ ...signer.notification(record), Type: 'Other' }),
      'invalid_envelope',
    ],
    ['a Message that is not JSON', () => signer.notification('not json'), 'malformed_json'],
    [
      'an unknown event type',
      () => signer.notification({ eventType: 'Teleport', mail }),
      'unknown_event_type',
    ],
    [
      'an event with wrong types',
      () =>
        signer.notification({
          eventType: 'Bounce',
          mail,
          bounce: { bounceType: 'Permanent', bouncedRecipients: 'ann' },
        }),
      'invalid_event',
    ],
    [
      'an event without mail',
      () => signer.notification({ eventType: 'Delivery', delivery: {} }),
      'invalid_event',
    ],
    [
      'a bounce recipient that is not an address',
      () =>
        signer.notification({
          ...record,
          bounce: { ...record.bounce, bouncedRecipients: [{ emailAddress: 42 }] },
        }),
      'invalid_event',
    ],
  ];
  for (const [name, make, type, extra] of refusals) {
    it(`should refuse ${name} as ${type} and ingest nothing`, async () => {
      const replayCache = snsReplayCache();
      const result = await parseSesNotification(JSON.stringify(make()), {
        verify: { ...verify, replayCache, ...extra },
      });
      expect(result._unsafeUnwrapErr()).toMatchObject({ type });
      // Nothing was remembered: the same id, properly signed, is still accepted.
      const fresh = signer.notification(record, {
        messageId: '6f1c2a44-9d0e-4b7a-8c3f-2e5d7a9b1c00',
      });
      expect(
        (
          await parseSesNotification(JSON.stringify(fresh), { verify: { ...verify, replayCache } })
        ).isOk(),
      ).toBe(true);
    });
  }

  it('should refuse a duplicate MessageId within the window', async () => {
    const replayCache = snsReplayCache({ windowMs: 60_000 });
    const body = JSON.stringify(signer.notification(record));
    const first = await parseSesNotification(body, { verify: { ...verify, replayCache } });
    expect(first.isOk()).toBe(true);
    const again = await parseSesNotification(body, { verify: { ...verify, replayCache } });
    expect(again._unsafeUnwrapErr()).toMatchObject({ type: 'duplicate' });
  });

  it('should refuse malformed JSON, non-objects and huge bodies', async () => {
    expect((await parseSesNotification('{"Type":', { verify }))._unsafeUnwrapErr()).toMatchObject({
      type: 'malformed_json',
    });
    expect((await parseSesNotification('[1,2]', { verify }))._unsafeUnwrapErr()).toMatchObject({
      type: 'invalid_envelope',
    });
    expect(
      (await parseSesNotification('x'.repeat(2 * 1024 * 1024), { verify }))._unsafeUnwrapErr(),
    ).toMatchObject({ type: 'too_large' });
    expect(
      (await parseSesNotification(new TextEncoder().encode('null'), { verify }))._unsafeUnwrapErr(),
    ).toMatchObject({ type: 'invalid_envelope' });
  });
});
