/**
 * Keeps the secrets a transport used out of everything it returns. Providers (and proxies,
 * and libraries) sometimes echo what they were sent: a password in a 535 reply, an access
 * token in an error message, or only part of one (a truncated token, two of a JWT's three
 * parts). Patterns alone miss opaque tokens (personal Microsoft accounts' start `EwB…`); the
 * transport knows the exact strings it used, so it removes those, and any run of
 * `fragmentLength` characters of one, before the patterns.
 */

/** Credential shapes removed from every provider text, whatever the transport passes. */
export const credentialPatterns: readonly RegExp[] = [
  /\bBearer\s+[\w.~+/-]{8,}=*/gi,
  /\bBasic\s+[A-Za-z0-9+/]{8,}=*/g,
  // A JWT, or the first part or two of one (`{"` in base64url is `eyJ`).
  /\beyJ[\w-]{6,}(?:\.[\w-]*){0,2}/g,
  /\bya29\.[\w.-]+/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\b(?:password|passwd|pwd|pass|secret|client_secret|token|access_token|refresh_token|api[_-]?key|authorization)\b["']?\s*[=:]\s*("[^"]*"|'[^']*'|[^\s,;&]+)/gi,
  /(?<=\/\/)[^/\s:@]+:[^/\s@]+(?=@)/g,
];

/** A run this long of a secret's characters, found anywhere, is taken for part of it. */
export const fragmentLength = 12;

/** Secrets shorter than this are removed only whole: a short run of one is not telling. */
const minFragmentedLength = 16;

/** Tokens remembered at most (they rotate; the newest are the ones a provider may echo). */
const maxRemembered = 8;

const mark = '[redacted]';

/**
 * `text` without `secrets` (whole, and every run of `fragmentLength` characters of a long
 * one), without `names` (whole only), then without every match of `patterns`.
 */
export function removeSecrets(
  text: string,
  secrets: readonly string[],
  names: readonly string[] = [],
  patterns: readonly RegExp[] = [],
): string {
  return removePatterns(
    removeFragments(removeWhole(text, [...secrets, ...names]), fragmentsOf(secrets)),
    patterns,
  );
}

function removeWhole(text: string, strings: readonly string[]): string {
  let clean = text;
  // The longest first, so that a secret holding another is removed whole.
  for (const secret of [...strings].sort((a, b) => b.length - a.length))
    if (secret.length > 0 && clean.includes(secret)) clean = clean.split(secret).join(mark);
  return clean;
}

/** The runs of `fragmentLength` characters of the secrets, and their rolling hashes. */
interface Fragments {
  readonly runs: ReadonlySet<string>;
  readonly hashes: ReadonlySet<number>;
}

const base = 31;
/** `base` to the power `fragmentLength - 1`, modulo 2^32: what the leaving character weighs. */
const leaving = Array.from({ length: fragmentLength - 1 }).reduce<number>(
  (power) => Math.imul(power, base),
  1,
);

function hashOf(text: string, from: number): number {
  let hash = 0;
  for (let at = from; at < from + fragmentLength; at++)
    hash = (Math.imul(hash, base) + text.charCodeAt(at)) | 0;
  return hash;
}

/** Every run of `fragmentLength` characters of the secrets long enough to be cut up. */
function fragmentsOf(secrets: readonly string[]): Fragments {
  const runs = new Set<string>();
  const hashes = new Set<number>();
  for (const secret of secrets) {
    if (secret.length < minFragmentedLength) continue;
    for (let at = 0; at + fragmentLength <= secret.length; at++) {
      runs.add(secret.slice(at, at + fragmentLength));
      hashes.add(hashOf(secret, at));
    }
  }
  return { runs, hashes };
}

/**
 * Replaces each stretch of text covered by runs of a secret. Linear in the text: a rolling
 * hash finds the candidates, and only those are compared.
 */
function removeFragments(text: string, fragments: Fragments): string {
  if (fragments.runs.size === 0 || text.length < fragmentLength) return text;
  let clean = '';
  let copiedTo = 0; // text before this index is in `clean`
  let coveredTo = -1; // the end of the stretch being covered, or -1
  let coveredFrom = 0;
  let hash = hashOf(text, 0);
  for (let at = 0; at + fragmentLength <= text.length; at++) {
    if (at > 0) {
      const out = Math.imul(text.charCodeAt(at - 1), leaving);
      hash = (Math.imul(hash - out, base) + text.charCodeAt(at + fragmentLength - 1)) | 0;
    }
    if (!fragments.hashes.has(hash) || !fragments.runs.has(text.slice(at, at + fragmentLength)))
      continue;
    if (at > coveredTo) {
      if (coveredTo >= 0) {
        clean += text.slice(copiedTo, coveredFrom) + mark;
        copiedTo = coveredTo;
      }
      coveredFrom = at;
    }
    coveredTo = at + fragmentLength;
  }
  if (coveredTo < 0) return text;
  return clean + text.slice(copiedTo, coveredFrom) + mark + text.slice(coveredTo);
}

function removePatterns(text: string, patterns: readonly RegExp[]): string {
  let clean = text;
  for (const pattern of patterns) clean = clean.replace(pattern, mark);
  return clean;
}

/** Options of `secretRedactor`. */
export interface SecretRedactorOptions {
  /** Passwords, keys and tokens the transport holds: removed whole and in fragments. */
  readonly secrets?: readonly (string | undefined)[];
  /** Removed only whole: user names, which are ordinary words and addresses too. */
  readonly names?: readonly (string | undefined)[];
  /** More token shapes, after `credentialPatterns`. */
  readonly patterns?: readonly RegExp[];
}

/** One transport's redactor: what it holds, and what it learns as it goes. */
export interface SecretRedactor {
  /** Notes secrets used now (a token just fetched or refreshed). The newest 8 are kept. */
  remember(...secrets: readonly (string | undefined)[]): void;
  /** The text without the secrets, their fragments, the names and credential shapes. */
  text(text: string): string;
  /**
   * The value with every provider detail in it (`provider.text` and `provider.code`, at any
   * depth: a failure, its refused recipients, a mailbox read's failures) cleaned. Other
   * fields (addresses, ids, reasons) are kept as they are. The same object when nothing
   * changed. Never throws.
   */
  result<T>(value: T): T;
}

/** Makes the redactor a transport applies to everything it returns. */
export function secretRedactor(options: SecretRedactorOptions = {}): SecretRedactor {
  const fixed = usable(options.secrets ?? []);
  const names = usable(options.names ?? []);
  const patterns = [...credentialPatterns, ...(options.patterns ?? [])];
  const remembered = new Set<string>();
  let fragments: Fragments | undefined;

  const text = (value: string): string => {
    const secrets = [...fixed, ...remembered];
    fragments ??= fragmentsOf(secrets);
    return removePatterns(
      removeFragments(removeWhole(value, [...secrets, ...names]), fragments),
      patterns,
    );
  };

  const walk = (value: unknown, depth: number): unknown => {
    if (depth > 8 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) {
      let changed = false;
      const copy = value.map((item) => {
        const clean = walk(item, depth + 1);
        changed ||= clean !== item;
        return clean;
      });
      return changed ? copy : value;
    }
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return value;
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const clean = key === 'provider' ? cleanProvider(item) : walk(item, depth + 1);
      if (clean !== item) {
        copy ??= { ...(value as Record<string, unknown>) };
        copy[key] = clean;
      }
    }
    return copy ?? value;
  };

  const cleanProvider = (provider: unknown): unknown => {
    if (typeof provider !== 'object' || provider === null) return provider;
    const detail = provider as { text?: unknown; code?: unknown };
    const cleanText = typeof detail.text === 'string' ? text(detail.text) : detail.text;
    const cleanCode = typeof detail.code === 'string' ? text(detail.code) : detail.code;
    if (cleanText === detail.text && cleanCode === detail.code) return provider;
    return {
      ...provider,
      ...(cleanText !== undefined ? { text: cleanText } : {}),
      ...(cleanCode !== undefined ? { code: cleanCode } : {}),
    };
  };

  return {
    remember(...secrets) {
      for (const secret of usable(secrets)) {
        if (fixed.includes(secret) || remembered.has(secret)) continue;
        remembered.add(secret);
        if (remembered.size > maxRemembered) {
          const oldest = remembered.values().next().value;
          if (oldest !== undefined) remembered.delete(oldest);
        }
        fragments = undefined;
      }
    },
    text,
    result<T>(value: T): T {
      try {
        return walk(value, 0) as T;
      } catch {
        return value;
      }
    },
  };
}

/** Strings of at least 3 characters: shorter ones would blank ordinary words. */
function usable(values: readonly (string | undefined)[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value.length >= 3);
}
