/** The parts of Node's `IncomingMessage` (and Express's request) the adapter reads. */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** A body a framework has already read (Express's `text()`/`raw()`/`json()`, Fastify's). */
  readonly body?: unknown;
  /** Stops reading the request (Node's `IncomingMessage.destroy`). */
  destroy?(): unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  statusCode: number;
  /** Sets a response header. */
  setHeader(name: string, value: string): unknown;
  /** Ends the response, with its body. */
  end(body?: string): unknown;
}

function headersOf(request: NodeRequestLike): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of typeof value === 'string' ? [value] : value) headers.append(name, item);
  }
  return headers;
}

/** The body as the web handler takes it: a body already read, else the request's stream. */
function bodyOf(request: NodeRequestLike): RequestInit['body'] {
  const { body } = request;
  if (typeof body === 'string' || body instanceof Uint8Array) return body as RequestInit['body'];
  // A body parser that read JSON: the signature covers the fields, not the bytes.
  if (typeof body === 'object' && body !== null && Object.keys(body).length > 0)
    return JSON.stringify(body);
  const chunks = request[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else
        controller.enqueue(
          typeof next.value === 'string'
            ? new TextEncoder().encode(next.value)
            : (next.value as Uint8Array),
        );
    },
    async cancel() {
      // The web handler stopped reading (too large): drop the rest of the upload.
      await chunks.return?.();
      request.destroy?.();
    },
  });
}

/**
 * Adapts a web-standard handler (`sesWebhook`'s) to Node's `http` server and to Express:
 * `app.post('/ses-events', toNodeHandler(handler))`. Fastify has `toFastifyHandler`.
 * Never throws, never rejects.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
): (request: NodeRequestLike, response: NodeResponseLike) => Promise<void> {
  return async (request, response) => {
    const answer = await answerNode(handler, request);
    try {
      response.statusCode = answer.status;
      answer.headers.forEach((value, name) => {
        response.setHeader(name, value);
      });
      response.end(await answer.text());
    } catch {
      // The connection is gone; nothing is left to tell.
    }
  };
}

/** The handler's answer to a Node request (a body a framework read wins); 400 when it throws. */
export async function answerNode(
  handler: (request: Request) => Promise<Response>,
  request: NodeRequestLike,
): Promise<Response> {
  try {
    const method = request.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    return await handler(
      new Request(new URL(request.url ?? '/', 'http://localhost'), {
        method,
        headers: headersOf(request),
        ...(hasBody ? { body: bodyOf(request), duplex: 'half' } : {}),
      } as RequestInit),
    );
  } catch {
    return new Response('Bad Request', { status: 400 });
  }
}
