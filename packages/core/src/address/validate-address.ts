import { ATEXT, hasControl, isControl } from './characters';
import { checkAsciiDomain } from './check-domain';
import { isDisposableAsciiDomain } from './disposable-domain';
import { toAsciiDomain } from './normalize-address';
import { isRoleLocal } from './role-address';

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
  try {
    return check(display);
  } catch {
    // Nothing above is known to throw; this keeps the promise if a runtime's URL does.
    return refused('bad_domain', 'The domain could not be converted to its ASCII form.');
  }
}

/** The checks on a trimmed, non-empty input of sane length. */
function check(s: string): AddressCheck {
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
  if (length > MAX_ADDRESS) {
    return fail(
      s,
      'too_long',
      `The address is ${length} characters long; at most ${MAX_ADDRESS} are allowed.`,
    );
  }

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

function localCharProblem(s: string, i: number, c: number): string {
  if (c === 0x22) return 'Quoted local parts ("…"@example.com) are not accepted.';
  if (c >= 0x80 && !isControl(c)) {
    return 'Non-ASCII characters in the local part (SMTPUTF8) are not accepted, as most providers would refuse them.';
  }
  return `The local part contains the character ${JSON.stringify(s[i])}, which is not allowed unquoted.`;
}

/** A refusal; control characters anywhere outrank whatever else was found. */
function fail(s: string, problem: AddressProblem, detail: string): AddressCheck {
  return hasControl(s) ? lineBreak() : refused(problem, detail);
}

function syntax(s: string, detail: string): AddressCheck {
  return fail(s, 'syntax', detail);
}

function lineBreak(): AddressCheck {
  return refused(
    'line_break',
    'The address contains a line break or another control character, as used for header injection.',
  );
}

function refused(problem: AddressProblem, detail: string): AddressCheck {
  return { ok: false, problem, detail };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
