import * as z from 'zod/mini';
import { recipientSchema } from '../recipient/recipient';
import { headerText } from './header-text';
import { useZodMessages } from './zod-messages';

useZodMessages();

const shortText = z.string().check(z.maxLength(256));

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
const headerName = z.string().check(
  z.maxLength(128),
  z.regex(/^[!-9;-~]+$/, { message: 'must be printable ASCII without a colon' }),
  z.refine((name) => !reservedHeaders.has(name.toLowerCase()), {
    message: 'is set through the message fields, not through headers',
  }),
);

export const mailboxInputSchema = z.union([
  z.string().check(z.maxLength(512)),
  z.object({ address: z.string().check(z.maxLength(512)), name: z.optional(headerText(256)) }),
]);
export type MailboxInput = z.infer<typeof mailboxInputSchema>;

export const messageSchema = z.object({
  from: mailboxInputSchema,
  replyTo: z.optional(mailboxInputSchema),
  cc: z.optional(z.array(mailboxInputSchema).check(z.maxLength(100))),
  bcc: z.optional(z.array(mailboxInputSchema).check(z.maxLength(100))),
  subject: headerText(998),
  text: z.optional(z.string().check(z.maxLength(10_000_000))),
  html: z.optional(z.string().check(z.maxLength(10_000_000))),
  headers: z.optional(z.record(headerName, headerText(4096))),
  attachments: z.optional(
    z
      .array(
        z.object({
          filename: headerText(256),
          content: z.union([z.string(), z.instanceof(Uint8Array)]),
          contentType: z.optional(headerText(256)),
        }),
      )
      .check(z.maxLength(100)),
  ),
  /** Tags become provider tags or X-headers: header text, keys and values alike. */
  tags: z.optional(z.record(headerText(256), headerText(256))),
  /** The kind of recipient this message is written for ('candidate', 'contact'). */
  recipientType: z.optional(shortText),
  /** Which of the recipient's addresses to use ('private', 'business'). */
  addressLabel: z.optional(shortText),
  /** Use another of the recipient's addresses when the wanted one is missing. */
  fallbackToOtherAddress: z.optional(z.boolean()),
  transportOptions: z.optional(z.record(shortText, z.record(z.string(), z.unknown()))),
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
  subscriptionType: z.optional(shortText),
  /** The host's customer this message is sent for; suppressions are kept per tenant. */
  tenant: z._default(shortText, 'default'),
  /** The same key is never sent twice; it travels as the `X-Mailgate-Idempotency-Key` header. */
  idempotencyKey: z.optional(headerText(256)),
  /** The user who scheduled or wrote the message. */
  sender: z.optional(z.object({ id: shortText, deleted: z.optional(z.boolean()) })),
  /** The mailing this message is part of. */
  campaignId: z.optional(shortText),
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
/**
 * What a host passes in: defaults (such as the tenant) may be left out. Readonly at every
 * depth, so that a request written `as const`, or built from readonly data, is accepted;
 * mailgate never changes a request it is given.
 */
export type SendRequestInput = ReadonlyDeep<z.input<typeof sendRequestSchema>>;

/** `T` with its arrays and object fields readonly at every depth; dates and bytes as they are. */
type ReadonlyDeep<T> = T extends Date | Uint8Array
  ? T
  : T extends readonly (infer E)[]
    ? readonly ReadonlyDeep<E>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
      : T;
