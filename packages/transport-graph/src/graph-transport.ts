import type {
  Transport,
  TransportFailed,
  TransportMessage,
  TransportResult,
  TransportSendOptions,
} from '@mailgate/core';
import { mappedFailure, secretRedactor, waitUnlessAborted } from '@mailgate/core';
import { type Client, ResponseType, RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { buildMimeMessage, needsMime } from './build-mime-message';
import { convertToGraphMessage } from './convert-to-graph-message';
import {
  attemptOption,
  createGraphClient,
  defaultBaseUrl,
  type GraphAttempt,
  guardedProvider,
  noRetries,
  tokenProvider,
} from './create-graph-client';
import type { GraphTransportOptions, ResolvedRetry } from './graph-transport-options';
import { resolveRetry } from './graph-transport-options';
import { mapGraphError } from './map-graph-error';
import { type ReadBouncesOptions, type ReadBouncesResult, readBounces } from './read-bounces';

/** A Graph transport: `send`, `verify`, `readBounces`, and the Graph client underneath. */
export interface GraphTransport extends Transport {
  readonly name: 'graph';
  readonly client: Client;
  /** Sends one message with Graph `sendMail`; never throws. */
  send(message: TransportMessage, options?: TransportSendOptions): Promise<TransportResult>;
  verify(): Promise<TransportFailed | { readonly status: 'ok' }>;
  /** Reads non-delivery reports and complaints that reached the mailbox since a time. */
  readBounces(options: ReadBouncesOptions): Promise<ReadBouncesResult>;
  close(): Promise<void>;
}

/**
 * Sends as a Microsoft 365 mailbox through Microsoft Graph (`POST /users/{id}/sendMail`) with
 * @microsoft/microsoft-graph-client. The client's RetryHandler never retries sendMail; the
 * transport retries only what certainly did not go out (429, a refused connection), and never
 * a 504 or a time-out after the request left, which is reported `uncertain`. Nothing is thrown.
 *
 * @example
 * ```ts
 * import { graphTransport } from '@mailgate/transport-graph';
 *
 * const transport = graphTransport({
 *   user: 'jobs@agency.example',
 *   getAccessToken: () => process.env.GRAPH_TOKEN ?? '', // a token with Mail.Send
 * });
 * const check = await transport.verify();
 * await transport.close();
 * ```
 */
export function graphTransport(options: GraphTransportOptions): GraphTransport {
  const baseUrl = options.baseUrl ?? defaultBaseUrl;
  const retry = resolveRetry(options.retry);
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Every access token handed to the client: removed, whole and in fragments, from everything
  // the transport returns (an opaque token matches no pattern).
  const redactor = secretRedactor();
  const remember = (token: string) => redactor.remember(token);
  const client =
    options.client ??
    createGraphClient({
      authProvider: options.authProvider
        ? guardedProvider(options.authProvider, remember)
        : tokenProvider(options.getAccessToken, remember),
      baseUrl,
      version: options.version ?? 'v1.0',
      ...(options.fetch ? { fetch: options.fetch } : {}),
      // Reads (readBounces) may be retried by the client on 429/503/504; sendMail never is.
      retry: new RetryHandlerOptions(1, 2, (_delay, _attempt, _request, _options, response) => {
        const wait = Number(response.headers.get('retry-after') ?? 1);
        return Number.isFinite(wait) && wait <= 10;
      }),
    });
  const userPath = `/users/${encodeURIComponent(options.user)}`;
  const mapContext = (attempt: GraphAttempt, operation: 'send' | 'read') => ({
    operation,
    networkError: attempt.networkError,
    ...(attempt.timedOut ? { timedOut: true } : {}),
    ...(attempt.cancelled ? { cancelled: true } : {}),
    ...(attempt.tokenTenantId ? { tokenTenantId: attempt.tokenTenantId } : {}),
    ...(options.tenantId ? { mailboxTenantId: options.tenantId } : {}),
  });

  /** One request with the transport's time-out and the caller's signal. */
  const request = async <T>(
    operation: 'send' | 'read',
    run: (attempt: GraphAttempt, signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<{ ok: true; value: T } | { ok: false; failure: TransportFailed }> => {
    const attempt: GraphAttempt = {};
    const controller = new AbortController();
    const timer = setTimeout(() => {
      attempt.timedOut = true;
      controller.abort(new DOMException('Graph did not answer in time', 'TimeoutError'));
    }, timeoutMs);
    const onAbort = () => {
      attempt.cancelled = true;
      controller.abort(signal?.reason);
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return { ok: true, value: await run(attempt, controller.signal) };
    } catch (error) {
      return { ok: false, failure: mapGraphError(error, mapContext(attempt, operation)) };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };

  const sendOnce = async (
    body: object | string,
    signal: AbortSignal | undefined,
  ): Promise<TransportResult> => {
    let status: number | undefined;
    const result = await request(
      'send',
      (attempt, requestSignal) =>
        client
          .api(`${userPath}/sendMail`)
          .middlewareOptions([noRetries()])
          .option(attemptOption, attempt)
          .option('signal', requestSignal)
          // The MIME form: base64 text (see build-mime-message.ts).
          .header('Content-Type', typeof body === 'string' ? 'text/plain' : 'application/json')
          .post(body)
          .finally(() => {
            status = attempt.status;
          }),
      signal,
    );
    if (!result.ok) return result.failure;
    // sendMail's success is 202 Accepted. Another 2xx is not Graph's answer (a proxy's page,
    // a gateway's): the message may or may not have gone: unknown, uncertain.
    if (status !== undefined && status !== 202) return unexpectedSuccess(status);
    return { status: 'accepted' };
  };

  return {
    specificationVersion: 'v1',
    name: 'graph',
    client,
    async send(message, sendOptions) {
      const signal = sendOptions?.signal;
      let body: object | string;
      try {
        body = needsMime(message)
          ? Buffer.from(buildMimeMessage(message), 'utf8').toString('base64')
          : convertToGraphMessage(message, options.saveToSentItems ?? true);
      } catch {
        return {
          status: 'failed',
          reason: 'message_invalid',
          permanent: true,
          retryable: false,
          provider: { name: 'graph', text: 'the message could not be converted for Graph' },
        };
      }
      let result: TransportResult = await sendOnce(body, signal);
      for (let attempt = 1; attempt < retry.attempts && shouldRetry(result); attempt++) {
        const delay = retryDelay(result, retry);
        if (delay === undefined || signal?.aborted) break;
        if (!(await waitUnlessAborted(delay, signal))) break;
        result = await sendOnce(body, signal);
      }
      return redactor.result(result);
    },
    async verify() {
      // Listing one message needs a token, a mailbox and read access (as readBounces does),
      // and sends nothing.
      const result = await request(
        'read',
        (attempt, requestSignal) =>
          client
            .api(`${userPath}/messages`)
            .select('id')
            .top(1)
            .option(attemptOption, attempt)
            .option('signal', requestSignal)
            .get(),
        undefined,
      );
      return result.ok ? ({ status: 'ok' } as const) : redactor.result(result.failure);
    },
    async readBounces(readOptions) {
      const read = await readBounces(
        {
          list: (path, signal) =>
            request(
              'read',
              (attempt, requestSignal) =>
                client
                  .api(path.startsWith('http') ? path : `${userPath}${path}`)
                  .option(attemptOption, attempt)
                  .option('signal', requestSignal)
                  .get(),
              signal,
            ),
          mime: (id, signal) =>
            request(
              'read',
              (attempt, requestSignal) =>
                client
                  .api(`${userPath}/messages/${encodeURIComponent(id)}/$value`)
                  .option(attemptOption, attempt)
                  .option('signal', requestSignal)
                  .responseType(ResponseType.TEXT)
                  .get()
                  .then((value: unknown) => (typeof value === 'string' ? value : '')),
              signal,
            ),
        },
        readOptions,
      );
      return redactor.result(read);
    },
    async close() {},
  };
}

function unexpectedSuccess(status: number): TransportFailed {
  return mappedFailure({
    reason: 'unknown',
    permanent: false,
    uncertain: true,
    provider: { name: 'graph', status, text: `sendMail answered ${status}, not 202 Accepted.` },
  });
}

function shouldRetry(result: TransportResult): result is TransportFailed {
  return (
    result.status === 'failed' &&
    result.retryable &&
    !result.uncertain &&
    (result.reason === 'provider_rate_limited' || result.reason === 'inbox_connection_failed')
  );
}

function retryDelay(failure: TransportFailed, retry: ResolvedRetry): number | undefined {
  const wait = failure.retryAfterMs ?? 250;
  return wait <= retry.maxDelayMs ? wait : undefined;
}
