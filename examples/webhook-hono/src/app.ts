import type { Mailgate } from '@mailgate/core';
import { type SesWebhookOptions, sesWebhook } from '@mailgate/transport-ses/webhook';
import { type Context, Hono } from 'hono';

/** The Hono app: SES events arrive at POST /ses-events through an SNS HTTPS subscription. */
export function createApp(options: {
  readonly gate: Mailgate;
  readonly topicArn: string;
  /** Signature options; tests pass the testkit signer's certificate here. */
  readonly verify?: SesWebhookOptions['verify'];
}): Hono {
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
  const app = new Hono();
  // Hono hands the web-standard Request over as it is: no adapter.
  app.post('/ses-events', (c: Context) => sesEvents(c.req.raw));
  return app;
}
