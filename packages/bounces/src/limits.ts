/**
 * How much of a report parseBounce reads. Bounces come from anyone, so every part of one
 * is read up to a cap, and every reader is linear below it: a hostile megabyte costs no
 * more than a few real reports. The caps sit far above what real reports hold.
 */

/** The whole message, in characters (bytes for byte input); beyond it are the original's attachments. */
export const MAX_MESSAGE = 4_000_000;
/** One section read as text: a header block, the notice, a DSN or ARF part, an original's headers. */
export const MAX_SECTION = 128 * 1024;
/** One header field, unfolded. */
export const MAX_FIELD = 16 * 1024;
/** A value handed to the RFC 2047 decoder (a Subject, an original's To). */
export const MAX_ENCODED = 4 * 1024;
/** A value read as one address (a Final-Recipient, a From). */
export const MAX_ADDRESS = 1024;
/** One recipient's diagnostic text; the classifier reads less than this. */
export const MAX_DIAGNOSTIC = 4 * 1024;
/** Recipients read from one report. */
export const MAX_RECIPIENTS = 500;

/** `text` cut to `max` characters. */
export function capped(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}
