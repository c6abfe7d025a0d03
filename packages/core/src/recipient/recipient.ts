import { z } from 'zod';

/** The host's own view of an address: has the person confirmed it, did it bounce? */
export const addressStates = [
  'unconfirmed',
  'confirmation_requested',
  'confirmed',
  'flagged_invalid',
] as const;
/** The host's knowledge of an address: confirmed, unconfirmed, bounced, … */
export type AddressState = (typeof addressStates)[number];

const shortText = z.string().max(256);
/** A display name ends up in a header: a line break in it would inject another. */
const displayName = z
  .string()
  .max(256)
  .refine((value) => !/[\r\n\0]/.test(value), { message: 'must not contain line breaks' });

export const recipientAddressSchema = z.object({
  address: z.string().max(512),
  /** Which kind of address: 'private', 'business', … (host-defined). */
  label: shortText.optional(),
  state: z.enum(addressStates).optional(),
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

export const timestampSchema = z.union([
  z.date(),
  z.number().finite(),
  z.iso.datetime({ offset: true }),
]);

/** The zod schema of a recipient, as requests are parsed with it. */
export const recipientSchema = z.object({
  /** The host's id of the recipient. */
  id: z.string().min(1).max(256),
  /** The host's kind of recipient: 'candidate', 'contact', 'member', … */
  type: shortText.optional(),
  name: displayName.optional(),
  addresses: z.array(recipientAddressSchema).max(32),
  status: markSchema.optional(),
  groups: z.array(markSchema).max(256).optional(),
  company: z
    .object({
      id: shortText.optional(),
      domain: shortText.optional(),
      optedOut: z.boolean().optional(),
    })
    .optional(),
  subscriptions: z
    .object({
      /** Consent to mail of every type; 'pending' is a double opt-in not yet confirmed. */
      all: z.enum(subscriptionStates).optional(),
      byType: z.record(shortText, z.enum(subscriptionStates)).optional(),
    })
    .optional(),
  /** The person asked not to get any mail sent through this platform. */
  optedOutOfPlatform: z.boolean().optional(),
  /** The last open, click or reply; used by the sunset policy. */
  lastEngagementAt: timestampSchema.optional(),
  /** When the recipient was added; the sunset policy counts from here when there was no engagement. */
  createdAt: timestampSchema.optional(),
});
/** A recipient as the gate reads it, after parsing. */
export type Recipient = z.infer<typeof recipientSchema>;
/** A recipient as a host application hands it in. */
export type RecipientInput = z.input<typeof recipientSchema>;
