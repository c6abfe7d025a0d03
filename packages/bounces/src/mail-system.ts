import { type HeaderMap, header, parseContentType } from './split-message';

/**
 * Does a message come from a mail system rather than a person? Bounces, delay warnings
 * and delivery reports are written by software that says so somewhere in the header:
 * an RFC 6522 multipart/report, a null return path (RFC 5321 §4.5.5), Auto-Submitted
 * (RFC 3834), X-Failed-Recipients (Exim, Gmail), a daemon's sender name or a subject in
 * the vocabulary every MTA's template uses. Ordinary mail that talks about a bounce, a
 * newsletter, or spam that carries a DSN-looking part inside multipart/mixed has none of
 * them, and no address in it is ever read as a failed recipient.
 */
export function fromMailSystem(
  headers: HeaderMap,
  subject: string,
  /** The message's media type, when the caller has parsed its Content-Type already. */
  mediaType = parseContentType(header(headers, 'content-type')).type,
): boolean {
  if (mediaType === 'multipart/report') return true;
  if (headers.has('x-failed-recipients')) return true;
  if (/^\s*<\s*>\s*$/.test(header(headers, 'return-path') ?? '')) return true;
  if (/^auto-(?:generated|replied|notified)/i.test(header(headers, 'auto-submitted') ?? ''))
    return true;
  if (DAEMON_SENDER.test(header(headers, 'from') ?? '')) return true;
  return BOUNCE_SUBJECT.test(subject);
}

/**
 * Sender names of MTAs' reports (Postfix, Sendmail, Exim, qmail, Exchange, Domino, …) and
 * the administrative addresses of list managers (RFC 2142's "-request", fml's "-admin",
 * Mailman's "-owner" and "-bounces"), which answer refused posts.
 */
const DAEMON_SENDER =
  /mailer-daemon|post_?master|[\w.]-(?:admin|owner|request|bounces?)@|mail ?delivery|mail administrator|mail router|mdaemon|microsoftexchange|^\s*<?\s*>?\s*$/i;

/**
 * Subjects of MTAs' default templates, in the languages the development sets hold:
 * "Undelivered Mail Returned to Sender" (Postfix), "Returned mail: …" (Sendmail), "Mail
 * delivery failed" (Exim), "failure notice" (qmail), "Undeliverable:" (Exchange),
 * "Delivery Status Notification" (Gmail), "DELIVERY FAILURE" (Domino), Japanese
 * carriers' "メールエラー通知" (mail error notice), and kin.
 */
const BOUNCE_SUBJECT =
  /undeliver|undelivered|non[- ]?deliver|deliver(?:y|ed)? (?:status|fail|report|notification|problem|incomplete|delayed|has failed)|delivery failure|mail delivery|returned mail|returned to sender|failure notice|could not be delivered|couldn't be delivered|message status|delayed mail|warning: (?:could not send|message)|bounce|unzustellbar|nicht zustellbar|non remis|non distribu|onbestelbaar|kan inte levereras|kunde inte levereras|no entregado|non recapitato|メールエラー|エラー通知|配信エラー|不達/i;
