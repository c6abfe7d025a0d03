import { err, ok, type Result } from 'neverthrow';
import { mapSesEvent, type SesDeliveryEvent, type SesEventType } from './map-ses-event';
import type { SesNotificationError, SnsVerifyOptions } from './sns-types';
import { isSnsUrl, type SnsEnvelope, verifySnsMessage } from './verify-sns-message';

/** Where a body came from. */
export type SesNotificationChannel = 'sns' | 'eventbridge' | 'raw';

/** Options of `parseSesNotification`: how SNS signatures are verified. */
export interface ParseSesNotificationOptions {
  /**
   * Verify SNS signatures against these topics (the normal case for an HTTPS endpoint), or
   * `false` for bodies already authenticated another way (an EventBridge target, an SQS queue
   * only you can write to).
   */
  readonly verify: SnsVerifyOptions | false;
  /**
   * The channels accepted. Default: only `sns` when `verify` is set (so an unsigned body
   * cannot bypass the signature), every channel when it is `false`.
   */
  readonly accept?: readonly SesNotificationChannel[];
  /** The largest body accepted, in bytes. Default 1 MiB (SNS messages are at most 256 KiB). */
  readonly maxBytes?: number;
}

/** A parsed notification. */
export type SesNotification =
  | {
      readonly kind: 'event';
      readonly channel: SesNotificationChannel;
      readonly eventType: SesEventType;
      /** SES's message id, as SendEmail returned it. */
      readonly messageId: string;
      /** The SNS or EventBridge id of the notification itself. */
      readonly notificationId?: string;
      /** One per recipient, ready for `gate.ingest` (none for `Send`). */
      readonly events: readonly SesDeliveryEvent[];
    }
  | {
      /** Visit `subscribeUrl` (an SNS https URL, checked) to confirm the subscription. */
      readonly kind: 'subscription_confirmation' | 'unsubscribe_confirmation';
      readonly topicArn: string;
      readonly subscribeUrl: string;
      readonly token: string;
      readonly notificationId: string;
    }
  | {
      /** A setup message ("Successfully validated SNS topic…") or an SES event that is not about mail. */
      readonly kind: 'ignored';
      readonly channel: SesNotificationChannel;
      readonly note: string;
    };

/** neverthrow's `Result`, as everywhere in mailgate. */
export type SesNotificationResult = Result<SesNotification, SesNotificationError>;

const defaultMaxBytes = 1024 * 1024;
const snsTypes = new Set(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']);
const eventBridgeDetailTypes = new Set([
  'Email Sent',
  'Email Delivered',
  'Email Bounced',
  'Email Complaint Received',
  'Email Rejected',
  'Email Rendering Failed',
  'Email Delivery Delayed',
  'Email Subscribed',
  'Email Opened',
  'Email Clicked',
]);

const failure = (type: SesNotificationError['type'], message: string): SesNotificationResult =>
  err({ type, message });

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an SES event notification: an SNS envelope (Notification, SubscriptionConfirmation,
 * UnsubscribeConfirmation) whose signature, topic and age are verified, an EventBridge event,
 * or a bare SES record. Answers normalized delivery events, or a typed error; never throws.
 * Nothing is remembered (the replay cache) unless the whole body was accepted.
 */
export async function parseSesNotification(
  body: string | Uint8Array | object,
  options: ParseSesNotificationOptions,
): Promise<SesNotificationResult> {
  try {
    return await parse(body, options);
  } catch {
    return failure('invalid_envelope', 'the notification could not be read');
  }
}

async function parse(
  body: string | Uint8Array | object,
  options: ParseSesNotificationOptions,
): Promise<SesNotificationResult> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let input: unknown = body;
  if (typeof body === 'string' || body instanceof Uint8Array) {
    const size =
      typeof body === 'string' ? new TextEncoder().encode(body).byteLength : body.byteLength;
    if (size > maxBytes)
      return failure('too_large', `the body has ${size} bytes; at most ${maxBytes} are accepted`);
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    try {
      input = JSON.parse(text);
    } catch {
      return failure('malformed_json', 'the body is not JSON');
    }
  }
  if (!isObject(input)) return failure('invalid_envelope', 'the body is not a JSON object');
  const accept = new Set(
    options.accept ?? (options.verify ? ['sns'] : ['sns', 'eventbridge', 'raw']),
  );
  const channel: SesNotificationChannel =
    typeof input.Type === 'string' && 'TopicArn' in input
      ? 'sns'
      : typeof input['detail-type'] === 'string'
        ? 'eventbridge'
        : 'raw';
  if (!accept.has(channel)) {
    return failure('unsigned_not_accepted', `${channel} bodies are not accepted here`);
  }
  if (channel === 'eventbridge') return fromEventBridge(input);
  if (channel === 'raw') return fromRecord(input, 'raw', undefined);
  return fromSns(input, options);
}

async function fromSns(
  input: Json,
  options: ParseSesNotificationOptions,
): Promise<SesNotificationResult> {
  const envelope = readEnvelope(input);
  if (typeof envelope === 'string') return failure('invalid_envelope', envelope);
  const verify = options.verify;
  if (verify) {
    if (!verify.topicArns.length) return failure('unexpected_topic', 'no topic is configured');
    const refused = await verifySnsMessage(envelope, verify);
    if (refused) return err(refused);
  }
  let result: SesNotificationResult;
  if (envelope.Type === 'Notification') {
    let message: unknown;
    try {
      message = JSON.parse(envelope.Message);
    } catch {
      if (/^Successfully validated SNS topic/i.test(envelope.Message)) {
        return ok({ kind: 'ignored', channel: 'sns', note: 'topic validated' });
      }
      return failure('malformed_json', 'Message is not JSON');
    }
    result = fromRecord(message, 'sns', envelope.MessageId);
  } else {
    if (!envelope.SubscribeURL || !isSnsUrl(envelope.SubscribeURL, false) || !envelope.Token) {
      return failure(
        'invalid_envelope',
        'SubscribeURL must be an https URL on an SNS host, with a Token',
      );
    }
    result = ok({
      kind:
        envelope.Type === 'SubscriptionConfirmation'
          ? 'subscription_confirmation'
          : 'unsubscribe_confirmation',
      topicArn: envelope.TopicArn,
      subscribeUrl: envelope.SubscribeURL,
      token: envelope.Token,
      notificationId: envelope.MessageId,
    });
  }
  // Only a body accepted in full is remembered, so bad input changes no state.
  const replayCache = verify ? verify.replayCache : undefined;
  if (result.isOk() && verify && replayCache) {
    const now = verify.now?.() ?? Date.now();
    if (await replayCache.seen(envelope.MessageId, now)) {
      return failure('duplicate', `message ${envelope.MessageId} was received before`);
    }
  }
  return result;
}

function readEnvelope(input: Json): SnsEnvelope | string {
  const required = [
    'Type',
    'MessageId',
    'TopicArn',
    'Message',
    'Timestamp',
    'SignatureVersion',
    'Signature',
  ];
  for (const key of required) {
    if (typeof input[key] !== 'string') return `${key}: missing or not a string`;
  }
  if (!snsTypes.has(input.Type as string))
    return `Type: ${String(input.Type).slice(0, 64)} is not an SNS message type`;
  // Lambda spells the URLs SigningCertUrl / UnsubscribeUrl.
  const certificateUrl = input.SigningCertURL ?? input.SigningCertUrl;
  if (typeof certificateUrl !== 'string') return 'SigningCertURL: missing or not a string';
  for (const key of ['Subject', 'Token', 'SubscribeURL']) {
    if (input[key] !== undefined && input[key] !== null && typeof input[key] !== 'string')
      return `${key}: not a string`;
  }
  const optional = (key: string) =>
    typeof input[key] === 'string' ? { [key]: input[key] as string } : {};
  return {
    Type: input.Type as SnsEnvelope['Type'],
    MessageId: input.MessageId as string,
    TopicArn: input.TopicArn as string,
    Message: input.Message as string,
    Timestamp: input.Timestamp as string,
    SignatureVersion: input.SignatureVersion as string,
    Signature: input.Signature as string,
    SigningCertURL: certificateUrl,
    ...optional('Subject'),
    ...optional('Token'),
    ...optional('SubscribeURL'),
  };
}

function fromEventBridge(input: Json): SesNotificationResult {
  if (input.source !== 'aws.ses') return failure('invalid_envelope', 'source: not aws.ses');
  const detailType = input['detail-type'] as string;
  if (!eventBridgeDetailTypes.has(detailType)) {
    return ok({
      kind: 'ignored',
      channel: 'eventbridge',
      note: `detail-type ${detailType.slice(0, 64)}`,
    });
  }
  return fromRecord(
    input.detail,
    'eventbridge',
    typeof input.id === 'string' ? input.id : undefined,
  );
}

function fromRecord(
  record: unknown,
  channel: SesNotificationChannel,
  notificationId: string | undefined,
): SesNotificationResult {
  if (isObject(record) && typeof record.notificationType === 'string' && !('mail' in record)) {
    // "AmazonSnsSubscriptionSucceeded" and other setup messages.
    return ok({ kind: 'ignored', channel, note: record.notificationType.slice(0, 64) });
  }
  const mapped = mapSesEvent(record);
  if (!mapped.ok) return err(mapped.error);
  return ok({
    kind: 'event',
    channel,
    eventType: mapped.eventType,
    messageId: mapped.messageId,
    ...(notificationId ? { notificationId } : {}),
    events: mapped.events,
  });
}
