import type { AuthenticationProvider, Client } from '@microsoft/microsoft-graph-client';

/** The `fetch` the client's last middleware calls. */
export type GraphFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** The transport's own retries of sends that certainly did not go out. */
export interface GraphRetryOptions {
  /** Attempts in all, the first included. Default 2; 1 turns retrying off. */
  readonly attempts?: number;
  /**
   * The longest wait between attempts. A `Retry-After` longer than this is not waited for here:
   * the failure carries `retryAfterMs` instead. Default 5 s.
   */
  readonly maxDelayMs?: number;
}

interface GraphTransportCommonOptions {
  /** The sending mailbox: its id or user principal name (`/users/{user}/sendMail`). */
  readonly user: string;
  /**
   * Where Graph is: default `https://graph.microsoft.com/`. Point it at a proxy or an emulator.
   * The client sends the bearer token only to https URLs; the host of a non-Microsoft
   * `baseUrl` is added to the client's `customHosts` so that it gets the token.
   */
  readonly baseUrl?: string;
  /** The API version in the path. Default `v1.0`. */
  readonly version?: string;
  /** Keep a copy in the mailbox's Sent Items. Default true (Graph's own default). */
  readonly saveToSentItems?: boolean;
  /**
   * The tenant (directory) id that holds the sending mailbox now. With it, a permission error
   * (403 `ErrorAccessDenied`, `ErrorSendAsDenied`, 404 `MailboxNotEnabledForRESTAPI`,
   * `ErrorNonExistentMailbox`) answered to a token issued by another tenant (its `tid` claim)
   * is reported as `tenant_migration_permission_error`: the mailbox moved tenant and the app
   * still signs in to the old one.
   */
  readonly tenantId?: string;
  /** How long one request may take, in ms. Default 30 000. */
  readonly timeoutMs?: number;
  /**
   * Retries of failures that certainly did not send (429 throttling, a refused connection),
   * done by the transport so that they honour the gate's signal. `false` for none. The Graph
   * client's own RetryHandler never retries sendMail.
   */
  readonly retry?: GraphRetryOptions | false;
  /** The fetch the client uses (default: the global one); for proxies and tests. */
  readonly fetch?: GraphFetch;
}

/**
 * Options of `graphTransport`. Credentials come as a token function, a Graph
 * `AuthenticationProvider` (e.g. `TokenCredentialAuthenticationProvider` over
 * @azure/identity), or a client you built; tokens never appear in outcomes.
 */
export type GraphTransportOptions = GraphTransportCommonOptions &
  (
    | {
        /** Returns a current access token for Graph (scope `Mail.Send`). */
        readonly getAccessToken: () => Promise<string> | string;
        readonly authProvider?: undefined;
        readonly client?: undefined;
      }
    | {
        readonly authProvider: AuthenticationProvider;
        readonly getAccessToken?: undefined;
        readonly client?: undefined;
      }
    | {
        /**
         * A client you built. mailgate still turns its RetryHandler off for sendMail (per request),
         * but cannot read the token's tenant, so `tenantId` has no effect.
         */
        readonly client: Client;
        readonly getAccessToken?: undefined;
        readonly authProvider?: undefined;
      }
  );

export interface ResolvedRetry {
  readonly attempts: number;
  readonly maxDelayMs: number;
}

export function resolveRetry(retry: GraphRetryOptions | false | undefined): ResolvedRetry {
  if (retry === false) return { attempts: 1, maxDelayMs: 0 };
  return {
    attempts: Math.max(1, Math.floor(retry?.attempts ?? 2)),
    maxDelayMs: Math.max(0, retry?.maxDelayMs ?? 5_000),
  };
}
