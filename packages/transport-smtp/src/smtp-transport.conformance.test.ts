import { createSmtpTestServer, smtpTestServerEmulator } from '@mailgate/testkit';
import { testTransport } from '@mailgate/testkit/vitest';
import { smtpTransport } from './smtp-transport';

const auth = { user: 'mailer', pass: 'conformance-secret' };

testTransport({
  name: 'smtp',
  emulator: smtpTestServerEmulator({ auth }),
  secrets: [auth.pass],
  create: (server) =>
    smtpTransport({
      host: server.host,
      port: server.port,
      auth,
      retry: { attempts: 2, initialDelayMs: 1, maxDelayMs: 10 },
    }),
  scenarios: {
    permanentRefusal: ({ emulator, addresses }) => {
      emulator.script.rcpt(
        addresses.to,
        '550 5.1.1 The email account that you tried to reach does not exist',
      );
    },
    partialRefusal: ({ emulator, addresses }) => {
      emulator.script.rcpt(addresses.refused, '550 5.1.1 User unknown');
    },
    throttled: ({ emulator }) => {
      emulator.script.mailFrom('421 4.7.0 Too many messages, rate limit exceeded, slow down');
    },
    authFailure: ({ emulator }) => ({
      transport: smtpTransport({
        host: emulator.host,
        port: emulator.port,
        auth: { user: auth.user, pass: `${auth.pass}-wrong` },
      }),
    }),
    networkDown: async () => {
      const gone = await createSmtpTestServer();
      await gone.close();
      return {
        transport: smtpTransport({ host: gone.host, port: gone.port, retry: false }),
      };
    },
    malformedAnswer: ({ emulator }) => {
      emulator.script.greeting({ raw: '{"error":"this is not SMTP"}' });
    },
  },
});
