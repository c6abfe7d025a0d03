import { checkAsciiDomain } from './check-domain';
import { isDisposableAsciiDomain } from './disposable-domain';

/** What is known of a valid, plain-ASCII mail domain, worked out once per domain. */
export interface DomainInfo {
  /** Lower case: the form to compare and store. */
  readonly domain: string;
  /** `@domain`, the suppression key of the whole domain, as one flat string. */
  readonly key: string;
  readonly disposable: boolean;
  /**
   * The likely correction of a mistyped domain (`suggestDomain`), `null` for none;
   * `undefined` until someone asks (the gate does, through `suggestionFor`).
   */
  suggestion?: string | null;
}

/** Bulk mailings repeat a few thousand domains: remember that many, no more. */
const MAX_ENTRIES = 4096;
const SLOTS = MAX_ENTRIES * 2;
const MASK = SLOTS - 1;

let hashes = new Int32Array(SLOTS);
let entries: (DomainInfo | undefined)[] = new Array(SLOTS).fill(undefined);
let size = 0;

/**
 * The facts of the domain `s.slice(start)` when it is a valid ASCII mail domain, read
 * without slicing or lower-casing `s` when the domain was seen before; `undefined` when
 * it is not valid or not plain ASCII (the caller then takes the long way, which also
 * says what is wrong). Only valid domains are remembered.
 */
export function validAsciiDomain(s: string, start: number): DomainInfo | undefined {
  const end = s.length;
  const length = end - start;
  if (length <= 0 || length > 255) return undefined;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  h = (h ^ (h >>> 15)) | 0;
  for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
    const entry = entries[slot];
    if (entry === undefined) break;
    if (hashes[slot] === h && sameLowerCase(entry.domain, s, start)) return entry;
  }
  if (checkAsciiDomain(s, start) !== undefined) return undefined;
  const domain = s.slice(start).toLowerCase();
  const info: DomainInfo = {
    domain,
    key: `@${domain}`.toLowerCase(), // `toLowerCase` flattens the concatenation
    disposable: isDisposableAsciiDomain(domain),
    // Present from the start, so that every entry has the same shape.
    suggestion: undefined,
  };
  remember(h, info);
  return info;
}

/** Whether `s.slice(start)`, lower-cased, is `domain` (which is lower case). */
function sameLowerCase(domain: string, s: string, start: number): boolean {
  if (domain.length !== s.length - start) return false;
  for (let i = 0; i < domain.length; i++) {
    let c = s.charCodeAt(start + i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== domain.charCodeAt(i)) return false;
  }
  return true;
}

/** Empties the cache: what it holds was worked out with facts that have changed. */
export function forgetDomains(): void {
  hashes = new Int32Array(SLOTS);
  entries = new Array(SLOTS).fill(undefined);
  size = 0;
}

function remember(h: number, info: DomainInfo): void {
  // Full: start over rather than track what was used last. A list of this many
  // domains gains little from the cache anyway.
  if (size >= MAX_ENTRIES) forgetDomains();
  let slot = h & MASK;
  while (entries[slot] !== undefined) slot = (slot + 1) & MASK;
  hashes[slot] = h;
  entries[slot] = info;
  size++;
}
