import type { Recipient } from '../recipient/recipient';
import { addressStates, subscriptionStates, timestampSchema } from '../recipient/recipient';
import { isHeaderText } from './header-text';
import type { Message, SendContext, SendRequest } from './request';

/**
 * The bulk path's parser: accepts the common, well-formed shape of a request at a
 * fraction of zod's cost, and answers `undefined` for anything else: then the zod
 * schema, which stays the one authority on what is valid and why not, decides.
 *
 * It must never accept what `sendRequestSchema` refuses, and must give what it gives:
 * a property test holds the two together. Rare fields (headers, attachments, cc, bcc,
 * reply-to, transport options) always go to zod. Like zod, it copies what it returns,
 * so a host that changes its objects after the call can't change what is sent.
 */
export function fastParseRequest(input: unknown): SendRequest | undefined {
  return createRequestParser()(input);
}

/**
 * A parser for one batch. The requests of a mailing usually share one message and one
 * context object: each is checked and copied once, not once per recipient. Only use it
 * within one synchronous pass, so the shared objects can't change in between.
 */
export function createRequestParser(): (input: unknown) => SendRequest | undefined {
  let messageInput: unknown;
  let message: Message | undefined;
  let contextInput: unknown;
  let context: SendContext | undefined;
  return (input) => {
    if (!isObject(input)) return undefined;
    const recipient = parseRecipient(input.recipient);
    if (recipient === undefined) return undefined;
    if (input.message !== messageInput || message === undefined) {
      messageInput = input.message;
      message = parseMessage(messageInput);
      if (message === undefined) return undefined;
    }
    if (input.context !== contextInput || context === undefined) {
      contextInput = input.context;
      context = parseContext(contextInput);
      if (context === undefined) return undefined;
    }
    return { recipient, message, context };
  };
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown, max: number) => value === undefined || isText(value, max);
const isOptionalBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';
/** Text of at most `max` characters that may stand in a header (see `isHeaderText`). */
const isHeaderSafe = (value: unknown, max: number): value is string =>
  isText(value, max) && isHeaderText(value);

/** A record with no inherited keys; anything else (class instances, …) goes to zod. */
function isPlainRecord(value: unknown): value is Loose {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const addressStateSet: ReadonlySet<unknown> = new Set(addressStates);
const subscriptionStateSet: ReadonlySet<unknown> = new Set(subscriptionStates);

function parseRecipient(value: unknown): Recipient | undefined {
  if (!isObject(value)) return undefined;
  const id = value.id;
  if (!isText(id, 256) || id.length === 0) return undefined;
  if (
    !isOptionalText(value.type, 256) ||
    !(value.name === undefined || isHeaderSafe(value.name, 256))
  )
    return undefined;
  const addresses = parseAddresses(value.addresses);
  if (addresses === undefined) return undefined;
  if (!(value.status === undefined || isMark(value.status))) return undefined;
  const groups = value.groups;
  if (
    groups !== undefined &&
    !(Array.isArray(groups) && groups.length <= 256 && groups.every(isMark))
  )
    return undefined;
  if (!(value.company === undefined || isCompany(value.company))) return undefined;
  if (!(value.subscriptions === undefined || isSubscriptions(value.subscriptions)))
    return undefined;
  if (!isOptionalBoolean(value.optedOutOfPlatform)) return undefined;
  if (!isTimestamp(value.lastEngagementAt) || !isTimestamp(value.createdAt)) return undefined;
  // One literal shape (undefined where absent) keeps property access monomorphic.
  return {
    id,
    type: value.type as string | undefined,
    name: value.name as string | undefined,
    addresses,
    status: value.status === undefined ? undefined : copyMark(value.status as Loose),
    groups: groups === undefined ? undefined : copyMarks(groups as Loose[]),
    company: value.company as Recipient['company'],
    subscriptions: value.subscriptions as Recipient['subscriptions'],
    optedOutOfPlatform: value.optedOutOfPlatform as boolean | undefined,
    lastEngagementAt: value.lastEngagementAt as Recipient['lastEngagementAt'],
    createdAt: value.createdAt as Recipient['createdAt'],
  };
}

function parseAddresses(value: unknown): Recipient['addresses'] | undefined {
  if (!Array.isArray(value) || value.length > 32) return undefined;
  const addresses: Recipient['addresses'] = new Array(value.length);
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    if (!isObject(entry) || !isText(entry.address, 512) || !isOptionalText(entry.label, 256))
      return undefined;
    if (!(entry.state === undefined || addressStateSet.has(entry.state))) return undefined;
    addresses[i] = {
      address: entry.address,
      label: entry.label as string | undefined,
      state: entry.state as Recipient['addresses'][number]['state'],
    };
  }
  return addresses;
}

const isMark = (value: unknown): boolean =>
  isObject(value) && isText(value.name, 256) && typeof value.forbidsMailings === 'boolean';
const copyMark = (value: Loose) => ({
  name: value.name as string,
  forbidsMailings: value.forbidsMailings as boolean,
});
function copyMarks(values: Loose[]): { name: string; forbidsMailings: boolean }[] {
  if (values.length === 0) return NO_GROUPS;
  const copies = new Array(values.length);
  for (let i = 0; i < values.length; i++) copies[i] = copyMark(values[i]!);
  return copies;
}
/** Most recipients are in no group: they share one empty list, frozen so none can add to it. */
const NO_GROUPS = Object.freeze([]) as unknown as { name: string; forbidsMailings: boolean }[];

const isCompany = (value: unknown): boolean =>
  isObject(value) &&
  isOptionalText(value.id, 256) &&
  isOptionalText(value.domain, 256) &&
  isOptionalBoolean(value.optedOut);

function isSubscriptions(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!(value.all === undefined || subscriptionStateSet.has(value.all))) return false;
  const byType = value.byType;
  if (byType === undefined) return true;
  // Anything but a plain record (with its own keys only) goes to zod.
  if (!isPlainRecord(byType)) return false;
  for (const key in byType) {
    if (key.length > 256 || !subscriptionStateSet.has(byType[key])) return false;
  }
  return true;
}

function isTimestamp(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' && timestampSchema.safeParse(value).success;
}

function parseMessage(value: unknown): Message | undefined {
  if (!isObject(value)) return undefined;
  if (
    value.replyTo !== undefined ||
    value.cc !== undefined ||
    value.bcc !== undefined ||
    value.headers !== undefined ||
    value.attachments !== undefined ||
    value.transportOptions !== undefined
  ) {
    return undefined;
  }
  const from = value.from;
  const fromOk =
    isText(from, 512) ||
    (isObject(from) &&
      isText(from.address, 512) &&
      (from.name === undefined || isHeaderSafe(from.name, 256)));
  if (!fromOk || !isHeaderSafe(value.subject, 998)) return undefined;
  if (!isOptionalText(value.text, 10_000_000) || !isOptionalText(value.html, 10_000_000))
    return undefined;
  if (!isOptionalText(value.recipientType, 256) || !isOptionalText(value.addressLabel, 256))
    return undefined;
  if (!isOptionalBoolean(value.fallbackToOtherAddress)) return undefined;
  const tags = value.tags;
  if (tags !== undefined && !isTextRecord(tags)) return undefined;
  return {
    from: isObject(from)
      ? { address: from.address as string, name: from.name as string | undefined }
      : from,
    subject: value.subject,
    text: value.text as string | undefined,
    html: value.html as string | undefined,
    tags: tags === undefined ? undefined : { ...(tags as Record<string, string>) },
    recipientType: value.recipientType as string | undefined,
    addressLabel: value.addressLabel as string | undefined,
    fallbackToOtherAddress: value.fallbackToOtherAddress as boolean | undefined,
  };
}

/** Tags: a plain record of header text, keys and values. */
function isTextRecord(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    if (!isHeaderSafe(key, 256) || !isHeaderSafe(value[key], 256)) return false;
  }
  return true;
}

function parseContext(value: unknown): SendContext | undefined {
  if (!isObject(value)) return undefined;
  if (value.mode !== 'bulk' && value.mode !== 'individual') return undefined;
  if (!isText(value.category, 256)) return undefined;
  const { subscriptionType, tenant, idempotencyKey, campaignId } = value;
  if (!isOptionalText(subscriptionType, 256) || !isOptionalText(tenant, 256)) return undefined;
  if (!(idempotencyKey === undefined || isHeaderSafe(idempotencyKey, 256))) return undefined;
  if (!isOptionalText(campaignId, 256)) return undefined;
  const sender = value.sender;
  if (
    sender !== undefined &&
    !(isObject(sender) && isText(sender.id, 256) && isOptionalBoolean(sender.deleted))
  ) {
    return undefined;
  }
  return {
    mode: value.mode,
    category: value.category,
    subscriptionType: subscriptionType as string | undefined,
    tenant: (tenant as string | undefined) ?? 'default',
    idempotencyKey: idempotencyKey as string | undefined,
    sender:
      sender === undefined
        ? undefined
        : { id: sender.id as string, deleted: sender.deleted as boolean | undefined },
    campaignId: campaignId as string | undefined,
  };
}
