/**
 * Serves the SES event endpoint on http://localhost:3000/ses-events.
 *
 *   SES_TOPIC_ARN=arn:aws:sns:eu-west-1:111122223333:ses-events pnpm start
 */
import { createMailgate, recordingTransport } from '@mailgate/core';
import { createApp } from './app';

const topicArn = process.env.SES_TOPIC_ARN ?? 'arn:aws:sns:eu-west-1:111122223333:ses-events';
const port = Number(process.env.PORT ?? 3000);
// A real app sends with sesTransport from @mailgate/transport-ses; the endpoint only ingests.
const gate = createMailgate({ transport: recordingTransport() });

const app = createApp({ gate, topicArn });
await app.listen({ port, host: '0.0.0.0' });
console.log(`POST http://localhost:${port}/ses-events takes SES events from ${topicArn}`);
