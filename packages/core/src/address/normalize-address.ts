/**
 * The form addresses are compared and stored in: trimmed, lower case, the domain in
 * its ASCII (punycode) form. Answers `undefined` for anything that is not
 * `local@domain`. The original spelling is kept elsewhere, for display.
 */
export function normalizeAddress(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  const local = address.slice(0, at).trim().toLowerCase();
  const domain = toAsciiDomain(address.slice(at + 1).trim());
  return domain === undefined ? undefined : `${local}@${domain}`;
}

/** A domain in lower-case ASCII; internationalized names become punycode. */
export function toAsciiDomain(domain: string): string | undefined {
  // Plain ASCII needs no IDNA processing: the common case stays cheap.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the point
  if (/^[\x00-\x7f]*$/.test(domain)) return domain.toLowerCase();
  try {
    // WHATWG URL applies UTS #46 on every runtime, without a Node built-in.
    return new URL(`http://${domain}`).hostname;
  } catch {
    return undefined;
  }
}
