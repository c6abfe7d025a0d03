import {
  createGraphTestServer,
  graphAnswers,
  graphTestServerEmulator,
  invalidRecipientAnswer,
} from '@mailgate/testkit';
import { testTransport } from '@mailgate/testkit/vitest';
import { expect, it } from 'vitest';
import { graphTransport } from './graph-transport';

const accessToken = 'conformance-graph-token';

testTransport({
  name: 'graph',
  emulator: graphTestServerEmulator({ accessToken }),
  secrets: [accessToken],
  create: (server) =>
    graphTransport({
      baseUrl: server.baseUrl,
      fetch: server.fetch,
      user: 'sender@mailgate.test',
      getAccessToken: () => accessToken,
      retry: { attempts: 2, maxDelayMs: 10 },
    }),
  scenarios: {
    // Graph accepts or refuses a message as a whole: no partial refusal.
    permanentRefusal: ({ emulator, addresses }) => {
      emulator.script.recipient(addresses.to, invalidRecipientAnswer(addresses.to));
    },
    throttled: ({ emulator }) => {
      emulator.script.sendMail(graphAnswers.throttled);
    },
    authFailure: ({ emulator }) => ({
      transport: graphTransport({
        baseUrl: emulator.baseUrl,
        fetch: emulator.fetch,
        user: 'sender@mailgate.test',
        getAccessToken: () => `${accessToken}-expired`,
      }),
    }),
    networkDown: async () => {
      const gone = await createGraphTestServer();
      await gone.close();
      return {
        transport: graphTransport({
          baseUrl: gone.baseUrl,
          fetch: gone.fetch,
          user: 'sender@mailgate.test',
          getAccessToken: () => accessToken,
          retry: false,
        }),
      };
    },
    malformedAnswer: ({ emulator }) => {
      emulator.script.sendMail({
        status: 500,
        body: '{"error":{"code":"UnknownErr',
        contentType: 'application/json',
      });
    },
  },
  additionalTests: (handle) => {
    it('should send the bearer token over https, and only its hash is recorded', async () => {
      const transport = graphTransport({
        baseUrl: handle.server.baseUrl,
        fetch: handle.server.fetch,
        user: 'sender@mailgate.test',
        getAccessToken: () => accessToken,
      });
      await transport.send({
        from: { address: 'sender@mailgate.test' },
        to: [{ address: 'recipient@mailgate.test' }],
        subject: 'Token',
        text: 'x',
      });
      expect(handle.server.calls.map((call) => call.tokenHash)).toEqual([
        handle.server.hashToken(accessToken),
      ]);
      expect(JSON.stringify(handle.server.calls)).not.toContain(accessToken);
    });
  },
});
