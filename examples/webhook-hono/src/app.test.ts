import { testSesWebhookEndpoint } from '@mailgate/testkit/vitest';
import { createApp } from './app';

// Hono answers a web Request directly: no port needed.
testSesWebhookEndpoint({
  name: 'the Hono example',
  tenant: 'acme',
  mount({ gate, topicArn, verify }) {
    const app = createApp({ gate, topicArn, verify });
    return { post: async (body) => app.request('/ses-events', { method: 'POST', body }) };
  },
});
