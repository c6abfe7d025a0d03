// The maintained list of disposable-email-domains/disposable-email-domains, as an npm
// package. It is CommonJS whose function `require`s its JSON file: a named import of
// that function works from our ESM build (Node detects `exports.x =`), from our CJS
// build, in bundlers and in vitest, and reads no file itself, so core stays free of
// Node built-ins. (A default import would be `undefined` in the CJS build, because the
// package sets `__esModule`.) Its own `isDisposableEmailDomain` builds a new Set on
// every call, so we keep one ourselves.
import { disposableEmailBlocklist } from 'disposable-email-domains-js';
import { toAsciiDomain } from './normalize-address';

let domains: Set<string> | undefined;

/** The list, as a Set built on first use: most processes that import core never ask. */
function list(): Set<string> {
  if (domains === undefined) {
    try {
      domains = new Set(disposableEmailBlocklist());
    } catch {
      // A broken install must not turn every validation into an exception.
      domains = new Set();
    }
  }
  return domains;
}

/**
 * Whether `domain` is a known throw-away mail domain, or a subdomain of one
 * (`a.b.mailinator.com`, since such services often answer on any subdomain).
 * Accepts any case and internationalized names.
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
  const set = list();
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
