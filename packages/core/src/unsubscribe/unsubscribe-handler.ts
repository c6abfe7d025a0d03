import type { Mailgate } from '../gate/create-mailgate';
import type { SuppressionStore } from '../stores/types';
import { applyChoice } from './apply-choice';
import { TOKEN_PARAMETER } from './list-unsubscribe-headers';
import { pageLanguage } from './page-language';
import type { UnsubscribeLanguage } from './page-texts';
import {
  maskAddress,
  renderPreferencePage,
  renderRefusalPage,
  type UnsubscribeChoice,
} from './preference-page';
import { readForm } from './read-form';
import { verifyUnsubscribeToken } from './token';

/** What `unsubscribeHandler` needs. */
export interface UnsubscribeHandlerOptions {
  /** The gate the unsubscribes are recorded in (`gate.ingest`). */
  readonly gate: Pick<Mailgate, 'ingest'>;
  /** The keys of the gate's `unsubscribe.keys`: every one is accepted. */
  readonly keys: readonly string[];
  /**
   * The gate's suppression store: with it the page offers to resubscribe, which lifts the
   * unsubscribe (recorded in the store's audit trail). Without it, it does not.
   */
  readonly suppressions?: SuppressionStore;
  /** The tenant's language setting ('nl', 'sv', 'en'); otherwise `Accept-Language` decides. */
  readonly language?: (tenant: string) => string | undefined | Promise<string | undefined>;
  /** How a subscription type is named on the page; default: its id. */
  readonly typeLabel?: (type: string, language: UnsubscribeLanguage) => string | undefined;
  /** The clock; for tests. */
  readonly now?: () => number;
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-robots-tag': 'noindex',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

/**
 * The unsubscribe endpoint, as a web-standard `(Request) => Promise<Response>` (Hono,
 * Next.js route handlers, Deno, Bun, workers; `toNodeHandler`-style adapters for Express).
 *
 * - `POST` with `List-Unsubscribe=One-Click` (RFC 8058): unsubscribes at once, answers 200.
 *   Sent again, it changes nothing.
 * - `GET`: the preference page (en, nl, sv): unsubscribe from this type, from everything,
 *   or resubscribe; no script, no external asset. A GET never changes anything (mail
 *   scanners follow links).
 * - `POST` from the page: applies the choice and shows the page with a confirmation.
 *
 * A forged, altered or expired token is refused (403, 410) and changes nothing. Every
 * unsubscribe goes through `gate.ingest` with its `source` (`one-click`,
 * `preference-page`). Never throws; a store that fails answers 503 (the receiver retries).
 *
 * @example
 * ```ts
 * import { createMailgate, memoryStores, recordingTransport, unsubscribeHandler } from '@mailgate/core';
 *
 * const keys = [process.env.UNSUBSCRIBE_KEY ?? 'a-long-random-secret-from-the-vault'];
 * const stores = memoryStores();
 * const gate = createMailgate({
 *   transport: recordingTransport(),
 *   stores,
 *   unsubscribe: { url: 'https://mail.example.com/unsubscribe', keys },
 * });
 * const handle = unsubscribeHandler({ gate, keys, suppressions: stores.suppressions });
 * // e.g. Hono: app.all('/unsubscribe', (c) => handle(c.req.raw));
 * ```
 */
export function unsubscribeHandler(
  options: UnsubscribeHandlerOptions,
): (request: Request) => Promise<Response> {
  const now = options.now ?? Date.now;
  return async (request) => {
    try {
      return await handle(options, request, now());
    } catch {
      return plain(503, 'The unsubscribe could not be handled just now. Try again later.');
    }
  };
}

async function handle(
  options: UnsubscribeHandlerOptions,
  request: Request,
  now: number,
): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'POST')
    return plain(405, 'Method not allowed.', { allow: 'GET, POST' });
  const url = new URL(request.url);
  const verified = await verifyUnsubscribeToken(
    url.searchParams.get(TOKEN_PARAMETER),
    options.keys,
    now,
  );
  if (verified.isErr()) {
    const status = verified.error === 'expired' ? 410 : 403;
    if (method === 'POST')
      return plain(status, 'This unsubscribe link is not valid or has expired.');
    const language = pageLanguage(undefined, request.headers.get('accept-language'));
    return html(status, renderRefusalPage(language));
  }
  const token = verified.value;
  if (method === 'POST') {
    const form = await readForm(request);
    if (form === undefined) return plain(400, 'The request body is not a form.');
    // RFC 8058 §3.2: the one-click POST carries exactly this key and value.
    if (form.get('List-Unsubscribe') === 'One-Click') {
      const choice = token.subscriptionType === undefined ? 'all' : 'type';
      const applied = await applyChoice(options, token, choice, 'one-click');
      return applied
        ? plain(200, 'Unsubscribed.')
        : plain(503, 'The unsubscribe could not be saved just now. Try again later.');
    }
    const action = form.get('action');
    if (!isChoice(action, token.subscriptionType !== undefined, options.suppressions !== undefined))
      return plain(400, 'Unknown action.');
    const applied = await applyChoice(options, token, action, 'preference-page');
    return page(options, request, token, applied ? action : 'failed', applied ? 200 : 503);
  }
  return page(options, request, token, undefined, 200);
}

async function page(
  options: UnsubscribeHandlerOptions,
  request: Request,
  token: { readonly tenant: string; readonly address: string; readonly subscriptionType?: string },
  done: UnsubscribeChoice | 'failed' | undefined,
  status: number,
): Promise<Response> {
  let setting: string | undefined;
  try {
    setting = await options.language?.(token.tenant);
  } catch {
    // A host's lookup that fails leaves the choice to the browser's languages.
  }
  const language = pageLanguage(setting, request.headers.get('accept-language'));
  const type = token.subscriptionType;
  let label: string | undefined;
  if (type !== undefined) {
    try {
      label = options.typeLabel?.(type, language);
    } catch {}
    label ??= type;
  }
  return html(
    status,
    renderPreferencePage({
      language,
      address: maskAddress(token.address),
      typeLabel: label,
      canResubscribe: options.suppressions !== undefined,
      ...(done === undefined ? {} : { done }),
    }),
  );
}

function isChoice(
  value: unknown,
  hasType: boolean,
  canResubscribe: boolean,
): value is UnsubscribeChoice {
  return (
    value === 'all' || (value === 'type' && hasType) || (value === 'resubscribe' && canResubscribe)
  );
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra },
  });
}

function html(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' },
  });
}
