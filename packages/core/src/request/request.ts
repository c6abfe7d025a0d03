import { z } from 'zod';
import { recipientSchema } from '../recipient/recipient';

const shortText = z.string().max(256);
/** Header values and names must never carry a line break: that is header injection. */
const headerSafe = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !/[\r\n\0]/.test(value), { message: 'must not contain line breaks' });

/**
 * Header names the message's own fields set; letting `headers` set them too would let a
 * template override the recipient or add a hidden Bcc.
 */
const reservedHeaders = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'sender',
  'reply-to',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'return-path',
]);
const headerName = z
  .string()
  .max(128)
  .regex(/^[!-9;-~]+$/, { message: 'must be printable ASCII without a colon' })
  .refine((name) => !reservedHeaders.has(name.toLowerCase()), {
    message: 'is set through the message fields, not through headers',
  });

export const mailboxInputSchema = z.union([
  z.string().max(512),
  z.object({ address: z.string().max(512), name: headerSafe(256).optional() }),
]);
export type MailboxInput = z.infer<typeof mailboxInputSchema>;

export const messageSchema = z.object({
  from: mailboxInputSchema,
  replyTo: mailboxInputSchema.optional(),
  cc: z.array(mailboxInputSchema).max(100).optional(),
  bcc: z.array(mailboxInputSchema).max(100).optional(),
  subject: headerSafe(998),
  text: z.string().max(10_000_000).optional(),
  html: z.string().max(10_000_000).optional(),
  headers: z.record(headerName, headerSafe(4096)).optional(),
  attachments: z
    .array(
      z.object({
        filename: headerSafe(256),
        content: z.union([z.string(), z.instanceof(Uint8Array)]),
        contentType: headerSafe(256).optional(),
      }),
    )
    .max(100)
    .optional(),
  tags: z.record(shortText, shortText).optional(),
  /** The kind of recipient this message is written for ('candidate', 'contact'). */
  recipientType: shortText.optional(),
  /** Which of the recipient's addresses to use ('private', 'business'). */
  addressLabel: shortText.optional(),
  /** Use another of the recipient's addresses when the wanted one is missing. */
  fallbackToOtherAddress: z.boolean().optional(),
  transportOptions: z.record(shortText, z.record(z.string(), z.unknown())).optional(),
});
/** The message of a request: sender, subject, bodies, and which address it wants. */
export type Message = z.infer<typeof messageSchema>;

export const sendModes = ['bulk', 'individual'] as const;
/** `'bulk'` (a mailing from a list) or `'individual'` (one message from a record's page). */
export type SendMode = (typeof sendModes)[number];

export const contextSchema = z.object({
  /** 'bulk': a mailing from a list. 'individual': one message from a record's page. */
  mode: z.enum(sendModes),
  /** 'marketing', 'transactional', … */
  category: shortText,
  /** The subscription type the message belongs to ('newsletter', 'vacancies'). */
  subscriptionType: shortText.optional(),
  /** The host's customer this message is sent for; suppressions are kept per tenant. */
  tenant: shortText.default('default'),
  /** The same key is never sent twice. */
  idempotencyKey: shortText.optional(),
  /** The user who scheduled or wrote the message. */
  sender: z.object({ id: shortText, deleted: z.boolean().optional() }).optional(),
  /** The mailing this message is part of. */
  campaignId: shortText.optional(),
});
/** The context of a request: bulk or individual, category, subscription type, tenant, idempotency key. */
export type SendContext = z.infer<typeof contextSchema>;

/** The zod schema every request is parsed with at the boundary. */
export const sendRequestSchema = z.object({
  recipient: recipientSchema,
  message: messageSchema,
  context: contextSchema,
});
/** A request as the gate reads it, after parsing: recipient, message, context. */
export type SendRequest = z.infer<typeof sendRequestSchema>;
/** What a host passes in: defaults (such as the tenant) may be left out. */
export type SendRequestInput = z.input<typeof sendRequestSchema>;
