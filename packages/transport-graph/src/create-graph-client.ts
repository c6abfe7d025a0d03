import {
  AuthenticationHandler,
  type AuthenticationProvider,
  Client,
  type Context,
  type Middleware,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { GraphFetch } from './graph-transport-options';
import { tokenErrorName } from './map-graph-error';
import { tokenTenant } from './token-tenant';

/** What one request learned on its way, read by the error mapping. Holds no secret. */
export interface GraphAttempt {
  networkError?: unknown;
  tokenTenantId?: string;
  timedOut?: boolean;
  cancelled?: boolean;
  /** The HTTP status of the answer, when one came. */
  status?: number;
}

/** The request option under which the attempt travels to the last middleware. */
export const attemptOption = 'mailgateAttempt';

export const defaultBaseUrl = 'https://graph.microsoft.com/';

/**
 * Never lets the client retry on its own: a 503 or 504 may hide a message that went out, and
 * the RetryHandler's sleep ignores the caller's signal. mailgate retries (429 and refused
 * connections only) itself.
 */
export function noRetries(): RetryHandlerOptions {
  return new RetryHandlerOptions(0, 0, () => false);
}

export interface GraphClientOptions {
  readonly authProvider: AuthenticationProvider;
  readonly baseUrl: string;
  readonly version: string;
  readonly fetch?: GraphFetch;
  /** The client's own retries (for reads); sendMail turns them off per request. */
  readonly retry: RetryHandlerOptions;
}

/**
 * The Graph client with the default chain (authentication, retry, redirect, telemetry) and a
 * last handler that calls `fetch` and notes what the client would forget: the socket error
 * behind a failed fetch and the tenant of the token that was sent.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const host = new URL(options.baseUrl).hostname;
  const chain: Middleware[] = [
    new AuthenticationHandler(options.authProvider),
    new RetryHandler(options.retry),
    new RedirectHandler(),
    new TelemetryHandler(),
    new FetchHandler(options.fetch),
  ];
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl: options.baseUrl,
    defaultVersion: options.version,
    // The client adds the bearer token only for Graph's own hosts and these.
    ...(host.endsWith('graph.microsoft.com') ? {} : { customHosts: new Set([host]) }),
  });
}

/**
 * Wraps a token function as an authentication provider that fails with a named error, and
 * tells `onToken` each token it hands out (so that the transport can keep it out of what it
 * returns).
 */
export function tokenProvider(
  getAccessToken: () => Promise<string> | string,
  onToken: (token: string) => void = () => {},
): AuthenticationProvider {
  return {
    async getAccessToken() {
      let token: unknown;
      try {
        token = await getAccessToken();
      } catch {
        throw namedError();
      }
      if (typeof token !== 'string' || !token) throw namedError();
      onToken(token);
      return token;
    },
  };
}

/** A provider's failure, without its message (which may carry a secret). */
export function guardedProvider(
  provider: AuthenticationProvider,
  onToken?: (token: string) => void,
): AuthenticationProvider {
  return tokenProvider(() => provider.getAccessToken(), onToken);
}

function namedError(): Error {
  const error = new Error('could not get an access token');
  error.name = tokenErrorName;
  return error;
}

class FetchHandler implements Middleware {
  constructor(private readonly fetchFunction: GraphFetch | undefined) {}

  async execute(context: Context): Promise<void> {
    const { [attemptOption]: attempt, ...init } = context.options as Record<string, unknown>;
    const record = attempt as GraphAttempt | undefined;
    if (record) {
      const authorization = headerValue(init.headers, 'authorization');
      const token = authorization?.replace(/^Bearer\s+/i, '');
      record.tokenTenantId = token ? tokenTenant(token) : undefined;
    }
    const fetchFunction = this.fetchFunction ?? globalThis.fetch;
    try {
      context.response = await fetchFunction(context.request as string, init as RequestInit);
      if (record) record.status = context.response.status;
    } catch (error) {
      if (record) record.networkError = error;
      throw error;
    }
  }
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  if (typeof (headers as Headers).get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  }
  return undefined;
}
