import { z } from 'zod';
import { recipientSchema } from '../recipient/recipient';
import { headerText } from './header-text';

const shortText = z.string().max(256);

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
  z.object({ address: z.string().max(512), name: headerText(256).optional() }),
]);
export type MailboxInput = z.infer<typeof mailboxInputSchema>;

export const messageSchema = z.object({
  from: mailboxInputSchema,
  replyTo: mailboxInputSchema.optional(),
  cc: z.array(mailboxInputSchema).max(100).optional(),
  bcc: z.array(mailboxInputSchema).max(100).optional(),
  subject: headerText(998),
  text: z.string().max(10_000_000).optional(),
  html: z.string().max(10_000_000).optional(),
  headers: z.record(headerName, headerText(4096)).optional(),
  attachments: z
    .array(
      z.object({
        filename: headerText(256),
        content: z.union([z.string(), z.instanceof(Uint8Array)]),
        contentType: headerText(256).optional(),
      }),
    )
    .max(100)
    .optional(),
  /** Tags become provider tags or X-headers: header text, keys and values alike. */
  tags: z.record(headerText(256), headerText(256)).optional(),
  /** The kind of recipient this message is written for ('candidate', 'contact'). */
  recipientType: shortText.optional(),
  /** Which of the recipient's addresses to use ('private', 'business'). */
  addressLabel: shortText.optional(),
  /** Use another of the recipient's addresses when the wanted one is missing. */
  fallbackToOtherAddress: z.boolean().optional(),
  transportOptions: z.record(shortText, z.record(z.string(), z.unknown())).optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const sendModes = ['bulk', 'individual'] as const;
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
  /** The same key is never sent twice; it travels as the `X-Mailgate-Idempotency-Key` header. */
  idempotencyKey: headerText(256).optional(),
  /** The user who scheduled or wrote the message. */
  sender: z.object({ id: shortText, deleted: z.boolean().optional() }).optional(),
  /** The mailing this message is part of. */
  campaignId: shortText.optional(),
});
export type SendContext = z.infer<typeof contextSchema>;

export const sendRequestSchema = z.object({
  recipient: recipientSchema,
  message: messageSchema,
  context: contextSchema,
});
export type SendRequest = z.infer<typeof sendRequestSchema>;
/** What a host passes in: defaults (such as the tenant) may be left out. */
export type SendRequestInput = z.input<typeof sendRequestSchema>;
