import { signUnsubscribeToken, type UnsubscribeToken } from './token';
import type { ResolvedUnsubscribe } from './unsubscribe-config';

/** The query parameter of the unsubscribe URL that carries the token. */
export const TOKEN_PARAMETER = 'token';
/** What the subject of a mailto unsubscribe starts with, before the token. */
export const MAILTO_SUBJECT_PREFIX = 'unsubscribe';

/**
 * The headers RFC 2369 and RFC 8058 ask for: `List-Unsubscribe` with the https URL (and
 * the mailto, when configured) and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
 * The values are unfolded; the transport folds the line where it is long (after the comma).
 */
export async function listUnsubscribeHeaders(
  config: ResolvedUnsubscribe,
  token: Omit<UnsubscribeToken, 'expiresAt'>,
  now: number,
): Promise<Record<string, string>> {
  const sealed = await signUnsubscribeToken(
    { ...token, expiresAt: now + config.ttlMs },
    config.keys,
  );
  // The send loop turns this into an `unknown` outcome: the message is not sent without
  // the headers its category requires (fail closed).
  if (sealed.isErr()) throw new Error(`the unsubscribe token could not be signed: ${sealed.error}`);
  const signed = sealed.value;
  const url = new URL(config.url);
  url.searchParams.set(TOKEN_PARAMETER, signed);
  const targets = [`<${url.href}>`];
  if (config.mailto !== undefined)
    targets.push(`<mailto:${config.mailto}?subject=${MAILTO_SUBJECT_PREFIX}%20${signed}>`);
  return {
    'List-Unsubscribe': targets.join(', '),
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Whether the host already set a `List-Unsubscribe` header of its own (it wins). */
export function hasOwnListUnsubscribe(headers: Readonly<Record<string, string>> | undefined) {
  if (headers === undefined) return false;
  return Object.keys(headers).some((name) => name.toLowerCase().startsWith('list-unsubscribe'));
}
