import {
  closedPort,
  type GmailTestServer,
  gmailErrors,
  gmailTestAccessToken,
  gmailTestServerEmulator,
} from '@mailgate/testkit';
import { testTransport } from '@mailgate/testkit/vitest';
import { OAuth2Client } from 'google-auth-library';
import { gmailTransport } from './gmail-transport';

/** An OAuth2 client that already holds an access token: it never asks a token endpoint. */
function authWith(accessToken: string): OAuth2Client {
  const auth = new OAuth2Client({
    clientId: 'conformance-client',
    clientSecret: 'conformance-secret',
  });
  auth.setCredentials({ access_token: accessToken, expiry_date: Date.now() + 3_600_000 });
  return auth;
}

const wrongToken = 'ya29.wrong-conformance-token';

testTransport<GmailTestServer>({
  name: 'gmail',
  emulator: gmailTestServerEmulator(),
  secrets: [gmailTestAccessToken, wrongToken, 'conformance-secret'],
  create: (server) =>
    gmailTransport({ rootUrl: server.rootUrl, auth: authWith(gmailTestAccessToken) }),
  expect: {
    // Gmail refuses no recipient synchronously for being unknown (that comes back as a bounce);
    // what it does refuse for good is an address it cannot read.
    permanentRefusal: 'invalid_recipient_address',
    throttled: ['provider_rate_limited'],
  },
  scenarios: {
    permanentRefusal: ({ emulator, addresses }) => {
      emulator.script.send(addresses.to, gmailErrors.invalidToHeader());
    },
    throttled: ({ emulator }) => {
      emulator.script.send(gmailErrors.userRateLimitExceeded(new Date(Date.now() + 60_000)));
    },
    authFailure: ({ emulator }) => ({
      transport: gmailTransport({ rootUrl: emulator.rootUrl, auth: authWith(wrongToken) }),
    }),
    networkDown: async () => ({
      transport: gmailTransport({
        rootUrl: `http://127.0.0.1:${await closedPort()}/`,
        auth: authWith(gmailTestAccessToken),
      }),
    }),
    malformedAnswer: ({ emulator }) => {
      emulator.script.send({ status: 200, raw: '<html><body>Sign in to continue</body></html>' });
    },
  },
});
