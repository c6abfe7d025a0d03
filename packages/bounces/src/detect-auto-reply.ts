import { decodeWords } from './decode';
import { type HeaderMap, header } from './split-message';

/**
 * RFC 3834 auto-replies (out-of-office, vacation). They are never bounces: the address
 * works and a person will read the mail later. Checked only after the bounce readers
 * found nothing, because MTAs also mark their bounces `Auto-Submitted: auto-replied`.
 */

const SUBJECT =
  /^(?:auto(?:matic)?[ -]?(?:reply|response|antwort|svar|réponse|risposta|respuesta)|out of (?:the )?office|abwesenheitsnotiz|afwezig|frånvaro|vacation|away from|i am away|i'm away|autosvar|automatisch antwoord|\[auto\])/i;

const BODY =
  /\b(?:i am (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|holiday|leave))|i'm (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|holiday|leave))|i will be (?:back|out of)|i'll be back|out of the office until|with limited access to (?:my )?e-?mail)/i;

const DAEMON = /mailer-daemon|postmaster|mail delivery|mail administrator|mdaemon|^<>$/i;

export function isAutoReply(headers: HeaderMap, body: string): boolean {
  const from = header(headers, 'from') ?? '';
  if (DAEMON.test(from)) return false;
  const auto = header(headers, 'auto-submitted')?.toLowerCase() ?? '';
  if (auto.startsWith('auto-replied')) return true;
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return true;
  if (/auto[_-]?reply/i.test(header(headers, 'precedence') ?? '')) return true;
  if (/^(?:oof|autoreply)/i.test(header(headers, 'x-auto-response-suppress') ?? '')) return false;
  const subject = decodeWords(header(headers, 'subject') ?? '');
  if (SUBJECT.test(subject.replace(/^(?:re|fw|aw|sv):\s*/i, ''))) return true;
  return BODY.test(body.slice(0, 4000));
}

/**
 * Challenge-response and "guest list" systems (Boxbe, Spam Arrest, TMDA) hold a message
 * until its sender proves to be a person. The address works and the message waits: an
 * auto-reply, even when the notice carries a boilerplate DSN part saying `Action: failed`.
 */
const CHALLENGE =
  /\b(?:guest ?list|wait-?listed|boxbe|spam ?arrest|(?:verify|prove) (?:that )?you(?: are|'re) (?:a )?(?:real )?(?:person|human)|held pending (?:your )?(?:confirmation|verification)|please confirm your message|to release your message)\b/i;

/** How much of a notice a challenge is looked for in: it says so in its opening lines. */
export const CHALLENGE_SPAN = 3000;

/** A word every challenge phrase holds: found with a plain search, far cheaper than the pattern. */
const CHALLENGE_WORDS = [
  'guest',
  'wait',
  'boxbe',
  'arrest',
  'person',
  'human',
  'pending',
  'confirm',
  'release',
];

/** Does a notice's opening hold a challenge phrase? */
export function mentionsChallenge(notice: string): boolean {
  const text = notice.length > CHALLENGE_SPAN ? notice.slice(0, CHALLENGE_SPAN) : notice;
  if (text.length < 200) return CHALLENGE.test(text);
  const lower = text.toLowerCase();
  for (const word of CHALLENGE_WORDS) if (lower.includes(word)) return CHALLENGE.test(text);
  return false;
}

/**
 * What the headers say of a challenge: yes (the Subject or From names one), no (a mail
 * system's daemon sent it: a challenge comes from the recipient's own filter, under the
 * recipient's name or the service's), or undefined when only the notice can tell. So
 * every ordinary bounce is spared a read of its text.
 */
export function challengeByHeaders(headers: HeaderMap, subject: string): boolean | undefined {
  const from = header(headers, 'from') ?? '';
  if (mentionsChallenge(subject) || mentionsChallenge(from)) return true;
  return DAEMON.test(from) ? false : undefined;
}
