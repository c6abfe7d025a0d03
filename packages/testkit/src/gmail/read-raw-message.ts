/** The parts of a raw RFC 822 message the emulator looks at. */
export interface RawMessageSummary {
  /** The top-level headers, names in lower case (the first of each), unfolded. */
  readonly headers: Readonly<Record<string, string>>;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  /** A To header that holds something other than addresses (Gmail: "Invalid To header"). */
  readonly invalidTo: boolean;
}

const addressPattern = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

/** Decodes a base64url (or base64) string to text. */
export function decodeBase64Url(value: string): string {
  return Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
}

/** Reads the headers of a raw message and the addresses of To, Cc and Bcc. */
export function readRawMessage(raw: string): RawMessageSummary {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  const to = addresses(headers.to);
  return {
    headers,
    to: to.valid,
    cc: addresses(headers.cc).valid,
    bcc: addresses(headers.bcc).valid,
    invalidTo: to.invalid,
  };
}

/** The addresses of an address-list header: `Name <a@x.test>, b@y.test`. */
function addresses(value: string | undefined): { valid: string[]; invalid: boolean } {
  if (!value) return { valid: [], invalid: false };
  const valid: string[] = [];
  let invalid = false;
  // Quoted display names may hold commas; drop them before splitting.
  const withoutQuoted = value.replace(/"(?:[^"\\]|\\.)*"/g, '');
  for (const part of withoutQuoted.split(',')) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const angle = /<([^>]*)>/.exec(trimmed);
    const address = (angle ? angle[1] : trimmed)?.trim() ?? '';
    if (addressPattern.test(address)) valid.push(address.toLowerCase());
    else invalid = true;
  }
  return { valid, invalid };
}
