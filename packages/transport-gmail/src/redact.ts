import { secretRedactor } from '@mailgate/core';
import type { OAuth2Client } from 'google-auth-library';

/** Google access tokens (the shared patterns cover bearer headers and JWTs). */
const tokenPatterns = [/\bya29\.[\w.-]+/g];

/** The secrets an auth client holds right now (tokens change as they are refreshed). */
function secretsOf(auth: OAuth2Client): unknown[] {
  const credentials = (auth.credentials ?? {}) as Record<string, unknown>;
  const own = auth as unknown as Record<string, unknown>;
  return [
    credentials.access_token,
    credentials.refresh_token,
    credentials.id_token,
    own._clientSecret,
    own.key,
  ];
}

/**
 * Removes the auth client's tokens and secrets — whole, in fragments, and by shape — from
 * everything the transport returns. The tokens are read at each call: they are refreshed.
 */
export function gmailRedactor(auth: OAuth2Client): <T>(value: T) => T {
  const redactor = secretRedactor({ patterns: tokenPatterns });
  return (value) => {
    try {
      redactor.remember(
        ...secretsOf(auth).filter((secret): secret is string => typeof secret === 'string'),
      );
    } catch {
      // An auth client whose fields cannot be read: the patterns still apply.
    }
    return redactor.result(value);
  };
}
