import { hasControl, isControl, LDH } from './characters';

// Core compiles with neither DOM nor Node types, yet every runtime it supports (Node,
// Bun, Deno, browsers, edge workers) has the WHATWG URL class: declare what we use.
declare const URL: new (input: string) => { readonly hostname: string };

/**
 * The form addresses are compared and stored in: trimmed, lower case, the domain in
 * its ASCII (punycode) form. Answers `undefined` for anything that is not
 * `local@domain`. The original spelling is kept elsewhere, for display.
 *
 * Deliberately lenient (it does not judge the syntax, `validateAddress` does): it is
 * also used on addresses that come back in bounces and provider events, which must
 * still find the suppression entry they belong to. For an address that
 * `validateAddress` accepts, it answers exactly that check's `address`. A line break or
 * another control character inside the address is not leniency but header injection
 * (`a@x.com\r\nBcc: b@y.com` ends in a valid-looking domain): `undefined`, as in the domain.
 */
export function normalizeAddress(address: string): string | undefined {
  if (typeof address !== 'string') return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const local = address.slice(0, at).trim().toLowerCase();
  if (hasControl(local)) return undefined;
  const domain = toAsciiDomain(address.slice(at + 1).trim());
  if (local === '' || domain === undefined || domain === '') return undefined;
  return `${local}@${domain}`;
}

/**
 * A domain in lower-case ASCII; internationalized names become punycode (UTS #46, as
 * browsers do, so `Bücher.DE` and `xn--bcher-kva.de` compare equal). `undefined` when
 * the name cannot be converted.
 */
export function toAsciiDomain(domain: string): string | undefined {
  if (typeof domain !== 'string') return undefined;
  let ascii = true;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (isControl(c)) return undefined;
    if (c >= 0x80) ascii = false;
  }
  // Plain ASCII needs no IDNA processing: the common case stays cheap. Judging its
  // characters is `validateAddress`'s job, not this function's.
  if (ascii) return domain.toLowerCase();
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    // The URL parser reads `/`, `:`, `?`, `#`, `@` and `\` as the end of the host, so
    // `bücher.de/x` would come out as a valid host: only a host name's own ASCII
    // characters may reach it.
    if (c < 0x80 && LDH[c] !== 1 && c !== 0x2e) return undefined;
  }
  try {
    // WHATWG URL applies UTS #46 on every runtime, without a Node built-in.
    const host = new URL(`http://${domain}`).hostname;
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}
