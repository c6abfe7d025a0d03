import type { RawRecipient } from './raw-recipient';

/**
 * Is a plain-text notice a delay warning — "not delivered yet, still trying" — rather than
 * a report of failure? RFC 3464 reports say so per recipient (`Action: delayed`); notices
 * without a DSN part say it in their subject or their opening words, in the MTAs' default
 * templates:
 * - Exim (specification, "Customizing bounce and warning messages"; deliver.c): subject
 *   "Warning: message <id> delayed <time>", "A message that you sent has not yet been
 *   delivered to one or more of its recipients after more than …", "No action is required
 *   on your part. Delivery attempts will continue for some time".
 * - Sendmail (sendmail.cf's default warning text): "Warning: could not send message for
 *   past 4 hours", "THIS IS A WARNING MESSAGE ONLY".
 * - Postfix (bounce(5) delay template): "Delayed Mail (still being retried)", "THIS IS A
 *   WARNING ONLY".
 * - Gmail: "Delivery Status Notification (Delay)", "Delivery to the following recipient
 *   has been delayed", "Message will be retried for 2 more day(s)".
 * - Exchange: "Delivery delayed:", "Delivery is delayed to these recipients or groups".
 */
const SUBJECT =
  /^\s*(?:warning: message \S+ delayed|warning: could not send message for past|delayed mail \(still being retried\)|delivery status notification \(delay\)|delivery delayed:)/i;

const NOTICE =
  /has not yet been delivered to one or more of its\s+recipients|this is a warning (?:message )?only|delivery to the following recipients? (?:has been|is) delayed|delivery is delayed to these recipients|will be retried for \d+ more day/i;

/** The opening of a notice, where the templates say what it is. */
const SPAN = 2000;

export function isDelayWarning(subject: string, notice: string): boolean {
  return (
    SUBJECT.test(subject) || NOTICE.test(notice.length > SPAN ? notice.slice(0, SPAN) : notice)
  );
}

/**
 * Reads each recipient of a delay warning as a DSN with `Action: delayed` would be read:
 * still being retried (temporary), and a queue that has not given up yet where the words
 * name no cause.
 */
export function markDelayed(raws: RawRecipient[]): void {
  for (const raw of raws) {
    if (raw.action) continue;
    raw.action = 'delayed';
    raw.temporary = true;
    raw.structural ??= 'delivery_expired';
  }
}
