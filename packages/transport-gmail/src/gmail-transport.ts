import { gmail, type gmail_v1 } from '@googleapis/gmail';
import type {
  Transport,
  TransportFailed,
  TransportMessage,
  TransportResult,
  TransportSendOptions,
} from '@mailgate/core';
import { convertToRawMessage, gmailOptionsOf } from './convert-to-raw-message';
import {
  defaultBounceQuery,
  defaultRootUrl,
  type GmailTransportOptions,
} from './gmail-transport-options';
import { mapGmailError } from './map-gmail-error';
import { type ReadBouncesOptions, type ReadBouncesResult, readBounces } from './read-bounces';
import { gmailRedactor } from './redact';

/** A Gmail API transport: `send`, `verify`, `readBounces` and `close`. */
export interface GmailTransport extends Transport {
  readonly name: 'gmail';
  /** Sends one message with `users.messages.send`; never throws. */
  send(message: TransportMessage, options?: TransportSendOptions): Promise<TransportResult>;
  /** Reads the mailbox's profile (`users.getProfile`): are the credentials and the mailbox good? */
  verify(): Promise<TransportFailed | { readonly status: 'ok' }>;
  /** Reads bounce reports from the sending mailbox and turns them into delivery events. */
  readBounces(options: ReadBouncesOptions): Promise<ReadBouncesResult>;
  close(): Promise<void>;
}

/**
 * gaxios retries, for the calls this transport makes: none. googleapis turns `retry` on, and
 * gaxios leaves POST out of its retried methods, but a send must never be repeated behind the
 * caller's back — so `retry: false` says it outright, whatever gaxios' defaults become. The
 * reads are not retried either: the caller (the gate, a bounce job) decides.
 */
const noRetry = { retry: false } as const;

/**
 * Sends through the Gmail API (`users.messages.send`) as the authenticated user (OAuth 2) or as
 * a Workspace user through a service account with domain-wide delegation. The message is built
 * as raw MIME with nodemailer's MailComposer. Every error becomes a failed result; nothing is
 * thrown, and no token ends up in a result.
 *
 * @example
 * ```ts
 * import { gmailTransport } from '@mailgate/transport-gmail';
 * import { OAuth2Client } from 'google-auth-library';
 *
 * const auth = new OAuth2Client({ clientId: '…', clientSecret: '…' });
 * auth.setCredentials({ refresh_token: process.env.GOOGLE_REFRESH_TOKEN });
 * const transport = gmailTransport({ auth });
 * const check = await transport.verify();
 * await transport.close();
 * ```
 */
export function gmailTransport(options: GmailTransportOptions): GmailTransport {
  const { auth } = options;
  const userId = options.userId ?? 'me';
  const timeout = options.timeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  const client: gmail_v1.Gmail =
    options.client ?? gmail({ version: 'v1', auth, rootUrl: options.rootUrl ?? defaultRootUrl });
  const redact = gmailRedactor(auth);
  const fail = (error: unknown, operation: 'send' | 'read') =>
    redact(mapGmailError(error, { operation, now: now() }));

  return {
    specificationVersion: 'v1',
    name: 'gmail',
    async send(message, sendOptions) {
      const signal = sendOptions?.signal;
      if (signal?.aborted) {
        return { status: 'failed', reason: 'cancelled', permanent: false, retryable: false };
      }
      let raw: string;
      try {
        raw = await convertToRawMessage(message);
      } catch (error) {
        const failure = fail(error, 'read');
        return { ...failure, reason: 'message_invalid', permanent: true, retryable: false };
      }
      const { threadId } = gmailOptionsOf(message);
      try {
        const response = await client.users.messages.send(
          { userId, requestBody: { raw, ...(threadId ? { threadId } : {}) } },
          { ...noRetry, timeout, ...(signal ? { signal } : {}) },
        );
        const id = (response.data as { id?: unknown } | undefined)?.id;
        if (typeof id !== 'string' || !id) {
          // A 2xx without a message: something between us and Gmail answered. It may have sent.
          return fail(
            { status: response.status, message: 'The answer holds no message id.' },
            'send',
          );
        }
        return { status: 'accepted', messageId: id };
      } catch (error) {
        return fail(error, 'send');
      }
    },
    async verify() {
      try {
        await client.users.getProfile({ userId }, { ...noRetry, timeout });
        return { status: 'ok' } as const;
      } catch (error) {
        return fail(error, 'read');
      }
    },
    async readBounces(readOptions) {
      const read = await readBounces(
        {
          client,
          userId,
          query: options.bounceQuery ?? defaultBounceQuery,
          requestOptions: { ...noRetry, timeout },
          fail: (error) => fail(error, 'read'),
        },
        readOptions,
      );
      return redact(read);
    },
    async close() {
      // Nothing to release: gaxios keeps no pool of its own for this client.
    },
  };
}
