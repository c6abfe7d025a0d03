import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { TransportFailed } from '@mailgate/core';

/** AWS credentials. They never appear in outcomes, provider texts or logs. */
export interface SesCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** mailgate's own, bounded retries of failures SES surely did not act on. */
export interface SesRetryOptions {
  /** Attempts in all, the first included. Default 2; 1 turns retrying off. */
  readonly attempts?: number;
  /** Wait before the first retry, doubled for each further one (±20 % jitter). Default 200 ms. */
  readonly initialDelayMs?: number;
  /**
   * The longest wait between attempts. A failure that asks for a longer wait (a daily quota) is
   * not retried here: it carries `retryAfterMs` instead. Default 5 s.
   */
  readonly maxDelayMs?: number;
}

/** Told before each retry, so that no request is repeated without anyone knowing. */
export interface SesRetryEvent {
  /** The attempt about to be made (2 for the first retry). */
  readonly attempt: number;
  readonly delayMs: number;
  /** The failure that is being retried. */
  readonly failure: TransportFailed;
}

/** Options of `sesTransport`: region, credentials, endpoint, configuration set, tags, retries. */
export interface SesTransportOptions {
  /** The AWS region, e.g. `'eu-west-1'`. Required unless `client` is given. */
  readonly region?: string;
  /**
   * Credentials, or a provider of them (e.g. `fromNodeProviderChain()` from
   * `@aws-sdk/credential-providers`). Required unless `client` is given: the transport never
   * reads credentials from the machine on its own.
   */
  readonly credentials?: SesCredentials | (() => Promise<SesCredentials>);
  /** The API endpoint, e.g. an emulator's `http://127.0.0.1:4566`. Default: the region's. */
  readonly endpoint?: string;
  /** The configuration set for every message (event publishing). Per message: `transportOptions.ses.configurationSetName`. */
  readonly configurationSetName?: string;
  /** Message tags added to every message; a message's own `tags` win. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * An SES v2 client to use instead of making one. The transport then does not destroy it on
   * `close()`, and does not retry on its own when the client's `maxAttempts` is above 1
   * (unless `retry` is given), so that retries never multiply.
   */
  readonly client?: SESv2Client;
  /**
   * Look each recipient up in the account-level suppression list before sending
   * (GetSuppressedDestination). A suppressed To address fails with `suppressed_by_provider`;
   * suppressed Cc/Bcc addresses are left out and reported as refused. Default false.
   */
  readonly checkSuppressionList?: boolean;
  /** Retries of failures SES surely did not act on; `false` for none. Default: 2 attempts. */
  readonly retry?: SesRetryOptions | false;
  /** Called before each retry. */
  readonly onRetry?: (event: SesRetryEvent) => void;
  /** Time to open the connection, in ms. Default 5 s. */
  readonly connectionTimeoutMs?: number;
  /** Time for the whole request, in ms; after it the outcome is uncertain. Default 30 s. */
  readonly requestTimeoutMs?: number;
}

/** Options one message may carry under `transportOptions.ses`. */
export interface SesMessageOptions {
  readonly configurationSetName?: string;
  /** A complete MIME message to send as Raw content instead of building Simple content. */
  readonly raw?: string | Uint8Array;
}

export interface ResolvedRetry {
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export function resolveRetry(
  retry: SesRetryOptions | false | undefined,
  sdkRetries: boolean,
): ResolvedRetry {
  if (retry === false || (retry === undefined && sdkRetries)) {
    return { attempts: 1, initialDelayMs: 0, maxDelayMs: 0 };
  }
  return {
    attempts: Math.max(1, Math.floor(retry?.attempts ?? 2)),
    initialDelayMs: Math.max(0, retry?.initialDelayMs ?? 200),
    maxDelayMs: Math.max(0, retry?.maxDelayMs ?? 5_000),
  };
}
