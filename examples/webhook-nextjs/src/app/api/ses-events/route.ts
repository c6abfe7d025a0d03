import { sesWebhook } from '@mailgate/transport-ses/webhook';
import { gate } from '../../../lib/gate';

// The webhook entry point loads no Node built-in and no AWS SDK: the route runs on the edge.
export const runtime = 'edge';

/** POST /api/ses-events: SES events from the SNS topics in SES_TOPIC_ARN (comma-separated). */
export const POST: (request: Request) => Promise<Response> = sesWebhook({
  gate,
  topics: (process.env.SES_TOPIC_ARN ?? '').split(',').filter(Boolean),
  tenant: 'acme',
  confirmSubscriptions: true,
});
