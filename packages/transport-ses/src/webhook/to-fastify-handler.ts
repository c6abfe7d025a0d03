import { answerNode, type NodeRequestLike } from './to-node-handler';

/** The parts of Fastify's request the adapter reads: Node's request, and the parsed body. */
export interface FastifyRequestLike {
  /** Node's `IncomingMessage`. */
  readonly raw: NodeRequestLike;
  /** What Fastify's content-type parser read (a string for SNS's `text/plain`). */
  readonly body?: unknown;
}

/** The parts of Fastify's reply the adapter writes. */
export interface FastifyReplyLike {
  /** Sets the status code. */
  code(statusCode: number): unknown;
  /** Sets a response header. */
  header(name: string, value: string): unknown;
  /** Sends the body and ends the reply. */
  send(payload?: string): unknown;
}

/**
 * Adapts a web-standard handler (`sesWebhook`'s) to a Fastify route:
 * `app.post('/ses-events', toFastifyHandler(handler))`. Fastify has read the body by then
 * (its `text/plain` parser takes SNS's requests; its `bodyLimit` applies first), so the
 * handler gets that body; the answer goes out through the reply. Never throws, never
 * rejects.
 */
export function toFastifyHandler(
  handler: (request: Request) => Promise<Response>,
): (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<void> {
  return async (request, reply) => {
    const raw = request.raw;
    // The stream is spent: the body Fastify read stands in for it (nothing, when it read none).
    const body = request.body ?? '';
    const answer = await answerNode(handler, {
      method: raw.method,
      url: raw.url,
      headers: raw.headers,
      body,
      [Symbol.asyncIterator]: () => raw[Symbol.asyncIterator](),
    });
    try {
      reply.code(answer.status);
      answer.headers.forEach((value, name) => {
        reply.header(name, value);
      });
      reply.send(await answer.text());
    } catch {
      // The connection is gone; nothing is left to tell.
    }
  };
}
