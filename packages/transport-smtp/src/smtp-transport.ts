import type {
  RefusedRecipient,
  Transport,
  TransportFailed,
  TransportMessage,
  TransportResult,
  TransportSendOptions,
} from '@mailgate/core';
import { backoffDelay, secretRedactor, waitUnlessAborted } from '@mailgate/core';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { convertToNodemailerMessage } from './convert-to-nodemailer-message';
import { mapSmtpError } from './map-smtp-error';
import { resolveRetry, type SmtpTransportOptions, secretsOf } from './smtp-transport-options';

/** An SMTP transport: `send`, `verify` and `close`, and the nodemailer transporter underneath. */
export interface SmtpTransport extends Transport {
  readonly name: 'smtp';
  verify(): Promise<TransportFailed | { readonly status: 'ok' }>;
  close(): Promise<void>;
}

/** Per attempt: has the whole message been handed to the server? */
interface Attempt {
  dataSent: boolean;
}

const attemptKey = 'mailgateAttempt';

/**
 * Sends through an SMTP server with nodemailer: pooled connections, rate limits, STARTTLS
 * and AUTH. Transient failures are retried a bounded number of times, never after the server
 * may have accepted the message. Every error becomes a failed result; nothing is thrown.
 *
 * @example
 * ```ts
 * import { smtpTransport } from '@mailgate/transport-smtp';
 *
 * const transport = smtpTransport({
 *   host: 'smtp.example.com',
 *   port: 587,
 *   requireTLS: true,
 *   auth: { user: 'mailer', pass: process.env.SMTP_PASS ?? '' },
 * });
 * const check = await transport.verify(); // { status: 'ok' }, or a failure with its reason
 * await transport.close();
 * ```
 */
export function smtpTransport(options: SmtpTransportOptions): SmtpTransport {
  const retry = resolveRetry(options.retry);
  // The password, its encodings and the user name: removed from everything returned.
  const redactor = secretRedactor({
    secrets: secretsOf(options.auth),
    names: [options.auth?.user],
  });
  const transporter = createTransporter(options);
  // Errors also reach the send that met them; an 'error' event without a listener would
  // crash the host process instead.
  transporter.on('error', () => {});
  // Notes, per attempt, when the message body has been read to its end by the connection:
  // from then on the server may have the whole message, and a failure without a refusal
  // is uncertain rather than safe to retry.
  transporter.use('stream', (mail, done) => {
    const attempt = (mail.data as Record<string, unknown>)[attemptKey] as Attempt | undefined;
    if (attempt) {
      mail.message.processFunc((input) => {
        input.once('end', () => {
          attempt.dataSent = true;
        });
        return input;
      });
    }
    done();
  });

  const sendOnce = async (
    mail: SendMailOptions,
    signal: AbortSignal | undefined,
  ): Promise<TransportResult> => {
    const attempt: Attempt = { dataSent: false };
    try {
      const info = await transporter.sendMail({
        ...mail,
        ...(signal ? { signal } : {}),
        [attemptKey]: attempt,
      } as SendMailOptions);
      return accepted(info);
    } catch (error) {
      return mapSmtpError(error, { dataSent: attempt.dataSent });
    }
  };

  return {
    specificationVersion: 'v1',
    name: 'smtp',
    async send(message: TransportMessage, sendOptions?: TransportSendOptions) {
      const signal = sendOptions?.signal;
      let mail: SendMailOptions;
      try {
        mail = convertToNodemailerMessage(message, options.verp);
      } catch (error) {
        // Building the message failed in our own code: nothing reached the server.
        return redactor.result(mapSmtpError(error, { dataSent: false }));
      }
      let result = await sendOnce(mail, signal);
      for (let attempt = 1; attempt < retry.attempts && shouldRetry(result); attempt++) {
        const delay = backoffDelay(result, attempt, retry);
        if (delay === undefined || signal?.aborted) break;
        if (!(await waitUnlessAborted(delay, signal))) break;
        result = await sendOnce(mail, signal);
      }
      return redactor.result(result);
    },
    async verify() {
      try {
        await transporter.verify();
        return { status: 'ok' } as const;
      } catch (error) {
        // verify() sends no message.
        return redactor.result(mapSmtpError(error, { dataSent: false }));
      }
    },
    async close() {
      transporter.close();
    },
  };
}

function createTransporter(options: SmtpTransportOptions): Transporter {
  const auth = options.auth
    ? 'pass' in options.auth
      ? { user: options.auth.user, pass: options.auth.pass }
      : { type: 'OAuth2' as const, user: options.auth.user, accessToken: options.auth.accessToken }
    : undefined;
  const common = {
    host: options.host,
    ...(options.port !== undefined ? { port: options.port } : {}),
    secure: options.secure ?? false,
    requireTLS: options.requireTLS ?? false,
    ignoreTLS: options.ignoreTLS ?? false,
    ...(options.tls ? { tls: options.tls } : {}),
    ...(auth ? { auth } : {}),
    ...(options.name ? { name: options.name } : {}),
    connectionTimeout: options.connectionTimeout ?? 30_000,
    greetingTimeout: options.greetingTimeout ?? 30_000,
    socketTimeout: options.socketTimeout ?? 60_000,
    logger: false,
    debug: false,
  };
  if (options.pool === false) return createTransport(common);
  return createTransport({
    ...common,
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: options.maxMessages ?? 100,
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    ...(options.rateDelta !== undefined ? { rateDelta: options.rateDelta } : {}),
  });
}

interface SentInfo {
  readonly messageId?: string;
  readonly rejected?: ReadonlyArray<string | { address?: string }>;
  readonly rejectedErrors?: ReadonlyArray<{
    recipient?: string;
    response?: string;
    responseCode?: number;
  }>;
}

function accepted(info: SentInfo): TransportResult {
  const refused = refusedRecipients(info);
  return {
    status: 'accepted',
    ...(info.messageId ? { messageId: info.messageId } : {}),
    ...(refused.length ? { refused } : {}),
  };
}

/** Recipients refused at RCPT TO while others were accepted: nodemailer resolves for those. */
function refusedRecipients(info: SentInfo): RefusedRecipient[] {
  const refused: RefusedRecipient[] = [];
  const seen = new Set<string>();
  for (const error of info.rejectedErrors ?? []) {
    if (!error.recipient) continue;
    const failure = mapSmtpError({ ...error, code: 'EENVELOPE', command: 'RCPT TO' });
    seen.add(error.recipient.toLowerCase());
    refused.push({
      address: error.recipient,
      reason: failure.reason,
      permanent: failure.permanent,
      ...(failure.provider ? { provider: failure.provider } : {}),
    });
  }
  for (const entry of info.rejected ?? []) {
    const address = typeof entry === 'string' ? entry : entry.address;
    if (!address || seen.has(address.toLowerCase())) continue;
    refused.push({ address, reason: 'unknown', permanent: false });
  }
  return refused;
}

function shouldRetry(result: TransportResult): result is TransportFailed {
  return result.status === 'failed' && result.retryable && !result.permanent && !result.uncertain;
}
