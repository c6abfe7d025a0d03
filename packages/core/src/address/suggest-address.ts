import type { DomainInfo } from './domain-cache';
import { editDistance } from './edit-distance';
import {
  OTHER_REAL_DOMAINS,
  POPULAR_DOMAINS,
  REAL_NEAR_TLDS,
  TYPO_TARGET_TLDS,
} from './popular-domains';

const KNOWN: ReadonlySet<string> = new Set([...POPULAR_DOMAINS, ...OTHER_REAL_DOMAINS]);

/** Bulk mailings repeat a few hundred domains: remember that many answers, no more. */
const CACHE_SIZE = 2000;
const cache = new Map<string, string | null>();

/**
 * A likely correction of a mistyped address (`anna@gmai.com` → `anna@gmail.com`,
 * `anna@hotmial.com` → `anna@hotmail.com`, `anna@acme.con` → `anna@acme.com`), for a
 * "did you mean …?" next to the field or the failed message; `undefined` when the
 * domain looks right or no correction is likely enough. Only the domain is corrected;
 * the local part is kept exactly as typed. Never throws.
 */
export function suggestAddress(address: string): string | undefined {
  try {
    if (typeof address !== 'string' || address.length > 320) return undefined;
    const trimmed = address.trim();
    const at = trimmed.lastIndexOf('@');
    if (at <= 0 || at === trimmed.length - 1) return undefined;
    const fixed = suggestDomainCached(trimmed.slice(at + 1).toLowerCase());
    return fixed === undefined ? undefined : `${trimmed.slice(0, at)}@${fixed}`;
  } catch {
    return undefined;
  }
}

/** `suggestDomainCached` of a checked domain, remembered with the domain's other facts. */
export function suggestionFor(info: DomainInfo): string | undefined {
  let fixed = info.suggestion;
  if (fixed === undefined) {
    fixed = suggestDomainCached(info.domain) ?? null;
    info.suggestion = fixed;
  }
  return fixed === null ? undefined : fixed;
}

/** `suggestDomain`, remembered per domain: the gate's hot path calls this one. */
export function suggestDomainCached(domain: string): string | undefined {
  let fixed = cache.get(domain);
  if (fixed === undefined) {
    fixed = suggestDomain(domain) ?? null;
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(domain, fixed);
  }
  return fixed === null ? undefined : fixed;
}

/** The corrected domain, or `undefined`. `domain` is in lower case. */
export function suggestDomain(domain: string): string | undefined {
  if (domain.length === 0 || domain.length > 64 || KNOWN.has(domain)) return undefined;
  const popular = closestPopular(domain, 2);
  if (popular !== undefined) return popular;
  // An unknown domain with a mistyped ending: fix the ending, then see whether that
  // reveals a popular domain (`gmai.con` → `gmai.com` → `gmail.com`).
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const tld = fixTld(domain.slice(dot + 1));
  if (tld === undefined) return undefined;
  const fixed = `${domain.slice(0, dot)}.${tld}`;
  if (KNOWN.has(fixed)) return fixed;
  return closestPopular(fixed, 1) ?? fixed;
}

/**
 * The popular domain `domain` is most likely a slip of, the most popular one on a tie.
 *
 * One slip counts when the names before the first dot are both at least four characters
 * long or equal: `gmai.com` → `gmail.com`, `aol.con` → `aol.com`, but `ms.com` (a real
 * company's) is not `msn.com`. Two slips count only between names of five characters or
 * more that end alike or in a mistyped ending: `hotmial.con` → `hotmail.com`, but
 * `yahoo.co.nz` is not `yahoo.co.uk`.
 */
function closestPopular(domain: string, limit: number): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of POPULAR_DOMAINS) {
    const d = editDistance(domain, candidate, Math.min(limit, bestDistance - 1));
    if (d < bestDistance && acceptable(domain, candidate, d)) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

function acceptable(domain: string, candidate: string, distance: number): boolean {
  const name = firstLabel(domain);
  const candidateName = firstLabel(candidate);
  if (distance === 1) {
    return name === candidateName || Math.min(name.length, candidateName.length) >= 4;
  }
  if (Math.min(name.length, candidateName.length) < 5) return false;
  const tld = lastLabel(domain);
  return tld === lastLabel(candidate) || fixTld(tld) !== undefined;
}

/** `com`, `net` or `org` when `tld` is no real ending and one slip away from one. */
function fixTld(tld: string): string | undefined {
  if (tld.length < 3 || REAL_NEAR_TLDS.has(tld)) return undefined;
  for (const target of TYPO_TARGET_TLDS) {
    if (editDistance(tld, target, 1) <= 1) return target;
  }
  return undefined;
}

function firstLabel(domain: string): string {
  const dot = domain.indexOf('.');
  return dot < 0 ? domain : domain.slice(0, dot);
}

function lastLabel(domain: string): string {
  return domain.slice(domain.lastIndexOf('.') + 1);
}
