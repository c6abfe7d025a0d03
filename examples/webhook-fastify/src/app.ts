import type { Mailgate } from '@mailgate/core';
import {
  type SesWebhookOptions,
  sesWebhook,
  toFastifyHandler,
} from '@mailgate/transport-ses/webhook';
import Fastify, { type FastifyInstance } from 'fastify';

/** The Fastify app: SES events arrive at POST /ses-events through an SNS HTTPS subscription. */
export function createApp(options: {
  readonly gate: Mailgate;
  readonly topicArn: string;
  /** Signature options; tests pass the testkit signer's certificate here. */
  readonly verify?: SesWebhookOptions['verify'];
}): FastifyInstance {
  const sesEvents = sesWebhook({
    gate: options.gate,
    topics: [options.topicArn],
    tenant: 'acme',
    confirmSubscriptions: true,
    ...(options.verify ? { verify: options.verify } : {}),
    onResult: (result) => {
      if (result.status !== 200) console.warn('ses-events:', result.outcome, result.status);
    },
  });
  const app = Fastify();
  // Fastify reads SNS's text/plain body itself; the adapter hands it to the handler.
  app.post('/ses-events', toFastifyHandler(sesEvents));
  return app;
}
