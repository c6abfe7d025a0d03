import { isMessageId } from './message-id';

/*
 * How a message's mailgate id travels with it, so that a bounce can be matched without
 * the provider's help: a header, the Message-ID we generate, and for SMTP a VERP return
 * path. Bounces quote the original's headers (RFC 3462 `text/rfc822-headers`), and a
 * bounce to a VERP address names the message even when it quotes nothing.
 */

/** The header that carries the mailgate id. */
export const MAILGATE_ID_HEADER = 'X-Mailgate-Id';

/** The default local part before the `+` of a VERP return path. */
export const DEFAULT_VERP_PREFIX = 'bounces';

/** The headers that carry `id`: `X-Mailgate-Id` and a Message-ID of `<id@domain>`. */
export function idHeaders(id: string, domain: string): Record<string, string> {
  return { [MAILGATE_ID_HEADER]: id, 'Message-ID': messageIdHeader(id, domain) };
}

/** The Message-ID mailgate generates for a message: `<id@domain>`. */
export function messageIdHeader(id: string, domain: string): string {
  return `<${id}@${domain}>`;
}

/**
 * The mailgate id in a Message-ID header value (`<id@domain>`, brackets optional), or
 * `undefined` when the Message-ID is not one of ours. Case does not matter: ids are
 * Crockford base 32, and some relays lower-case what they quote.
 */
export function parseMessageIdHeader(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const inner = trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
  const at = inner.lastIndexOf('@');
  return at <= 0 ? undefined : asId(inner.slice(0, at));
}

/** A VERP return path for the message: `bounces+<id>@domain`. */
export function verpAddress(id: string, domain: string, prefix = DEFAULT_VERP_PREFIX): string {
  return `${prefix}+${id}@${domain}`;
}

/**
 * The mailgate id in a VERP address (`bounces+<id>@domain`, the prefix compared without
 * case), or `undefined` when the address is not one.
 */
export function parseVerpAddress(
  address: string,
  prefix = DEFAULT_VERP_PREFIX,
): string | undefined {
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim().replace(/^<|>$/g, '');
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = trimmed.slice(0, at);
  const plus = local.indexOf('+');
  if (plus < 0 || local.slice(0, plus).toLowerCase() !== prefix.toLowerCase()) return undefined;
  return asId(local.slice(plus + 1));
}

/**
 * The mailgate id of a VERP return path with any prefix (`<prefix>+<id>@domain`), for
 * matching: the id must also name a recorded message, so a stray `+` is harmless.
 */
export function returnPathId(address: string): string | undefined {
  if (typeof address !== 'string') return undefined;
  const trimmed = address.trim().replace(/^<|>$/g, '');
  const at = trimmed.lastIndexOf('@');
  const plus = trimmed.lastIndexOf('+', at);
  return at <= 0 || plus <= 0 ? undefined : asId(trimmed.slice(plus + 1, at));
}

function asId(value: string): string | undefined {
  const upper = value.toUpperCase();
  return isMessageId(upper) ? upper : undefined;
}
