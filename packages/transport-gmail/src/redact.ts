import { redactFailure, type TransportFailed } from '@mailgate/core';
import type { OAuth2Client } from 'google-auth-library';

/** Google access tokens, bearer headers and JWT-looking strings. */
const tokenPatterns = [
  /\bya29\.[\w.-]+/g,
  /\bBearer\s+[\w.~+/-]+=*/gi,
  /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g,
];

/** The secrets an auth client holds right now (tokens change as they are refreshed). */
function secretsOf(auth: OAuth2Client): string[] {
  const credentials = (auth.credentials ?? {}) as Record<string, unknown>;
  const own = auth as unknown as Record<string, unknown>;
  const candidates = [
    credentials.access_token,
    credentials.refresh_token,
    credentials.id_token,
    own._clientSecret,
    own.key,
  ];
  return candidates.filter(
    (value): value is string => typeof value === 'string' && value.length >= 4,
  );
}

/** Removes tokens and secrets from the provider text of a failure. */
export function redactGmailFailure(failure: TransportFailed, auth: OAuth2Client): TransportFailed {
  return redactFailure(failure, secretsOf(auth), tokenPatterns);
}
