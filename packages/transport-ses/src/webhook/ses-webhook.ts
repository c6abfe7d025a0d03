import type { IngestError, Mailgate } from '@mailgate/core';
import type { SesDeliveryEvent } from '../notifications/map-ses-event';
import {
  parseSesNotification,
  type SesNotification,
} from '../notifications/parse-ses-notification';
import {
  type SesNotificationError,
  type SnsReplayCache,
  type SnsVerifyOptions,
  snsReplayCache,
} from '../notifications/sns-types';
import { readBody } from './read-body';

/** Whose sends an event protects: a tenant, every tenant, or nobody here (not ingested). */
export type SesWebhookTenant = string | { readonly scope: 'global' } | undefined;

interface TenantChoice {
  /** The tenant of every event this endpoint receives. */
  readonly tenant?: string;
  /** The tenant of each event (from its SES tags, its sender, …); `undefined` skips it. */
  readonly tenantOf?: (
    event: SesDeliveryEvent,
    notification: Extract<SesNotification, { kind: 'event' }>,
  ) => SesWebhookTenant | Promise<SesWebhookTenant>;
  /** `'global'`: the events protect every tenant of the platform. */
  readonly scope?: 'global';
}

/** Options of `sesWebhook`: the gate, the SNS topics to accept, the tenant, subscription confirmation, limits. */
export interface SesWebhookOptions extends TenantChoice {
  /** The gate that ingests the events. */
  readonly gate: Pick<Mailgate, 'ingest'>;
  /** The SNS topic ARNs this endpoint takes; every other topic is refused (403). */
  readonly topics: readonly string[];
  /**
   * Confirm SNS subscription requests (for topics in `topics` only) by visiting their
   * SubscribeURL. Default `false`: the request is answered 200 and reported to `onResult`,
   * and a person confirms it.
   */
  readonly confirmSubscriptions?: boolean;
  /**
   * Remembers the MessageIds taken, so that SNS's redeliveries are answered 200 without being
   * ingested twice. Default: an in-memory `snsReplayCache()` per handler; pass a shared one
   * when several processes serve the endpoint, or `false` for none.
   */
  readonly replayCache?: SnsReplayCache | false;
  /** The largest body read, in bytes (413 above). Default 256 KiB + 16 KiB of envelope. */
  readonly maxBytes?: number;
  /** Signature options: `fetchCertificate`, `trustedIssuers`, `allowSignatureVersion1`, `maxAgeMs`, `now`. */
  readonly verify?: Omit<SnsVerifyOptions, 'topicArns' | 'replayCache'>;
  /** The fetch used to confirm subscriptions. Default the global `fetch`. */
  readonly fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /**
   * Told what became of every request, with the reason the caller is not told. Its errors
   * are ignored.
   */
  readonly onResult?: (result: SesWebhookResult) => void;
}

/** What the handler did with one request. */
export type SesWebhookResult =
  | {
      readonly outcome: 'ingested';
      readonly status: 200;
      readonly ingested: number;
      readonly skipped: readonly SkippedEvent[];
    }
  | {
      readonly outcome: 'duplicate' | 'ignored' | 'confirmed' | 'unconfirmed';
      readonly status: 200;
      readonly note?: string;
    }
  | {
      readonly outcome: 'refused';
      readonly status: 400 | 403 | 405 | 413;
      readonly error?: SesNotificationError;
    }
  | {
      /** Nothing was lost: SNS is asked to retry (503), and the MessageId forgotten. */
      readonly outcome: 'retry';
      readonly status: 503;
      readonly error?: SesNotificationError | IngestError;
    }
  | { readonly outcome: 'misconfigured'; readonly status: 500; readonly note: string };

/** An event that was not ingested, and why (no tenant, or the gate refused it). */
export interface SkippedEvent {
  readonly address: string;
  readonly why: 'no_tenant' | 'invalid_event';
  readonly message?: string;
}

const statusText: Readonly<Record<number, string>> = {
  200: 'OK',
  400: 'Bad Request',
  403: 'Forbidden',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const defaultMaxBytes = (256 + 16) * 1024;

/** Refusals a caller could fix by sending something else, and those it is not allowed to send. */
const statusOf: Readonly<Record<SesNotificationError['type'], 400 | 403 | 413 | 503 | 200>> = {
  too_large: 413,
  malformed_json: 400,
  invalid_envelope: 400,
  invalid_event: 400,
  unknown_event_type: 400,
  unsigned_not_accepted: 403,
  unsupported_signature_version: 403,
  untrusted_certificate_url: 403,
  invalid_certificate: 403,
  invalid_signature: 403,
  unexpected_topic: 403,
  stale: 403,
  // Amazon's certificate could not be fetched: SNS retries later.
  certificate_unavailable: 503,
  duplicate: 200,
};

/**
 * An HTTPS endpoint for SES event notifications through SNS, as a web-standard handler
 * (`Request` in, `Response` out) for Hono, Next.js route handlers, Bun, Deno, Workers and
 * anything that speaks the Fetch API; `toNodeHandler` adapts it to Node's `http` and Express.
 * It verifies the SNS signature (WebCrypto, no Node built-in), ingests the events into the
 * gate, and answers with a bare status: 200 taken (also for a redelivery), 400 malformed,
 * 403 not signed by SNS for one of `topics`, 405 not a POST, 413 too large, 503 try again
 * (the store or Amazon's certificate was unavailable). Never throws.
 */
export function sesWebhook(options: SesWebhookOptions): (request: Request) => Promise<Response> {
  const problem = misconfiguration(options);
  const replayCache =
    options.replayCache === false ? undefined : (options.replayCache ?? snsReplayCache());
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const report = (result: SesWebhookResult): Response => {
    try {
      options.onResult?.(result);
    } catch {
      // The host's logging must not change the answer.
    }
    const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
    if (result.status === 405) headers.allow = 'POST';
    return new Response(statusText[result.status], { status: result.status, headers });
  };

  return async (request) => {
    try {
      if (problem) return report({ outcome: 'misconfigured', status: 500, note: problem });
      if (request.method !== 'POST') return report({ outcome: 'refused', status: 405 });
      const body = await readBody(request, maxBytes);
      if (!body.ok)
        return report({ outcome: 'refused', status: body.reason === 'too_large' ? 413 : 400 });
      const parsed = await parseSesNotification(body.bytes, {
        verify: {
          ...options.verify,
          topicArns: options.topics,
          ...(replayCache ? { replayCache } : {}),
        },
        maxBytes,
      });
      if (parsed.isErr()) {
        const error = parsed.error;
        const status = statusOf[error.type];
        if (status === 200) return report({ outcome: 'duplicate', status });
        if (status === 503) return report({ outcome: 'retry', status, error });
        return report({ outcome: 'refused', status, error });
      }
      let result: SesWebhookResult;
      try {
        result = await handle(parsed.value, options);
      } catch {
        // A tenantOf or a gate that threw: nothing is known to be stored, SNS retries.
        result = { outcome: 'retry', status: 503 };
      }
      if (result.outcome === 'retry' && replayCache?.forget) {
        const id = 'notificationId' in parsed.value ? parsed.value.notificationId : undefined;
        if (id !== undefined) await replayCache.forget(id);
      }
      return report(result);
    } catch {
      return report({ outcome: 'retry', status: 503 });
    }
  };
}

function misconfiguration(options: SesWebhookOptions): string | undefined {
  if (typeof options?.gate?.ingest !== 'function') return 'gate: a gate is required';
  if (!Array.isArray(options.topics) || options.topics.length === 0)
    return 'topics: at least one SNS topic ARN is required';
  const choices = [options.tenant, options.tenantOf, options.scope].filter((x) => x !== undefined);
  if (choices.length !== 1) return 'exactly one of tenant, tenantOf and scope is required';
  if (options.scope !== undefined && options.scope !== 'global') return "scope: only 'global'";
  return undefined;
}

async function handle(
  notification: SesNotification,
  options: SesWebhookOptions,
): Promise<SesWebhookResult> {
  switch (notification.kind) {
    case 'ignored':
    case 'unsubscribe_confirmation':
      return { outcome: 'ignored', status: 200, note: notification.kind };
    case 'subscription_confirmation':
      return confirm(notification.subscribeUrl, options);
    case 'event':
      return ingest(notification, options);
  }
}

async function confirm(url: string, options: SesWebhookOptions): Promise<SesWebhookResult> {
  // The topic is one of `topics` and the URL an SNS https URL: both checked by the parser.
  if (options.confirmSubscriptions !== true)
    return { outcome: 'unconfirmed', status: 200, note: 'confirmSubscriptions is off' };
  try {
    const response = await (options.fetch ?? fetch)(url, { method: 'GET', redirect: 'error' });
    await response.body?.cancel().catch(() => {});
    if (response.ok) return { outcome: 'confirmed', status: 200 };
  } catch {
    // Below: SNS sends the confirmation again.
  }
  return { outcome: 'retry', status: 503 };
}

async function ingest(
  notification: Extract<SesNotification, { kind: 'event' }>,
  options: SesWebhookOptions,
): Promise<SesWebhookResult> {
  const skipped: SkippedEvent[] = [];
  let ingested = 0;
  for (const event of notification.events) {
    const owner = await ownerOf(event, notification, options);
    if (owner === undefined) {
      skipped.push({ address: event.address, why: 'no_tenant' });
      continue;
    }
    const result = await options.gate.ingest({
      ...event,
      ...(typeof owner === 'string' ? { tenant: owner } : { scope: 'global' }),
    });
    if (result.isErr()) {
      // The store failed: SNS retries the whole notification (ingest is idempotent).
      if (result.error.type === 'store_unavailable')
        return { outcome: 'retry', status: 503, error: result.error };
      skipped.push({ address: event.address, why: 'invalid_event', message: result.error.message });
    } else ingested += 1;
  }
  return { outcome: 'ingested', status: 200, ingested, skipped };
}

async function ownerOf(
  event: SesDeliveryEvent,
  notification: Extract<SesNotification, { kind: 'event' }>,
  options: SesWebhookOptions,
): Promise<SesWebhookTenant> {
  if (options.scope === 'global') return { scope: 'global' };
  if (options.tenant !== undefined) return options.tenant;
  const owner = await options.tenantOf?.(event, notification);
  return typeof owner === 'string' && owner.length > 0
    ? owner
    : typeof owner === 'object' && owner?.scope === 'global'
      ? owner
      : undefined;
}
