import { classifySmtpReply, type DeliveryEvent, type Reason } from '@mailgate/core';
import type { SesNotificationError } from './sns-types';

/** The SES event types (configuration-set event publishing and identity notifications). */
export type SesEventType =
  | 'Bounce'
  | 'Complaint'
  | 'Delivery'
  | 'DeliveryDelay'
  | 'Send'
  | 'Reject'
  | 'Rendering Failure'
  | 'Subscription'
  | 'Open'
  | 'Click';

const eventTypes: readonly SesEventType[] = [
  'Bounce',
  'Complaint',
  'Delivery',
  'DeliveryDelay',
  'Send',
  'Reject',
  'Rendering Failure',
  'Subscription',
  'Open',
  'Click',
];

/** What SES said about one recipient, kept beside the normalized event. */
export interface SesEventDetail {
  readonly sesEventType: SesEventType;
  /** SES's message id (`mail.messageId`), as returned by SendEmail. */
  readonly messageId: string;
  /** `bounceType/bounceSubType`, the delay type, the reject reason, … */
  readonly sesType?: string;
  /** The receiver's diagnostic, e.g. `smtp; 550 5.1.1 user unknown`. */
  readonly diagnostic?: string;
  /** The enhanced status code, e.g. `5.1.1`. */
  readonly statusCode?: string;
  /** For delays: why, in mailgate's words (a `delayed` event has no reason of its own). */
  readonly delayReason?: Reason;
  /** For clicks: the link. */
  readonly link?: string;
}

/** A delivery event ready for `gate.ingest`, with what SES said beside it. */
export type SesDeliveryEvent = DeliveryEvent & { readonly ses: SesEventDetail };

const bounceReasons: Readonly<Record<string, Reason>> = {
  'Permanent/NoEmail': 'recipient_unknown',
  'Permanent/Suppressed': 'suppressed_by_provider',
  'Permanent/OnAccountSuppressionList': 'suppressed_by_provider',
  'Transient/MailboxFull': 'mailbox_full',
  'Transient/MessageTooLarge': 'message_too_large',
  'Transient/ContentRejected': 'content_rejected',
  'Transient/AttachmentRejected': 'content_rejected',
};

const delayReasons: Readonly<Record<string, Reason>> = {
  InternalFailure: 'delivery_failed',
  MailboxFull: 'mailbox_full',
  SpamDetected: 'rejected_as_spam',
  RecipientServerError: 'receiver_system_error',
  IPFailure: 'sender_blocked',
  TransientCommunicationFailure: 'network_error',
  BYOIPHostNameLookupUnavailable: 'sender_ptr_missing',
  SendingDeferral: 'provider_rate_limited',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

class EventError extends Error {
  constructor(
    readonly type: 'invalid_event' | 'unknown_event_type',
    message: string,
  ) {
    super(message);
  }
}

/** `x@y`, from `"Name" <x@y>` or `x@y`. */
function addressOf(value: unknown, field: string): string {
  const text = str(value);
  const address = text && (/<([^<>]+)>\s*$/.exec(text)?.[1] ?? text).trim();
  if (!address?.includes('@') || address.length > 512) {
    throw new EventError('invalid_event', `${field}: not an e-mail address`);
  }
  return address;
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value) || value.length > 10_000) {
    throw new EventError('invalid_event', `${field}: not a list`);
  }
  return value;
}

/** A reason from a diagnostic, when it names one; otherwise the fallback. */
function classified(diagnostic: string | undefined, fallback: Reason): Reason {
  if (!diagnostic) return fallback;
  const { reason } = classifySmtpReply(diagnostic);
  return reason === 'unknown' || reason === 'delivery_failed' ? fallback : reason;
}

/**
 * Turns one SES event record (`eventType` or `notificationType`, `mail`, and the type's
 * object) into delivery events, one per recipient. Throws `EventError` for a record that is not
 * one; the caller turns that into a typed error.
 */
function toEvents(record: Json): SesDeliveryEvent[] {
  const type = str(record.eventType) ?? str(record.notificationType);
  if (type === undefined) throw new EventError('invalid_event', 'eventType: missing');
  if (!eventTypes.includes(type as SesEventType)) {
    throw new EventError(
      'unknown_event_type',
      `eventType: ${type.slice(0, 64)} is not an SES event type`,
    );
  }
  const sesEventType = type as SesEventType;
  const mail = record.mail;
  if (!isObject(mail)) throw new EventError('invalid_event', 'mail: missing');
  const messageId = str(mail.messageId);
  if (!messageId) throw new EventError('invalid_event', 'mail.messageId: missing');
  const destination = () =>
    list(mail.destination, 'mail.destination').map((entry, index) =>
      addressOf(entry, `mail.destination.${index}`),
    );
  const part = (key: string): Json => {
    const value = record[key];
    if (!isObject(value)) throw new EventError('invalid_event', `${key}: missing`);
    return value;
  };
  const at = (value: unknown): { at?: number } => {
    const time = Date.parse(str(value) ?? '');
    return Number.isNaN(time) ? {} : { at: time };
  };
  const base = { source: 'ses' } as const;
  const detail = { sesEventType, messageId };

  switch (sesEventType) {
    case 'Bounce': {
      const bounce = part('bounce');
      const bounceType = str(bounce.bounceType);
      const subType = str(bounce.bounceSubType) ?? 'Undetermined';
      if (
        bounceType !== 'Permanent' &&
        bounceType !== 'Transient' &&
        bounceType !== 'Undetermined'
      ) {
        throw new EventError(
          'invalid_event',
          `bounce.bounceType: ${String(bounceType).slice(0, 64)} is not Permanent, Transient or Undetermined`,
        );
      }
      const permanent = bounceType === 'Permanent';
      return list(bounce.bouncedRecipients, 'bounce.bouncedRecipients').map((entry, index) => {
        const recipient = isObject(entry) ? entry : {};
        const diagnostic = str(recipient.diagnosticCode);
        const statusCode = str(recipient.status);
        const known = bounceReasons[`${bounceType}/${subType}`];
        // A general hard bounce means "remove this address" to SES; without a diagnostic that
        // says more, it counts as an unknown recipient.
        const reason =
          known ??
          classified(diagnostic ?? statusCode, permanent ? 'recipient_unknown' : 'delivery_failed');
        return {
          type: 'bounce',
          address: addressOf(
            recipient.emailAddress,
            `bounce.bouncedRecipients.${index}.emailAddress`,
          ),
          reason,
          permanent,
          ...base,
          ...at(bounce.timestamp),
          ses: {
            ...detail,
            sesType: `${bounceType}/${subType}`,
            ...(diagnostic ? { diagnostic } : {}),
            ...(statusCode ? { statusCode } : {}),
          },
        };
      });
    }
    case 'Complaint': {
      const complaint = part('complaint');
      const feedbackType = str(complaint.complaintFeedbackType);
      const subType = str(complaint.complaintSubType);
      return list(complaint.complainedRecipients, 'complaint.complainedRecipients').map(
        (entry, index) => ({
          type: 'complaint',
          address: addressOf(
            isObject(entry) ? entry.emailAddress : undefined,
            `complaint.complainedRecipients.${index}.emailAddress`,
          ),
          ...(feedbackType ? { feedbackType } : {}),
          ...base,
          ...at(complaint.timestamp),
          ses: { ...detail, ...(subType ? { sesType: subType } : {}) },
        }),
      );
    }
    case 'Delivery': {
      const delivery = part('delivery');
      return list(delivery.recipients, 'delivery.recipients').map((entry, index) => ({
        type: 'delivered',
        address: addressOf(entry, `delivery.recipients.${index}`),
        ...base,
        ...at(delivery.timestamp),
        ses: {
          ...detail,
          ...(str(delivery.smtpResponse) ? { diagnostic: str(delivery.smtpResponse) } : {}),
        },
      }));
    }
    case 'DeliveryDelay': {
      const delay = part('deliveryDelay');
      const delayType = str(delay.delayType) ?? 'Undetermined';
      return list(delay.delayedRecipients, 'deliveryDelay.delayedRecipients').map(
        (entry, index) => {
          const recipient = isObject(entry) ? entry : {};
          const diagnostic = str(recipient.diagnosticCode);
          const statusCode = str(recipient.status);
          return {
            type: 'delayed',
            address: addressOf(
              recipient.emailAddress,
              `deliveryDelay.delayedRecipients.${index}.emailAddress`,
            ),
            ...base,
            ...at(delay.timestamp),
            ses: {
              ...detail,
              sesType: delayType,
              delayReason: delayReasons[delayType] ?? classified(diagnostic, 'delivery_failed'),
              ...(diagnostic ? { diagnostic } : {}),
              ...(statusCode ? { statusCode } : {}),
            },
          };
        },
      );
    }
    case 'Send':
      part('send');
      return [];
    case 'Reject': {
      // SES refused to send: "Bad content" (a virus). Nothing reached the recipients.
      const rejectReason = str(part('reject').reason) ?? 'Bad content';
      return destination().map((address) => ({
        type: 'bounce',
        address,
        reason: 'virus_detected',
        permanent: true,
        ...base,
        ...at(mail.timestamp),
        ses: { ...detail, sesType: rejectReason },
      }));
    }
    case 'Rendering Failure': {
      const failure = part('failure');
      const errorMessage = str(failure.errorMessage);
      return destination().map((address) => ({
        type: 'bounce',
        address,
        reason: 'message_invalid',
        permanent: true,
        ...base,
        ...at(mail.timestamp),
        ses: {
          ...detail,
          sesType: `template ${str(failure.templateName) ?? ''}`.trim(),
          ...(errorMessage ? { diagnostic: errorMessage } : {}),
        },
      }));
    }
    case 'Subscription': {
      const subscription = part('subscription');
      const next = isObject(subscription.newTopicPreferences)
        ? subscription.newTopicPreferences
        : {};
      const previous = isObject(subscription.oldTopicPreferences)
        ? subscription.oldTopicPreferences
        : {};
      const optedOut = (preferences: Json): Set<string> =>
        new Set(
          (Array.isArray(preferences.topicSubscriptionStatus)
            ? preferences.topicSubscriptionStatus
            : []
          )
            .filter(
              (entry): entry is Json => isObject(entry) && entry.subscriptionStatus === 'OptOut',
            )
            .flatMap((entry) => (str(entry.topicName) ? [str(entry.topicName) as string] : [])),
        );
      const before = optedOut(previous);
      const topics =
        next.unsubscribeAll === true
          ? [undefined]
          : [...optedOut(next)].filter((topic) => !before.has(topic));
      const contactList = str(subscription.contactList);
      return destination().flatMap((address) =>
        topics.map((topic) => ({
          type: 'unsubscribe' as const,
          address,
          ...(topic !== undefined ? { subscriptionType: topic } : {}),
          ...base,
          ...at(subscription.timestamp),
          ses: { ...detail, ...(contactList ? { sesType: contactList } : {}) },
        })),
      );
    }
    case 'Open':
    case 'Click': {
      const action = part(sesEventType === 'Open' ? 'open' : 'click');
      const link = str(action.link);
      return destination().map((address) => ({
        type: sesEventType === 'Open' ? ('opened' as const) : ('clicked' as const),
        address,
        ...base,
        ...at(action.timestamp),
        ses: { ...detail, ...(link ? { link } : {}) },
      }));
    }
  }
}

/** Maps one SES record; never throws. */
export function mapSesEvent(
  record: unknown,
):
  | { ok: true; eventType: SesEventType; messageId: string; events: SesDeliveryEvent[] }
  | { ok: false; error: SesNotificationError } {
  try {
    if (!isObject(record)) throw new EventError('invalid_event', 'the SES record is not an object');
    const events = toEvents(record);
    const type = (str(record.eventType) ?? str(record.notificationType)) as SesEventType;
    return {
      ok: true,
      eventType: type,
      messageId: str((record.mail as Json).messageId) as string,
      events,
    };
  } catch (error) {
    return error instanceof EventError
      ? { ok: false, error: { type: error.type, message: error.message } }
      : {
          ok: false,
          error: { type: 'invalid_event', message: 'the SES record could not be read' },
        };
  }
}
