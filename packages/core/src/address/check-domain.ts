import { LDH } from './characters';

/** Why an ASCII domain is not a usable mail domain; `undefined` means it is. */
export type DomainFault =
  | { problem: 'domain_too_long' | 'label_too_long' | 'bad_domain'; detail: string }
  | 'non_ascii';

/** RFC 5321 §4.5.3.1.2: a domain name is at most 255 octets. */
export const MAX_DOMAIN = 255;
/** RFC 1035 §2.3.4: a label is at most 63 octets. */
export const MAX_LABEL = 63;

/**
 * Checks `s.slice(start)` as a host name that can receive mail over the public internet:
 * at least two labels, each 1–63 letters, digits or hyphens, not starting or ending
 * with a hyphen, and a top-level label that starts with a letter (so `1.2.3.4`, which
 * would be an IP address, is refused). Works on offsets so that the hot path slices
 * nothing. Answers `'non_ascii'` at the first non-ASCII character, for the caller to
 * convert the domain to punycode and check again.
 */
export function checkAsciiDomain(s: string, start: number): DomainFault | undefined {
  const end = s.length;
  if (end - start > MAX_DOMAIN) {
    return {
      problem: 'domain_too_long',
      detail: `The domain is ${end - start} characters long; at most ${MAX_DOMAIN} are allowed.`,
    };
  }
  if (s.charCodeAt(start) === 0x5b /* [ */) {
    return {
      problem: 'bad_domain',
      detail: 'Address literals such as [192.0.2.1] are not accepted as domains.',
    };
  }
  let labels = 0;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0x2e : s.charCodeAt(i);
    if (c === 0x2e /* . */) {
      const length = i - labelStart;
      if (length === 0) {
        return {
          problem: 'bad_domain',
          detail:
            'The domain has an empty label (two dots in a row, or a dot at its start or end).',
        };
      }
      if (length > MAX_LABEL) {
        return {
          problem: 'label_too_long',
          detail: `A label of the domain is ${length} characters long; at most ${MAX_LABEL} are allowed.`,
        };
      }
      if (s.charCodeAt(labelStart) === 0x2d || s.charCodeAt(i - 1) === 0x2d) {
        return {
          problem: 'bad_domain',
          detail: 'A label of the domain starts or ends with a hyphen.',
        };
      }
      labels++;
      if (i < end) labelStart = i + 1;
      continue;
    }
    if (c >= 0x80) return 'non_ascii';
    if (LDH[c] !== 1) {
      return {
        problem: 'bad_domain',
        detail: `The domain contains the character ${JSON.stringify(s[i])}, which no host name may contain.`,
      };
    }
  }
  if (labels < 2) {
    return {
      problem: 'bad_domain',
      detail: 'The domain has no dot, so it cannot be reached on the internet.',
    };
  }
  const top = s.charCodeAt(labelStart) | 0x20;
  if (top < 0x61 || top > 0x7a || end - labelStart < 2) {
    return {
      problem: 'bad_domain',
      detail: 'The top-level domain must be at least two characters long and start with a letter.',
    };
  }
  return undefined;
}
