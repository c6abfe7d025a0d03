import { normalizeAddress, toAsciiDomain } from '../address/normalize-address';
import { isAddressHash } from '../ledger/hash-address';
import type { SuppressionReason } from './types';

/**
 * The suppression reasons, in the order of their one-byte codes in the stores' columns.
 * Append only: a persisted code must keep its meaning.
 */
export const suppressionReasons: readonly SuppressionReason[] = [
  'previously_bounced',
  'previously_complained',
  'unsubscribed_from_all',
  'unsubscribed_from_type',
  'recipient_opted_out_of_platform',
  'domain_blocked',
  'address_flagged_invalid',
];

const reasonCodes = new Map<string, number>(
  suppressionReasons.map((reason, code) => [reason, code]),
);

/** The one-byte code of a suppression reason; `undefined` for anything else. */
export function suppressionReasonCode(reason: unknown): number | undefined {
  return typeof reason === 'string' ? reasonCodes.get(reason) : undefined;
}

/** Whether `reason` is one of the suppression reasons. */
export function isSuppressionReason(reason: unknown): reason is SuppressionReason {
  return suppressionReasonCode(reason) !== undefined;
}

// Whitespace or control characters never belong in a stored key.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the point
const unfit = /[\s\x00-\x1f\x7f]/;

/**
 * A suppression key in its stored form: a normalized address, or `@domain` (lower
 * case, punycode) for a whole domain, or the keyed hash an erased address was replaced
 * by (`SuppressionStore.forget`). `undefined` when `key` is none of them.
 */
export function normalizeSuppressionKey(key: unknown): string | undefined {
  if (typeof key !== 'string') return undefined;
  const trimmed = key.trim();
  if (isAddressHash(trimmed)) return trimmed;
  let normalized: string | undefined;
  if (trimmed.startsWith('@')) {
    const domain = trimmed.slice(1);
    const ascii = domain === '' || domain.includes('@') ? undefined : toAsciiDomain(domain);
    normalized = ascii === undefined || ascii === '' ? undefined : `@${ascii}`;
  } else {
    normalized = normalizeAddress(trimmed);
  }
  return normalized === undefined || unfit.test(normalized) ? undefined : normalized;
}

/**
 * The same string as one flat sequential string. Concatenation gives V8 "cons" strings
 * (a 32-byte node over the parts) that, kept as a Map key, cost three times the
 * characters; `toLowerCase` of an already lower-case key flattens it without a copy of
 * the parts. Only memory depends on this, never correctness.
 */
export function flatKey(key: string): string {
  return key.toLowerCase();
}

/**
 * The keys a domain block is found under, for a `@domain` key in stored form: the domain
 * and each parent down to two labels — `@mail.blocked.example` gives itself and
 * `@blocked.example`. A block covers its subdomains, as in most suppression systems; a bare
 * top-level domain is not looked up (no address is at one, and every lookup would pay a key
 * for it).
 */
export function domainKeyChain(domainKey: string): string[] {
  const chain = [domainKey];
  let dot = domainKey.indexOf('.');
  // Each parent is what follows a dot, as long as another dot follows it.
  while (dot !== -1 && domainKey.indexOf('.', dot + 1) !== -1) {
    chain.push(`@${domainKey.slice(dot + 1)}`);
    dot = domainKey.indexOf('.', dot + 1);
  }
  return chain;
}
