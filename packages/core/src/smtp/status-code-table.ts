import type { Reason } from '../reasons/reason';

/**
 * Enhanced status code (RFC 3463) → reason, after Sisimai 5.6's table
 * (`Sisimai::SMTP::Status`, research/reasons.md §1.5) with its reasons renamed
 * to ours.
 *
 * `generic` marks codes that say little more than "refused" (5.0.0, 5.7.1, …):
 * receivers put them on every kind of refusal, so even a vague text pattern says
 * more than they do. Specific codes (5.1.1, 5.2.2, 5.7.26) beat vague text.
 */
export interface StatusVerdict {
  readonly reason: Reason;
  readonly generic: boolean;
}

type Entry = readonly [reason: Reason, generic?: true];

// Keys are "subject.detail"; the class digit (4 or 5) only sets `permanent`,
// except in the few codes listed per class below.
const bySubjectDetail: Readonly<Record<string, Entry>> = {
  '0.0': ['delivery_failed', true],
  '1.0': ['recipient_unknown', true],
  '1.1': ['recipient_unknown'],
  '1.2': ['recipient_domain_unknown'],
  '1.3': ['recipient_unknown'],
  '1.4': ['recipient_filtered'],
  '1.6': ['recipient_moved'],
  '1.7': ['sender_rejected'],
  '1.8': ['sender_rejected'],
  '1.9': ['receiver_system_error'],
  '1.10': ['domain_not_accepting_mail'],
  '2.0': ['recipient_filtered', true],
  '2.1': ['recipient_filtered'],
  '2.2': ['mailbox_full'],
  '2.3': ['message_too_large'],
  '2.4': ['recipient_filtered'],
  '3.0': ['receiver_system_error', true],
  '3.1': ['receiver_system_full'],
  '3.2': ['domain_not_accepting_mail'],
  '3.3': ['receiver_system_error'],
  '3.4': ['message_too_large'],
  '3.5': ['receiver_system_error'],
  '4.0': ['network_error', true],
  '4.1': ['delivery_expired'],
  '4.2': ['network_error'],
  '4.3': ['receiver_system_error'],
  '4.4': ['recipient_domain_unknown'],
  '4.5': ['receiver_system_full'],
  '4.6': ['network_error'],
  '4.7': ['delivery_expired'],
  '4.8': ['network_error'],
  '5.0': ['receiver_system_error', true],
  '5.1': ['smtp_syntax_error'],
  '5.2': ['smtp_syntax_error'],
  '5.3': ['receiver_rate_limited'],
  '5.4': ['receiver_system_error'],
  '5.5': ['receiver_system_error'],
  '5.6': ['smtp_syntax_error'],
  '7.0': ['security_rejected', true],
  '7.1': ['security_rejected', true],
  '7.2': ['security_rejected'],
  '7.13': ['mailbox_disabled'],
  '7.16': ['message_too_large'],
  '7.17': ['recipient_moved'],
  '7.18': ['recipient_moved'],
  '7.20': ['sender_authentication_failed'],
  '7.21': ['sender_authentication_failed'],
  '7.22': ['sender_authentication_failed'],
  '7.23': ['sender_authentication_failed'],
  '7.24': ['sender_authentication_failed'],
  '7.25': ['sender_ptr_missing'],
  '7.26': ['sender_authentication_failed'],
  // RFC 7505: "Sender address has null MX" — the sender's domain takes no mail, so no bounce
  // could reach it; the recipient's twin is X.1.10.
  '7.27': ['sender_rejected'],
  '7.28': ['rejected_as_spam'],
  '7.29': ['sender_authentication_failed'],
  '7.30': ['tls_failed'],
};

// Where the transient and the permanent code of one subject.detail mean different things.
const byFullCode: Readonly<Record<string, Entry>> = {
  // 4.2.1: "service refused, try later" (La Poste, Orange); Sisimai 5.2+ says blocked. Gmail's
  // "receiving mail too quickly" under the same code is caught by its text first.
  '4.2.1': ['sender_blocked'],
  '4.3.2': ['domain_not_accepting_mail', true],
  // 4.7.1 and 4.7.2 are the usual "try later, we do not like you" greylisting/blocking codes.
  '4.7.1': ['sender_blocked', true],
  '4.7.2': ['sender_blocked'],
  '5.3.2': ['domain_not_accepting_mail'],
  // 5.4.1 is Exchange Online's "Recipient address rejected: Access denied" (directory-based edge blocking).
  '5.4.1': ['recipient_unknown', true],
};

/**
 * Microsoft 365 writes its own detail numbers (5.7.1xx, 5.7.5xx–7xx); their meanings
 * come from Microsoft's NDR documentation (learn.microsoft.com, "Non-delivery reports in
 * Exchange Online", one page per code).
 */
const microsoftCodes: Readonly<Record<number, Entry>> = {
  // 5.7.124 "Sender not in allowed-senders list": the group's delivery restriction.
  124: ['recipient_filtered'],
  // 5.7.506 "Access Denied, Bad HELO"; 5.7.507 "Access denied, rejected by recipient" (the IP).
  506: ['sender_blocked'],
  507: ['sender_blocked'],
  // 5.7.508 "Access denied, [IP] has exceeded permitted limits within [range] range".
  508: ['receiver_rate_limited'],
  // 5.7.509 DMARC reject; 5.7.515 "doesn't meet the required authentication level".
  509: ['sender_authentication_failed'],
  515: ['sender_authentication_failed'],
  // 5.7.510 "does not accept email over IPv6"; 5.7.511 "banned sender"; 5.7.513 "Client host
  // blocked by [domain] using Customer Block list".
  510: ['sender_blocked'],
  511: ['sender_blocked'],
  513: ['sender_blocked'],
  // 5.7.512 "message must be RFC 5322 section 3.6.2 compliant".
  512: ['not_rfc_compliant'],
};

function microsoftRange(klass: string, subject: number, detail: number): Entry | undefined {
  // 4.7.500–699 are Exchange Online Protection's deferrals, "451 4.7.500 Server busy. Please
  // try again later from [IP]. (S77719)" (and AS/S numbers beside it): the receiver throttles
  // the sending IP for now. The permanent 5.7.5xx–6xx of the same numbers are its refusals;
  // only 4.7.650, "temporarily rate limited due to IP reputation", names a cause.
  if (klass === '4' && subject === 7 && detail >= 500 && detail <= 699 && detail !== 650)
    return ['receiver_rate_limited'];
  if (subject === 7 && microsoftCodes[detail]) return microsoftCodes[detail];
  // 5.7.501–503: the sending tenant's own account is banned for spam ("Spam abuse detected").
  if (subject === 7 && detail >= 500 && detail <= 503) return ['inbox_suspended'];
  if (subject === 7 && detail >= 600 && detail <= 649) return ['sender_blocked'];
  if (subject === 7 && detail === 650) return ['sender_bad_reputation'];
  if (subject === 7 && detail >= 700 && detail <= 749) return ['provider_rate_limited'];
  if (subject === 2 && (detail === 121 || detail === 122)) return ['receiver_rate_limited'];
  return undefined;
}

/**
 * Verdicts already worked out, by code. A reply names one of a few dozen codes, so a small
 * table spares splitting and looking up the same few strings on every reply; it stops
 * growing at its cap, whatever codes a hostile text makes up.
 */
const verdicts = new Map<string, StatusVerdict | null>();
const MAX_VERDICTS = 512;

export function reasonForStatusCode(code: string): StatusVerdict | undefined {
  const known = verdicts.get(code);
  if (known !== undefined) return known ?? undefined;
  const verdict = verdictFor(code);
  if (verdicts.size < MAX_VERDICTS) verdicts.set(code, verdict ?? null);
  return verdict;
}

function verdictFor(code: string): StatusVerdict | undefined {
  const [klass, subjectText, detailText] = code.split('.');
  if (klass !== '4' && klass !== '5') return undefined;
  const subject = Number(subjectText);
  const detail = Number(detailText);
  const entry =
    byFullCode[code] ??
    microsoftRange(klass, subject, detail) ??
    bySubjectDetail[`${subject}.${detail}`] ??
    // Unlisted codes still name their subject: X.6.x is the content, X.7.x security.
    (subject === 6 ? (['content_rejected'] as const) : undefined) ??
    (subject === 7 ? (['security_rejected', true] as const) : undefined);
  if (!entry) return undefined;
  return { reason: entry[0], generic: entry[1] === true };
}
