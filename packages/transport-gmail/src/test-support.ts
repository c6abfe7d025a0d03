import { generateKeyPairSync } from 'node:crypto';
import type { TransportMessage } from '@mailgate/core';
import { JWT, OAuth2Client } from 'google-auth-library';

/** An OAuth2 client holding a fresh access token: it never asks a token endpoint. */
export function oauthWithToken(accessToken: string, tokenUrl?: string): OAuth2Client {
  const auth = new OAuth2Client({
    clientId: 'test-client-id',
    clientSecret: 'test-client-secret',
    ...(tokenUrl ? { endpoints: { oauth2TokenUrl: tokenUrl } } : {}),
  });
  auth.setCredentials({ access_token: accessToken, expiry_date: Date.now() + 3_600_000 });
  return auth;
}

/** An OAuth2 client that only holds a refresh token, refreshing against `tokenUrl`. */
export function oauthWithRefreshToken(refreshToken: string, tokenUrl: string): OAuth2Client {
  const auth = new OAuth2Client({
    clientId: 'test-client-id',
    clientSecret: 'test-client-secret',
    endpoints: { oauth2TokenUrl: tokenUrl },
  });
  auth.setCredentials({ refresh_token: refreshToken });
  return auth;
}

let key: string | undefined;

/**
 * A service account with domain-wide delegation, sending as `subject`. google-auth-library has
 * no option for the JWT grant's token URL, so the client's own gaxios instance is told, through
 * a request interceptor, to send Google's token URL to the emulator; any other host than
 * 127.0.0.1 fails the request, so the test can never reach Google.
 */
export function serviceAccount(subject: string, tokenUrl: string): JWT {
  key ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
  const jwt = new JWT({
    email: 'mailer@project.iam.gserviceaccount.test',
    key,
    scopes: ['https://www.googleapis.com/auth/gmail.send'],
    subject,
  });
  jwt.transporter.interceptors.request.add({
    resolved: async (config) => {
      const url = new URL(String(config.url));
      if (url.href === 'https://oauth2.googleapis.com/token') config.url = new URL(tokenUrl);
      else if (url.hostname !== '127.0.0.1') throw new Error(`test tried to reach ${url.host}`);
      return config;
    },
  });
  return jwt;
}

export const message: TransportMessage = {
  from: { address: 'recruiter@sender.test', name: 'Recruiter' },
  to: [{ address: 'candidate@example.test', name: 'Candidate' }],
  cc: [{ address: 'manager@example.test' }],
  bcc: [{ address: 'archive@sender.test' }],
  subject: 'Your application',
  text: 'Thank you for applying.',
  idempotencyKey: 'application-42',
};
