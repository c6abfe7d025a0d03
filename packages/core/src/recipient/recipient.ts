import * as z from 'zod/mini';
import { headerText } from '../request/header-text';
import { useZodMessages } from '../request/zod-messages';

useZodMessages();

/** The host's own view of an address: has the person confirmed it, did it bounce? */
export const addressStates = [
  'unconfirmed',
  'confirmation_requested',
  'confirmed',
  'flagged_invalid',
] as const;
/** The host's knowledge of an address: confirmed, unconfirmed, bounced, … */
export type AddressState = (typeof addressStates)[number];

const shortText = z.string().check(z.maxLength(256));
/** A display name ends up in a header: a line break in it would inject another. */
const displayName = headerText(256);

export const recipientAddressSchema = z.object({
  address: z.string().check(z.maxLength(512)),
  /** Which kind of address: 'private', 'business', … (host-defined). */
  label: z.optional(shortText),
  state: z.optional(z.enum(addressStates)),
});
/** One address of a recipient, with its label (private, business) and state. */
export type RecipientAddress = z.infer<typeof recipientAddressSchema>;

/** A status or a group the recipient has, and whether it forbids mailings. */
export const markSchema = z.object({
  name: shortText,
  forbidsMailings: z.boolean(),
});
/** A status or group of a recipient, and whether it forbids mailings. */
export type RecipientMark = z.infer<typeof markSchema>;

export const subscriptionStates = ['subscribed', 'unsubscribed', 'pending'] as const;
/** Whether a recipient is subscribed to everything or to one subscription type. */
export type SubscriptionState = (typeof subscriptionStates)[number];

/** RFC 3339's date-time: seconds, optional fractions, and `Z` or an offset ±hh:mm. */
const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether `text` is an RFC 3339 date-time on a day that exists (no 30 February): what
 * zod's `iso.datetime({ offset: true })` accepts. Written here because zod's check brings
 * its whole table of date and time patterns into every bundle that creates a gate.
 */
export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  // 31 days in January, March, May, July, August, October, December; 30 in the others.
  const days = month === 2 ? (leap ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

export const timestampSchema = z.union([
  z.date(),
  z.number(),
  z.string().check(z.refine(isDateTime)),
]);

/** The zod schema of a recipient, as requests are parsed with it. */
export const recipientSchema = z.object({
  /** The host's id of the recipient. */
  id: z.string().check(z.minLength(1), z.maxLength(256)),
  /** The host's kind of recipient: 'candidate', 'contact', 'member', … */
  type: z.optional(shortText),
  name: z.optional(displayName),
  addresses: z.array(recipientAddressSchema).check(z.maxLength(32)),
  status: z.optional(markSchema),
  groups: z.optional(z.array(markSchema).check(z.maxLength(256))),
  company: z.optional(
    z.object({
      id: z.optional(shortText),
      domain: z.optional(shortText),
      optedOut: z.optional(z.boolean()),
    }),
  ),
  subscriptions: z.optional(
    z.object({
      /** Consent to mail of every type; 'pending' is a double opt-in not yet confirmed. */
      all: z.optional(z.enum(subscriptionStates)),
      byType: z.optional(z.record(shortText, z.enum(subscriptionStates))),
    }),
  ),
  /** The person asked not to get any mail sent through this platform. */
  optedOutOfPlatform: z.optional(z.boolean()),
  /** The last open, click or reply; used by the sunset policy. */
  lastEngagementAt: z.optional(timestampSchema),
  /** When the recipient was added; the sunset policy counts from here when there was no engagement. */
  createdAt: z.optional(timestampSchema),
});
/** A recipient as the gate reads it, after parsing. */
export type Recipient = z.infer<typeof recipientSchema>;
/** A recipient as a host application hands it in. */
export type RecipientInput = z.input<typeof recipientSchema>;
