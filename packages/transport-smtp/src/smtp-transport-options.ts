import type { ConnectionOptions } from 'node:tls';

/** Credentials for AUTH. They never appear in outcomes, provider texts or logs. */
export type SmtpAuth =
  | {
      /** User name for AUTH PLAIN / LOGIN. */
      readonly user: string;
      readonly pass: string;
    }
  | {
      readonly type: 'oauth2';
      readonly user: string;
      /** An OAuth 2 access token, sent with XOAUTH2. */
      readonly accessToken: string;
    };

/** Bounded retries of transient failures (4xx replies, dropped connections, time-outs). */
export interface SmtpRetryOptions {
  /** Attempts in all, the first included. Default 3; 1 turns retrying off. */
  readonly attempts?: number;
  /** Wait before the first retry, doubled for each further one (with ±20 % jitter). Default 200 ms. */
  readonly initialDelayMs?: number;
  /**
   * The longest wait between attempts. A server that asks for a longer wait ("try again in 10
   * minutes") is not retried here: the failure carries `retryAfterMs` instead. Default 5 s.
   */
  readonly maxDelayMs?: number;
}

/** Options of `smtpTransport`: the server, TLS, credentials, pooling, rate limits, time-outs and retries. */
export interface SmtpTransportOptions {
  /** The SMTP server (relay, submission server). */
  readonly host: string;
  /** Default 587, or 465 when `secure`. */
  readonly port?: number;
  /** TLS from the first byte (port 465). Default false: plain, upgraded with STARTTLS when offered. */
  readonly secure?: boolean;
  /** Refuse to send unless the session is upgraded with STARTTLS. Default false. */
  readonly requireTLS?: boolean;
  /** Never upgrade with STARTTLS even when offered. Default false. */
  readonly ignoreTLS?: boolean;
  /** Options for the TLS socket: `ca`, `servername`, `minVersion`, `rejectUnauthorized`, … */
  readonly tls?: ConnectionOptions;
  /** Credentials for AUTH; none by default. */
  readonly auth?: SmtpAuth;
  /** The host name this client gives in EHLO. Default: the machine's host name. */
  readonly name?: string;
  /** Keep connections open and reuse them. Default true. */
  readonly pool?: boolean;
  /** Connections at once, when pooled. Default 5. */
  readonly maxConnections?: number;
  /** Messages per connection before it is replaced, when pooled. Default 100. */
  readonly maxMessages?: number;
  /** At most `rateLimit` messages per `rateDelta` ms, when pooled. Default: no limit. */
  readonly rateLimit?: number;
  /** The window of `rateLimit`, in ms. Default 1000. */
  readonly rateDelta?: number;
  /** Time to open the connection, in ms. Default 30 s. */
  readonly connectionTimeout?: number;
  /** Time to wait for the greeting, in ms. Default 30 s. */
  readonly greetingTimeout?: number;
  /** Time of silence on an open connection, in ms. Default 60 s. */
  readonly socketTimeout?: number;
  /** Retries of transient failures; `false` for none. Default: 3 attempts, 200 ms doubling, at most 5 s. */
  readonly retry?: SmtpRetryOptions | false;
  /**
   * Send each message with a VERP return path: the envelope sender (MAIL FROM) becomes
   * `bounces+<mailgate id>@<domain>`, so that a bounce names its message even when it
   * quotes nothing of it (`gate.ingest` matches it, as `verp`). The domain must deliver
   * those addresses to the mailbox you read bounces from. Off by default; a message
   * without a mailgate id, or with its own `transportOptions.smtp.envelopeFrom`, keeps
   * its envelope sender.
   */
  readonly verp?: SmtpVerpOptions;
}

/** The VERP return path of `smtpTransport`: `<prefix>+<mailgate id>@<domain>`. */
export interface SmtpVerpOptions {
  /** The domain of the return path, e.g. `bounces.example.com` or your own domain. */
  readonly domain: string;
  /** The local part before the `+`. Default `bounces`. */
  readonly prefix?: string;
}

export interface ResolvedRetry {
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export function resolveRetry(retry: SmtpRetryOptions | false | undefined): ResolvedRetry {
  if (retry === false) return { attempts: 1, initialDelayMs: 0, maxDelayMs: 0 };
  return {
    attempts: Math.max(1, Math.floor(retry?.attempts ?? 3)),
    initialDelayMs: Math.max(0, retry?.initialDelayMs ?? 200),
    maxDelayMs: Math.max(0, retry?.maxDelayMs ?? 5_000),
  };
}

/** The secrets to keep out of every text the transport hands back. */
export function secretsOf(auth: SmtpAuth | undefined): string[] {
  if (!auth) return [];
  const secret = 'pass' in auth ? auth.pass : auth.accessToken;
  if (!secret) return [];
  const encoded = [
    Buffer.from(secret).toString('base64'),
    Buffer.from(`\u0000${auth.user}\u0000${secret}`).toString('base64'),
    Buffer.from(`user=${auth.user}\u0001auth=Bearer ${secret}\u0001\u0001`).toString('base64'),
  ];
  return [secret, ...encoded].filter((value) => value.length >= 3);
}
