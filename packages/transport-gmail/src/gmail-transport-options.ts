import type { gmail_v1 } from '@googleapis/gmail';
import type { OAuth2Client } from 'google-auth-library';

/** Options of `gmailTransport`: the OAuth client, the API root, retries. */
export interface GmailTransportOptions {
  /**
   * Where the Gmail API lives. Default `https://gmail.googleapis.com/`. Point it at an emulator
   * (`createGmailTestServer().rootUrl`) or a proxy.
   */
  readonly rootUrl?: string;
  /**
   * Who sends, as a google-auth-library client — never looked up from the environment:
   * - a user's consent: `new OAuth2Client({ clientId, clientSecret })` with
   *   `setCredentials({ refresh_token })` (it refreshes the access token itself);
   * - a Workspace service account with domain-wide delegation:
   *   `new JWT({ email, key, scopes: ['https://www.googleapis.com/auth/gmail.send'], subject: 'user@your.domain' })`.
   * Scope `gmail.send` is enough to send; `readBounces` needs `gmail.readonly`, `verify` needs
   * one of those or `gmail.metadata`.
   */
  readonly auth: OAuth2Client;
  /** Whose mailbox sends: `'me'` (default, the authenticated user) or the user's address. */
  readonly userId?: string;
  /** A client made by you (`gmail({ version: 'v1', auth, rootUrl })`); `rootUrl` is then ignored. */
  readonly client?: gmail_v1.Gmail;
  /**
   * Time for one API call, in ms. Default 30 s. A send that runs out of time is `uncertain`:
   * Gmail may have taken it.
   */
  readonly timeoutMs?: number;
  /**
   * The Gmail search `readBounces` lists with; `after:` is added. Default
   * `from:(mailer-daemon OR postmaster)`.
   */
  readonly bounceQuery?: string;
  /** The clock, in ms since the epoch (for "Retry after <time>"). Default `Date.now`. */
  readonly now?: () => number;
}

export const defaultRootUrl = 'https://gmail.googleapis.com/';
export const defaultBounceQuery = 'from:(mailer-daemon OR postmaster)';
