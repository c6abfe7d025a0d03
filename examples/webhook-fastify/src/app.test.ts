import { testSesWebhookEndpoint } from '@mailgate/testkit/vitest';
import { createApp } from './app';

// The route as the example serves it, on a loopback port, through testkit's endpoint suite.
testSesWebhookEndpoint({
  name: 'the Fastify example',
  tenant: 'acme',
  async mount({ gate, topicArn, verify }) {
    const app = createApp({ gate, topicArn, verify });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      // What SNS sends: a JSON envelope as text/plain.
      post: (body) =>
        fetch(`${address}/ses-events`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=UTF-8' },
          body,
        }),
      close: () => app.close(),
    };
  },
});
