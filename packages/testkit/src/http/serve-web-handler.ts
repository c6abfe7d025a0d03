import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A web-standard handler served on loopback by `serveWebHandler`. */
export interface ServedWebHandler {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** Stops the server; resolves once it no longer listens. */
  close(): Promise<void>;
}

/**
 * Mounts a web-standard handler (`(Request) => Promise<Response>`, such as
 * `unsubscribeHandler`) on node's http server on a random loopback port, through the tiny
 * adapter a Node.js host without a framework writes: for tests over real HTTP.
 */
export async function serveWebHandler(
  handler: (request: Request) => Promise<Response>,
): Promise<ServedWebHandler> {
  const server = createServer(async (incoming, outgoing) => {
    const response = await handler(toRequest(incoming));
    outgoing.statusCode = response.status;
    response.headers.forEach((value, name) => {
      outgoing.setHeader(name, value);
    });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function toRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`, {
    method,
    headers,
    ...(hasBody ? { body: incoming as unknown as ReadableStream, duplex: 'half' as const } : {}),
  } as RequestInit);
}
