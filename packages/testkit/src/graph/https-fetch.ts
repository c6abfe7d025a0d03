import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** The `fetch` signature the HTTP clients (Graph, …) call. */
export type FetchFunction = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

const nullBodyStatuses = new Set([101, 204, 205, 304]);

/**
 * A `fetch` over node:https that trusts the given CA (the emulator's test certificate) and
 * nothing else, so that a client can talk https to a loopback emulator without
 * `NODE_TLS_REJECT_UNAUTHORIZED` or `NODE_EXTRA_CA_CERTS`. It fails as Node's own fetch does:
 * a `TypeError('fetch failed')` whose `cause` has the socket's `code` (ECONNREFUSED, …), and
 * the signal's reason when aborted.
 */
export function createHttpsFetch(options: { readonly ca: string }): FetchFunction {
  return async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init.headers).forEach((value, key) => {
      headers.set(key, value);
    });
    const body = await bodyOf(input, init);
    if (body !== undefined && !headers.has('content-length'))
      headers.set('content-length', String(body.byteLength));
    const signal = init.signal ?? undefined;
    signal?.throwIfAborted();
    return new Promise<Response>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const request = send(
        url,
        {
          method,
          headers: Object.fromEntries(headers),
          ...(url.protocol === 'https:' ? { ca: options.ca } : {}),
          agent: false,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => reject(fetchFailed(error)));
          response.on('end', () => {
            const status = response.statusCode ?? 500;
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(response.headers)) {
              if (value === undefined) continue;
              for (const each of Array.isArray(value) ? value : [value])
                responseHeaders.append(key, each);
            }
            resolve(
              new Response(nullBodyStatuses.has(status) ? null : Buffer.concat(chunks), {
                status,
                statusText: response.statusMessage ?? '',
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      const onAbort = () =>
        request.destroy(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('close', () => signal?.removeEventListener('abort', onAbort));
      request.on('error', (error) => {
        reject(signal?.aborted ? signal.reason : fetchFailed(error));
      });
      request.end(body);
    });
  };
}

async function bodyOf(
  input: string | URL | Request,
  init: RequestInit,
): Promise<Buffer | undefined> {
  const body = init.body ?? (input instanceof Request ? await input.arrayBuffer() : undefined);
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return Buffer.from(
    await new Response(body as ConstructorParameters<typeof Response>[0]).arrayBuffer(),
  );
}

function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
