import { words } from './word-list';

/**
 * Local parts that name a function rather than a person. Mail to them reaches a shared
 * inbox or a ticket queue, or nobody: marketing mail there draws complaints, and many
 * senders (HubSpot among them) refuse it.
 *
 * Sources: the mailbox names of RFC 2142 (info, marketing, sales, support, abuse, noc,
 * security, postmaster, hostmaster, usenet, news, webmaster, www, uucp, ftp), and the
 * most common entries of the role lists that e-mail verification services publish
 * (e.g. the npm package role-based-email-addresses), trimmed to names that are rarely
 * a person's own, plus their usual Dutch and Swedish forms. Kept short on purpose: a
 * false "role" blocks a real person, a missed one only lets a shared inbox through.
 */
const ROLES: ReadonlySet<string> = new Set(
  words(`
  # RFC 2142 and mail/server operation
  abuse admin administrator hostmaster mailerdaemon noc postmaster root security sysadmin
  usenet uucp webmaster www ftp news it helpdesk servicedesk
  # nobody reads these
  noreply donotreply dataprotection nobody bounce bounces unsubscribe notifications
  notification mailer devnull
  # shared inboxes of a company
  info information contact hello hi enquiries enquiry inquiries inquiry office mail email
  team staff all everyone general reception frontdesk service support help customerservice
  customercare feedback sales marketing media press pr newsletter billing accounts
  accounting invoice invoices finance payments orders order purchasing legal compliance
  privacy gdpr dpo hr jobs careers career recruitment recruiting recruiter talent
  vacancies partners officemanager management board secretary webshop shop store events
  social community
  # Dutch
  administratie algemeen bestellingen boekhouding facturen factuur financien
  klantenservice kantoor personeelszaken receptie verkoop vacatures secretariaat directie
  werving
  # Swedish
  ekonomi faktura fakturor forsaljning jobb kansli kontakt kontoret kundservice kundtjanst
  ledigajobb personal rekrytering styrelsen vaxel
`),
);

/**
 * First words of the roles above that are written as one word but often typed with
 * separators (`no-reply`, `do_not_reply`, `mailer-daemon`): only for these is the
 * joined form looked up, so that a person's `john.smith` costs no extra work.
 */
const JOINED_PREFIXES: ReadonlySet<string> = new Set(
  words(`
  no do mailer customer front service help office dev lediga data e
`),
);

/**
 * Whether a local part names a role (`info`, `support`, `no-reply` …).
 *
 * Also counts as a role: a role followed by a sub-address (`support+tickets`), by
 * digits (`info2`), by a two-letter region or language code (`support-nl`,
 * `sales.se`), or by more role names (`sales-support`), and the role names written
 * with separators (`no-reply`, `do_not_reply`). A role followed by anything else
 * (`hr-anna`, `team.lead`) is a person's address and does not count.
 */
export function isRoleAddress(local: string): boolean {
  if (typeof local !== 'string' || local.length === 0 || local.length > 64) return false;
  return isRoleLocal(local.toLowerCase());
}

/**
 * By first letter and length, the words a role must start with (the roles and the
 * joined prefixes): a local part whose first word is none of them is no role, which
 * answers most people's addresses without a slice or a set look-up.
 */
const FIRST_WORDS = new Uint8Array(128 * 65);
for (const word of [...ROLES, ...JOINED_PREFIXES]) {
  FIRST_WORDS[(word.charCodeAt(0) & 0x7f) * 65 + Math.min(word.length, 64)] = 1;
}

/**
 * Whether `s.slice(0, end)` (lower case) may be a role: its first word — up to a
 * separator or a `+`, with or without trailing digits — has the first letter and
 * length of a role word. False means it surely is none.
 */
function mayBeRole(s: string, end: number): boolean {
  let word = 0;
  while (word < end) {
    const c = s.charCodeAt(word);
    if (c === 0x2b || c === 0x2d || c === 0x5f || c === 0x2e) break;
    word++;
  }
  if (word === 0) return false;
  const row = (s.charCodeAt(0) & 0x7f) * 65;
  if (FIRST_WORDS[row + Math.min(word, 64)] === 1) return true;
  let stem = word;
  while (stem > 0 && isDigit(s.charCodeAt(stem - 1))) stem--;
  return stem !== word && stem > 0 && FIRST_WORDS[row + stem] === 1;
}

/** `isRoleLocal` of the local part `address.slice(0, at)`, slicing only when it may be one. */
export function isRoleAt(address: string, at: number): boolean {
  return mayBeRole(address, at) && isRoleLocal(address.slice(0, at));
}

/** `isRoleAddress` for a local part already in lower case (the hot path). */
export function isRoleLocal(local: string): boolean {
  return mayBeRole(local, local.length) && matchesRole(local);
}

/** `isRoleLocal` without the first-word shortcut; exported for the test that holds them together. */
export function matchesRole(local: string): boolean {
  // One pass: where the sub-address starts, and where the first separator is.
  let end = local.length;
  let separator = -1;
  for (let i = 0; i < end; i++) {
    const c = local.charCodeAt(i);
    if (c === 0x2b /* + */) end = i;
    else if (separator < 0 && (c === 0x2d || c === 0x5f || c === 0x2e)) separator = i;
  }
  // Trailing digits (`info2`, `sales01`) do not make a role a person.
  let stem = end;
  while (stem > 0 && isDigit(local.charCodeAt(stem - 1))) stem--;
  if (stem > 0) end = stem;
  if (separator < 0 || separator >= end) {
    return ROLES.has(end === local.length ? local : local.slice(0, end));
  }
  const first = local.slice(0, separator);
  const role = ROLES.has(first);
  if (!role && !JOINED_PREFIXES.has(first)) return false;
  const parts = local.slice(0, end).split(/[-_.]/);
  if (ROLES.has(parts.join(''))) return true;
  if (!role) return false;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (!ROLES.has(part) && !/^(?:[a-z]{2}|\d+)$/.test(part)) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
