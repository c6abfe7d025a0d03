import { ATEXT, hasControl, isControl } from './characters';
import { checkAsciiDomain } from './check-domain';
import { isDisposableAsciiDomain } from './disposable-domain';
import { type DomainInfo, validAsciiDomain } from './domain-cache';
import { toAsciiDomain } from './normalize-address';
import { isRoleAt, isRoleLocal } from './role-address';

/** Why `validateAddress` refused an address. */
export type AddressProblem =
  | 'empty'
  | 'not_a_string'
  | 'line_break'
  | 'syntax'
  | 'too_long'
  | 'local_too_long'
  | 'domain_too_long'
  | 'label_too_long'
  | 'bad_domain';

/** What `validateAddress` answers: the normalized address with its role and disposable flags, or the problem with it. */
export type AddressCheck =
  | {
      ok: true;
      /** Normalized: lower case, the domain in punycode; the form to compare and store. */
      address: string;
      /** As given, trimmed: the spelling to show. */
      display: string;
      /** The local part, lower case. */
      local: string;
      /** The domain, lower-case ASCII (punycode). */
      domain: string;
      /** The local part names a function (`info@`, `no-reply@`), not a person. */
      role: boolean;
      /** The domain (or a parent of it) is a known throw-away mail service. */
      disposable: boolean;
    }
  | { ok: false; problem: AddressProblem; detail: string };

/** RFC 5321 §4.5.3.1.1: a local part is at most 64 octets. */
const MAX_LOCAL = 64;
/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets, two of them the angle brackets. */
const MAX_ADDRESS = 254;
/** Input longer than this is refused unread, so that no work grows with hostile input. */
const MAX_INPUT = 1024;

/**
 * Whether `input` is an address mail can be sent to, and its normalized form.
 *
 * Accepts the RFC 5321 mailbox `dot-atom@domain` as mail providers' APIs take it, and
 * refuses, by decision:
 * - quoted local parts (`"john doe"@example.com`): legal, but almost never real, refused
 *   by several providers, and a way to smuggle spaces and `@` into an address;
 * - non-ASCII local parts (`åsa@example.se`, SMTPUTF8): Amazon SES and many receiving
 *   servers do not support them, so they would bounce; internationalized *domains* are
 *   accepted and converted to punycode;
 * - address literals (`x@[192.0.2.1]`) and numeric top-level domains: no provider
 *   delivers to them, and they are a mark of junk sign-ups;
 * - any control character (CR, LF, NUL, TAB, NEL, U+2028 …), even at the edges: such
 *   input is an attempt at header injection, not a typo to trim away.
 *
 * Surrounding white space is trimmed. Never throws.
 */
export function validateAddress(input: unknown): AddressCheck {
  const early = screen(input);
  if (typeof early !== 'string') return early;
  try {
    return check(early);
  } catch {
    // Nothing above is known to throw; this keeps the promise if a runtime's URL does.
    return refused('bad_domain', 'The domain could not be converted to its ASCII form.');
  }
}

/** A valid address as the gate's hot path needs it; the gate keeps one and refills it. */
export interface ValidAddress {
  /** Normalized: lower case, the domain in punycode. */
  address: string;
  /** As given, trimmed. */
  display: string;
  /** The domain's facts; shared by every address at the same domain. */
  domain: DomainInfo;
  role: boolean;
}

/**
 * `validateAddress` for the bulk path: the same verdict, but a valid address is written
 * into `out` (answering `undefined`) instead of a new object, and its domain is
 * checked once per domain rather than once per address. Never throws.
 */
export function validateAddressInto(
  input: unknown,
  out: ValidAddress,
): Extract<AddressCheck, { ok: false }> | undefined {
  const early = screen(input);
  if (typeof early !== 'string') return early;
  try {
    const at = checkLocal(early);
    if (typeof at !== 'number') return at;
    const known = validAsciiDomain(early, at + 1);
    if (known !== undefined) {
      if (early.length > MAX_ADDRESS) return tooLong(early, early.length);
      // Most addresses are written in lower case already: then no copy is needed.
      const lower = !hasUpperCase(early, at) && early.endsWith(known.domain);
      const address = lower ? early : early.toLowerCase();
      out.address = address;
      out.display = early;
      out.domain = known;
      out.role = isRoleAt(address, at);
      return undefined;
    }
  } catch {
    // Fall through to the long way, which says what is wrong.
  }
  const check = validateAddress(input);
  if (!check.ok) return check;
  out.address = check.address;
  out.display = check.display;
  out.domain = {
    domain: check.domain,
    key: `@${check.domain}`,
    disposable: check.disposable,
    suggestion: undefined,
  };
  out.role = check.role;
  return undefined;
}

/**
 * The checks before the syntax: a string of sane length, with no control character
 * trimmed off its edges; answers it trimmed.
 */
function screen(input: unknown): string | Extract<AddressCheck, { ok: false }> {
  if (typeof input !== 'string') {
    return refused('not_a_string', `Expected the address as a string, got ${describe(input)}.`);
  }
  if (input.length > MAX_INPUT) {
    return refused(
      'too_long',
      `The input is ${input.length} characters long, far beyond the ${MAX_ADDRESS} an address may have.`,
    );
  }
  const display = input.trim();
  // `trim` also removes CR and LF: look at what it removed before it is lost.
  if (display.length !== input.length && hasControl(input)) return lineBreak();
  if (display.length === 0) return refused('empty', 'The address is empty.');
  return display;
}

/** The checks on a trimmed, non-empty input of sane length. */
function check(s: string): AddressCheck {
  const at = checkLocal(s);
  if (typeof at !== 'number') return at;
  const known = validAsciiDomain(s, at + 1);
  if (known !== undefined) {
    if (s.length > MAX_ADDRESS) return tooLong(s, s.length);
    const address = s.toLowerCase();
    const local = address.slice(0, at);
    return {
      ok: true,
      address,
      display: s,
      local,
      domain: known.domain,
      role: isRoleLocal(local),
      disposable: known.disposable,
    };
  }

  // Domain: plain ASCII is checked in place; anything else goes through IDNA first.
  let fault = checkAsciiDomain(s, at + 1);
  let domain: string | undefined;
  if (fault === 'non_ascii') {
    domain = toAsciiDomain(s.slice(at + 1));
    if (domain === undefined) {
      return fail(s, 'bad_domain', 'The internationalized domain cannot be converted to punycode.');
    }
    fault = checkAsciiDomain(domain, 0);
  }
  if (fault === 'non_ascii')
    return fail(s, 'bad_domain', 'The domain could not be converted to ASCII.');
  if (fault !== undefined) return fail(s, fault.problem, fault.detail);

  const length = domain === undefined ? s.length : at + 1 + domain.length;
  if (length > MAX_ADDRESS) return tooLong(s, length);

  let address: string;
  let local: string;
  if (domain === undefined) {
    address = s.toLowerCase();
    local = address.slice(0, at);
    domain = address.slice(at + 1);
  } else {
    local = s.slice(0, at).toLowerCase();
    address = `${local}@${domain}`;
  }
  return {
    ok: true,
    address,
    display: s,
    local,
    domain,
    role: isRoleLocal(local),
    disposable: isDisposableAsciiDomain(domain),
  };
}

/** Whether `s.slice(0, end)` (ASCII) has an upper-case letter. */
function hasUpperCase(s: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

function tooLong(s: string, length: number): AddressCheck & { ok: false } {
  return fail(
    s,
    'too_long',
    `The address is ${length} characters long; at most ${MAX_ADDRESS} are allowed.`,
  );
}

/**
 * The local part (a dot-atom, up to the only `@`): answers the index of the `@`, or
 * what is wrong.
 */
function checkLocal(s: string): number | (AddressCheck & { ok: false }) {
  // Local part: a dot-atom, read up to the `@`.
  let at = -1;
  let previous = 0x2e; // as if after a dot, so that a leading dot is caught
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x40 /* @ */) {
      at = i;
      break;
    }
    if (c === 0x2e /* . */) {
      if (previous === 0x2e)
        return syntax(s, 'The local part starts with a dot or has two dots in a row.');
    } else if (c >= 0x80 || ATEXT[c] !== 1) {
      return syntax(s, localCharProblem(s, i, c));
    }
    previous = c;
  }
  if (at < 0) return syntax(s, 'The address has no @.');
  if (at === 0) return syntax(s, 'The address has nothing before the @.');
  if (previous === 0x2e) return syntax(s, 'The local part ends with a dot.');
  if (at === s.length - 1) return syntax(s, 'The address has nothing after the @.');
  if (at > MAX_LOCAL) {
    return fail(
      s,
      'local_too_long',
      `The local part is ${at} characters long; at most ${MAX_LOCAL} are allowed.`,
    );
  }
  if (s.indexOf('@', at + 1) >= 0) return syntax(s, 'The address has more than one @.');
  return at;
}

function localCharProblem(s: string, i: number, c: number): string {
  if (c === 0x22) return 'Quoted local parts ("…"@example.com) are not accepted.';
  if (c >= 0x80 && !isControl(c)) {
    return 'Non-ASCII characters in the local part (SMTPUTF8) are not accepted, as most providers would refuse them.';
  }
  return `The local part contains the character ${JSON.stringify(s[i])}, which is not allowed unquoted.`;
}

/** A refusal; control characters anywhere outrank whatever else was found. */
function fail(s: string, problem: AddressProblem, detail: string): AddressCheck & { ok: false } {
  return hasControl(s) ? lineBreak() : refused(problem, detail);
}

function syntax(s: string, detail: string): AddressCheck & { ok: false } {
  return fail(s, 'syntax', detail);
}

function lineBreak(): AddressCheck & { ok: false } {
  return refused(
    'line_break',
    'The address contains a line break or another control character, as used for header injection.',
  );
}

function refused(problem: AddressProblem, detail: string): AddressCheck & { ok: false } {
  return { ok: false, problem, detail };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
