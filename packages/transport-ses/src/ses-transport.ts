import { GetAccountCommand, SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type {
  RefusedRecipient,
  Transport,
  TransportFailed,
  TransportMessage,
  TransportResult,
  TransportSendOptions,
} from '@mailgate/core';
import { backoffDelay, mappedFailure, secretRedactor, waitUnlessAborted } from '@mailgate/core';
import { convertToSesMessage, SesMessageError } from './convert-to-ses-message';
import { mapSesError } from './map-ses-error';
import { lookupSesSuppression } from './ses-suppression';
import {
  type ResolvedRetry,
  resolveRetry,
  type SesCredentials,
  type SesTransportOptions,
} from './ses-transport-options';

/** An SES v2 transport: `send`, `verify`, `close`, and the client underneath. */
export interface SesTransport extends Transport {
  readonly name: 'ses';
  /** The SES v2 client, for the suppression-list functions. */
  readonly client: SESv2Client;
  verify(): Promise<TransportFailed | { readonly status: 'ok' }>;
  close(): Promise<void>;
}

/**
 * Sends through Amazon SES v2 (SendEmail). The SDK's own retries are off in the client made
 * here; the transport retries failures SES surely did not act on (throttling, refused
 * connections, 500/503), a bounded number of times, and never an uncertain one. Every error
 * becomes a failed result; nothing is thrown.
 *
 * @example
 * ```ts
 * import { sesTransport } from '@mailgate/transport-ses';
 *
 * // Credentials from the environment or an IAM role, as the AWS SDK finds them.
 * const transport = sesTransport({ region: 'eu-west-1', configurationSetName: 'mailgate-events' });
 * const check = await transport.verify();
 * await transport.close();
 * ```
 */
export function sesTransport(options: SesTransportOptions): SesTransport {
  const owned = options.client === undefined;
  // The secret key and session token (also those a credentials function gives later), and
  // the key id: removed from everything the transport returns.
  const fixed = typeof options.credentials === 'object' ? options.credentials : undefined;
  const redactor = secretRedactor({
    secrets: [fixed?.secretAccessKey, fixed?.sessionToken],
    names: [fixed?.accessKeyId],
  });
  const client =
    options.client ??
    createClient(options, (credentials) =>
      redactor.remember(
        credentials.secretAccessKey,
        credentials.sessionToken,
        credentials.accessKeyId,
      ),
    );
  let retry: ResolvedRetry | undefined;
  const resolvedRetry = async (): Promise<ResolvedRetry> => {
    if (retry) return retry;
    let sdkRetries = false;
    if (!owned) {
      try {
        const maxAttempts = await client.config.maxAttempts();
        sdkRetries = maxAttempts > 1;
      } catch {
        sdkRetries = true;
      }
    }
    retry = resolveRetry(options.retry, sdkRetries);
    return retry;
  };

  const sendOnce = async (
    input: ReturnType<typeof convertToSesMessage>,
    from: string,
    signal: AbortSignal | undefined,
  ): Promise<TransportResult> => {
    try {
      const answer = await client.send(
        new SendEmailCommand(input),
        signal ? { abortSignal: signal } : {},
      );
      if (typeof answer.MessageId !== 'string' || !answer.MessageId) {
        // A success status without SES's answer: something between us and SES answered, or
        // SES did and the id was lost. It may have sent: unknown, uncertain (as for Gmail).
        return mappedFailure({
          reason: 'unknown',
          permanent: false,
          uncertain: true,
          provider: {
            name: 'ses',
            ...(answer.$metadata?.httpStatusCode !== undefined
              ? { status: answer.$metadata.httpStatusCode }
              : {}),
            text: 'The answer holds no MessageId.',
          },
        });
      }
      return { status: 'accepted', messageId: answer.MessageId };
    } catch (error) {
      return mapSesError(error, { from });
    }
  };

  return {
    specificationVersion: 'v1',
    name: 'ses',
    client,
    async send(message: TransportMessage, sendOptions?: TransportSendOptions) {
      return redactor.result(await sendChecked(message, sendOptions));
    },
    async verify() {
      return redactor.result(await verifyAccount());
    },
    async close() {
      if (owned) client.destroy();
    },
  };

  async function sendChecked(
    message: TransportMessage,
    sendOptions: TransportSendOptions | undefined,
  ): Promise<TransportResult> {
    const signal = sendOptions?.signal;
    let input: ReturnType<typeof convertToSesMessage>;
    try {
      input = convertToSesMessage(message, {
        ...(options.configurationSetName
          ? { configurationSetName: options.configurationSetName }
          : {}),
        ...(options.tags ? { tags: options.tags } : {}),
      });
    } catch (error) {
      return {
        status: 'failed',
        reason: 'message_invalid',
        permanent: true,
        retryable: false,
        provider: {
          name: 'ses',
          text: error instanceof SesMessageError ? error.message : 'the message could not be built',
        },
      };
    }
    let refused: RefusedRecipient[] = [];
    if (options.checkSuppressionList) {
      const checked = await checkSuppressions(message, signal);
      if (checked.status === 'failed') return checked;
      refused = checked.refused;
      if (refused.length) input = withoutRefused(input, refused);
    }
    const { attempts, initialDelayMs, maxDelayMs } = await resolvedRetry();
    let result = await sendOnce(input, message.from.address, signal);
    for (let attempt = 2; attempt <= attempts && shouldRetry(result); attempt++) {
      const delayMs = backoffDelay(result, attempt - 1, { initialDelayMs, maxDelayMs });
      if (delayMs === undefined || signal?.aborted) break;
      options.onRetry?.({ attempt, delayMs, failure: redactor.result(result) });
      if (!(await waitUnlessAborted(delayMs, signal))) break;
      result = await sendOnce(input, message.from.address, signal);
    }
    return result.status === 'accepted' && refused.length ? { ...result, refused } : result;
  }

  async function verifyAccount(): Promise<TransportFailed | { readonly status: 'ok' }> {
    try {
      const account = await client.send(new GetAccountCommand({}));
      if (account.SendingEnabled === false) {
        return {
          status: 'failed',
          reason: 'account_suspended',
          permanent: false,
          retryable: false,
          provider: {
            name: 'ses',
            code: 'SendingDisabled',
            text: `Sending is disabled for this account (enforcement status ${account.EnforcementStatus ?? 'unknown'}).`,
          },
        } as const;
      }
      return { status: 'ok' } as const;
    } catch (error) {
      return mapSesError(error, { operation: 'read' });
    }
  }

  async function checkSuppressions(
    message: TransportMessage,
    signal: AbortSignal | undefined,
  ): Promise<TransportFailed | { status: 'ok'; refused: RefusedRecipient[] }> {
    const refused: RefusedRecipient[] = [];
    const lists = [
      { kind: 'to', boxes: message.to },
      { kind: 'other', boxes: [...(message.cc ?? []), ...(message.bcc ?? [])] },
    ] as const;
    let toSuppressed = 0;
    for (const { kind, boxes } of lists) {
      for (const box of boxes) {
        const found = await lookupSesSuppression(
          client,
          box.address,
          signal ? { abortSignal: signal } : {},
        );
        // Fail closed: when the list cannot be read, mailgate does not guess.
        if (found.status === 'failed') return found;
        if (found.status !== 'suppressed') continue;
        const provider = {
          name: 'ses',
          code: `OnAccountSuppressionList:${found.reason}`,
          text: `${box.address} is on the account-level suppression list (${found.reason}).`,
        };
        if (kind === 'to') toSuppressed++;
        refused.push({
          address: box.address,
          reason: 'suppressed_by_provider',
          permanent: true,
          provider,
        });
      }
    }
    if (toSuppressed > 0 && toSuppressed === message.to.length) {
      const first = refused[0];
      return {
        status: 'failed',
        reason: 'suppressed_by_provider',
        permanent: true,
        retryable: false,
        ...(first?.provider ? { provider: first.provider } : {}),
      };
    }
    return { status: 'ok', refused };
  }
}

function createClient(
  options: SesTransportOptions,
  onCredentials: (credentials: SesCredentials) => void,
): SESv2Client {
  return new SESv2Client({
    ...(options.region ? { region: options.region } : {}),
    ...(options.credentials
      ? { credentials: guardedCredentials(options.credentials, onCredentials) }
      : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    // mailgate retries on its own, and only what is safe: one layer, never three blind sends.
    maxAttempts: 1,
    retryMode: 'standard',
    useFipsEndpoint: false,
    useDualstackEndpoint: false,
    requestHandler: {
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      requestTimeout: options.requestTimeoutMs ?? 30_000,
      throwOnRequestTimeout: true,
    },
  });
}

/**
 * A credentials function that fails, fails before any request: its error becomes the SDK's
 * `CredentialsProviderError` (`inbox_auth_failed`), so that it is never taken for an error that
 * may have come after SES accepted the message. A foreign error's message is dropped: it may
 * carry a secret.
 */
function guardedCredentials(
  credentials: NonNullable<SesTransportOptions['credentials']>,
  onCredentials: (credentials: SesCredentials) => void,
): NonNullable<SesTransportOptions['credentials']> {
  if (typeof credentials !== 'function') return credentials;
  const provide = credentials as (...args: unknown[]) => Promise<SesCredentials>;
  return async (...args: unknown[]) => {
    try {
      const given = await provide(...args);
      if (typeof given === 'object' && given !== null) onCredentials(given);
      return given;
    } catch (error) {
      if (isCredentialsProviderError(error)) throw error;
      const failure = new Error('the credentials function failed');
      failure.name = 'CredentialsProviderError';
      throw failure;
    }
  };
}

function isCredentialsProviderError(error: unknown): boolean {
  try {
    return error instanceof Error && error.name === 'CredentialsProviderError';
  } catch {
    return false;
  }
}

/** Drops refused (suppressed) Cc/Bcc/To addresses from the request's destination. */
function withoutRefused(
  input: ReturnType<typeof convertToSesMessage>,
  refused: readonly RefusedRecipient[],
): ReturnType<typeof convertToSesMessage> {
  const gone = new Set(refused.map((entry) => entry.address.toLowerCase()));
  const keep = (list: string[] | undefined) =>
    list?.filter(
      (mailbox) => !gone.has((/<([^<>]*)>$/.exec(mailbox)?.[1] ?? mailbox).toLowerCase()),
    );
  const destination = input.Destination ?? {};
  return {
    ...input,
    Destination: {
      ToAddresses: keep(destination.ToAddresses) ?? [],
      ...(destination.CcAddresses ? { CcAddresses: keep(destination.CcAddresses) } : {}),
      ...(destination.BccAddresses ? { BccAddresses: keep(destination.BccAddresses) } : {}),
    },
  };
}

function shouldRetry(result: TransportResult): result is TransportFailed {
  return result.status === 'failed' && result.retryable && !result.permanent && !result.uncertain;
}
