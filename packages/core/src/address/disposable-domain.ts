import { toAsciiDomain } from './normalize-address';

// The list is not part of core: the maintained one (@mailgate/core/disposable) is 145 KB
// in a bundle, so only those who want it load it and hand it over (useDisposableDomains).
let domains: ReadonlySet<string> = new Set();

/** Replaces the list of disposable domains (lower-case ASCII). */
export function setDisposableDomains(list: ReadonlySet<string>): void {
  domains = list;
}

/**
 * Whether `domain` is on the list given to `useDisposableDomains`, or a subdomain of one
 * (`a.b.mailinator.com`, since such services often answer on any subdomain). Accepts any
 * case and internationalized names. `false` for every domain until a list is given.
 */
export function isDisposableDomain(domain: string): boolean {
  if (typeof domain !== 'string' || domain.length === 0 || domain.length > 255) return false;
  let name = toAsciiDomain(domain.trim());
  if (name === undefined) return false;
  if (name.endsWith('.')) name = name.slice(0, -1);
  return isDisposableAsciiDomain(name);
}

/** `isDisposableDomain` for a domain already in lower-case ASCII (the hot path). */
export function isDisposableAsciiDomain(domain: string): boolean {
  const set = domains;
  if (set.has(domain)) return true;
  // Walk up the parents, but never down to the bare top-level domain.
  let dot = domain.indexOf('.');
  while (dot >= 0) {
    const next = domain.indexOf('.', dot + 1);
    if (next < 0) return false;
    if (set.has(domain.slice(dot + 1))) return true;
    dot = next;
  }
  return false;
}
