import type { Mailgate } from '@mailgate/core';
import { type SesWebhookOptions, sesWebhook, toNodeHandler } from '@mailgate/transport-ses/webhook';
import express, { type Express } from 'express';

/** The Express app: SES events arrive at POST /ses-events through an SNS HTTPS subscription. */
export function createApp(options: {
  readonly gate: Mailgate;
  readonly topicArn: string;
  /** Signature options; tests pass the testkit signer's certificate here. */
  readonly verify?: SesWebhookOptions['verify'];
}): Express {
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
  const app = express();
  // No body parser on this route: the handler reads the body itself, up to its size cap.
  app.post('/ses-events', toNodeHandler(sesEvents));
  return app;
}
