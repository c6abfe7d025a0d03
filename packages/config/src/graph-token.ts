type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface ClientCredentials {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authorityUrl?: string;
  readonly fetch?: Fetch;
}

/**
 * A token function for Graph from an app registration's client id and secret (OAuth 2
 * client-credentials grant), holding each token until a minute before it expires. Its
 * errors name the HTTP status and the OAuth error code, never the secret or the token.
 */
export function clientCredentialsToken(options: ClientCredentials): () => Promise<string> {
  const authority = (options.authorityUrl ?? 'https://login.microsoftonline.com').replace(
    /\/+$/,
    '',
  );
  const url = `${authority}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
  let cached: { token: string; until: number } | undefined;
  let pending: Promise<string> | undefined;
  const request = async (): Promise<string> => {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.clientId,
        client_secret: options.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      }).toString(),
    });
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    };
    if (!response.ok || typeof body.access_token !== 'string') {
      const code = typeof body.error === 'string' ? ` ${body.error.replace(/[^\w.-]/g, '')}` : '';
      throw new Error(`Graph token request failed: HTTP ${response.status}${code}`);
    }
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3_600;
    cached = { token: body.access_token, until: Date.now() + Math.max(0, seconds - 60) * 1_000 };
    return body.access_token;
  };
  return async () => {
    if (cached && cached.until > Date.now()) return cached.token;
    pending ??= request().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
