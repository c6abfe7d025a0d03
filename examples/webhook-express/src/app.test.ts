import type { AddressInfo } from 'node:net';
import { testSesWebhookEndpoint } from '@mailgate/testkit/vitest';
import { createApp } from './app';

// The route as the example serves it, on a loopback port, through testkit's endpoint suite.
testSesWebhookEndpoint({
  name: 'the Express example',
  tenant: 'acme',
  async mount({ gate, topicArn, verify }) {
    const server = createApp({ gate, topicArn, verify }).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ses-events`;
    return {
      post: (body) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=UTF-8' },
          body,
        }),
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
});
