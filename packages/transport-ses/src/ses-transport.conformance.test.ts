import { createSesTestServer, sesAnswers, sesTestServerEmulator } from '@mailgate/testkit';
import { testTransport } from '@mailgate/testkit/vitest';
import { sesTransport } from './ses-transport';

const credentials = { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'conformance-secret-key' };

testTransport({
  name: 'ses',
  emulator: sesTestServerEmulator({ accessKeyId: credentials.accessKeyId }),
  secrets: [credentials.secretAccessKey],
  create: (server) =>
    sesTransport({
      region: 'us-east-1',
      endpoint: server.url,
      credentials,
      retry: { attempts: 2, initialDelayMs: 1, maxDelayMs: 10 },
    }),
  expect: { permanentRefusal: 'suppressed_by_provider' },
  scenarios: {
    // SES accepts or refuses a message as a whole; a known-bad recipient is refused up
    // front only through the account-level suppression list.
    permanentRefusal: ({ emulator, addresses }) => {
      emulator.suppress(addresses.to, 'BOUNCE');
      return {
        transport: sesTransport({
          region: 'us-east-1',
          endpoint: emulator.url,
          credentials,
          checkSuppressionList: true,
        }),
      };
    },
    throttled: ({ emulator }) => {
      emulator.script.always('SendEmail', sesAnswers.rateExceeded);
    },
    authFailure: ({ emulator }) => ({
      transport: sesTransport({
        region: 'us-east-1',
        endpoint: emulator.url,
        credentials: { accessKeyId: 'AKIDWRONG', secretAccessKey: credentials.secretAccessKey },
      }),
    }),
    networkDown: async () => {
      const gone = await createSesTestServer();
      await gone.close();
      return {
        transport: sesTransport({
          region: 'us-east-1',
          endpoint: gone.url,
          credentials,
          retry: false,
        }),
      };
    },
    malformedAnswer: ({ emulator }) => {
      emulator.script.always('SendEmail', sesAnswers.html503);
    },
  },
});
