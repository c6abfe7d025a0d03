/**
 * Serves the route handler on http://localhost:3000/api/ses-events with Node's http server,
 * to try it without Next.js. In a Next.js app, src/app/api/ses-events/route.ts is the whole
 * integration.
 *
 *   SES_TOPIC_ARN=arn:aws:sns:eu-west-1:111122223333:ses-events pnpm start
 */
import { createServer } from 'node:http';
import { toNodeHandler } from '@mailgate/transport-ses/webhook';
import { POST } from './app/api/ses-events/route';

const port = Number(process.env.PORT ?? 3000);
const route = toNodeHandler(POST);
createServer((request, response) => {
  if (request.url?.split('?')[0] === '/api/ses-events') return route(request, response);
  response.statusCode = 404;
  response.end();
}).listen(port, () => console.log(`POST http://localhost:${port}/api/ses-events`));
