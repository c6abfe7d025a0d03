import type { MailgateHooks } from '@mailgate/core';
import { z } from 'zod';

const fn = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { message: `must be a function (${what})` });
const instance = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'object' && value !== null, {
    message: `must be an object (${what})`,
  });

const ms = z.number().int().positive();
const text = z.string().min(1);
const retry = z.union([
  z.literal(false),
  z.strictObject({
    attempts: z.number().int().positive().optional(),
    initialDelayMs: z.number().int().nonnegative().optional(),
    maxDelayMs: z.number().int().nonnegative().optional(),
  }),
]);

type TokenFunction = () => Promise<string> | string;
type GraphFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
type AwsCredentials = {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
};

export const smtpConfigSchema = z.strictObject({
  type: z.literal('smtp'),
  host: text,
  port: z.number().int().min(1).max(65_535).optional(),
  /** TLS from the first byte (smtps://, port 465). */
  secure: z.boolean().optional(),
  requireTLS: z.boolean().optional(),
  ignoreTLS: z.boolean().optional(),
  tls: z
    .strictObject({
      rejectUnauthorized: z.boolean().optional(),
      servername: text.optional(),
      ca: z.union([z.string(), z.array(z.string())]).optional(),
      minVersion: z.enum(['TLSv1.2', 'TLSv1.3']).optional(),
    })
    .optional(),
  auth: z
    .union([
      z.strictObject({ user: text, pass: z.string() }),
      z.strictObject({ type: z.literal('oauth2'), user: text, accessToken: text }),
    ])
    .optional(),
  name: text.optional(),
  pool: z.boolean().optional(),
  maxConnections: z.number().int().positive().optional(),
  maxMessages: z.number().int().positive().optional(),
  rateLimit: z.number().int().positive().optional(),
  rateDelta: ms.optional(),
  connectionTimeout: ms.optional(),
  greetingTimeout: ms.optional(),
  socketTimeout: ms.optional(),
  retry: retry.optional(),
});

export const sesConfigSchema = z.strictObject({
  type: z.literal('ses'),
  region: text,
  /** Static keys, or a provider; without them, the AWS default credential chain. */
  credentials: z
    .union([
      z.strictObject({ accessKeyId: text, secretAccessKey: text, sessionToken: text.optional() }),
      fn<() => Promise<AwsCredentials>>('a credential provider'),
    ])
    .optional(),
  endpoint: z.url().optional(),
  configurationSetName: text.optional(),
  tags: z.record(z.string(), z.string()).optional(),
  checkSuppressionList: z.boolean().optional(),
  retry: retry.optional(),
  connectionTimeoutMs: ms.optional(),
  requestTimeoutMs: ms.optional(),
});

export const graphConfigSchema = z
  .strictObject({
    type: z.literal('graph'),
    tenantId: text,
    /** The sending mailbox: id or user principal name. */
    user: text,
    /** An app registration's client id and secret (client-credentials grant) … */
    clientId: text.optional(),
    clientSecret: text.optional(),
    /** … or an access token, or a function that returns a current one. */
    accessToken: z.union([text, fn<TokenFunction>('a token provider')]).optional(),
    /** Where the token endpoint is; default `https://login.microsoftonline.com`. */
    authorityUrl: z.url().optional(),
    baseUrl: z.url().optional(),
    saveToSentItems: z.boolean().optional(),
    timeoutMs: ms.optional(),
    retry: z
      .union([
        z.literal(false),
        z.strictObject({
          attempts: z.number().int().positive().optional(),
          maxDelayMs: z.number().int().nonnegative().optional(),
        }),
      ])
      .optional(),
    fetch: fn<GraphFetch>('a fetch').optional(),
  })
  .superRefine((value, context) => {
    if (value.accessToken !== undefined) return;
    for (const key of ['clientId', 'clientSecret'] as const) {
      if (value[key] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required unless accessToken is given',
        });
      }
    }
  });

export const gmailConfigSchema = z
  .strictObject({
    type: z.literal('gmail'),
    /** Whose mailbox sends: 'me' (the authenticated user) or the user's address. */
    user: text,
    clientId: text.optional(),
    clientSecret: text.optional(),
    refreshToken: text.optional(),
    accessToken: text.optional(),
    /** A google-auth-library client you built (OAuth2Client, JWT with delegation). */
    auth: instance<object>('a google-auth-library client').optional(),
    rootUrl: z.url().optional(),
    tokenUrl: z.url().optional(),
    timeoutMs: ms.optional(),
  })
  .superRefine((value, context) => {
    if (value.auth !== undefined || value.accessToken !== undefined) return;
    for (const key of ['clientId', 'clientSecret', 'refreshToken'] as const) {
      if (value[key] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required unless auth or accessToken is given',
        });
      }
    }
  });

export const transportConfigSchema = z.discriminatedUnion('type', [
  smtpConfigSchema,
  sesConfigSchema,
  graphConfigSchema,
  gmailConfigSchema,
]);

/** A transport: its options, or its URL (`smtp://…`, `ses://…`, `graph://…`, `gmail://…`). */
export const transportEntrySchema = z.union([z.string(), transportConfigSchema]);

export const storeTargetSchema = z.union([
  z.string(),
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('memory') }),
    z.strictObject({ type: z.literal('pglite'), dataDir: text.optional() }),
    z.strictObject({ type: z.literal('postgres'), url: text }),
    z.strictObject({ type: z.literal('redis'), url: text, prefix: text.optional() }),
  ]),
]);

export const storesConfigSchema = z.union([
  storeTargetSchema,
  z.strictObject({
    suppressions: storeTargetSchema.optional(),
    counters: storeTargetSchema.optional(),
    idempotency: storeTargetSchema.optional(),
  }),
]);

export const mailgateConfigSchema = z.strictObject({
  transport: transportEntrySchema,
  /** Transports tried after `transport`, in order, when it fails on the sender's side. */
  failover: z
    .strictObject({
      transports: z.array(transportEntrySchema).min(1),
      coolDownMs: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /** One store for all three, or each on its own; memory by default. */
  stores: storesConfigSchema.optional(),
  policies: z
    .strictObject({
      frequencyCap: z
        .strictObject({
          max: z.number().int().nonnegative(),
          periodDays: z.number().positive().optional(),
        })
        .optional(),
      monthlyQuota: z.strictObject({ max: z.number().int().nonnegative() }).optional(),
      sunset: z
        .union([z.literal(false), z.strictObject({ days: z.number().positive().optional() })])
        .optional(),
      transactionalCategories: z.array(text).optional(),
    })
    .optional(),
  locale: z.enum(['en', 'nl', 'sv']).optional(),
  timeouts: z
    .strictObject({
      storeMs: ms.optional(),
      sendMs: ms.optional(),
      idempotencyTtlMs: ms.optional(),
    })
    .optional(),
  hooks: instance<MailgateHooks>('onOutcome / onError').optional(),
});

export type SmtpConfig = z.input<typeof smtpConfigSchema>;
export type SesConfig = z.input<typeof sesConfigSchema>;
export type GraphConfig = z.input<typeof graphConfigSchema>;
export type GmailConfig = z.input<typeof gmailConfigSchema>;
export type TransportConfig = z.input<typeof transportConfigSchema>;
export type TransportEntry = z.input<typeof transportEntrySchema>;
export type StoresConfig = z.input<typeof storesConfigSchema>;
/** mailgate's configuration, as written (in code, in a JSON file). */
export type MailgateFileConfig = z.input<typeof mailgateConfigSchema>;
/** The configuration once checked. */
export type CheckedConfig = z.output<typeof mailgateConfigSchema>;

/** Gives a configuration written in code its type, for completion and checking. */
export function defineConfig(config: MailgateFileConfig): MailgateFileConfig {
  return config;
}
