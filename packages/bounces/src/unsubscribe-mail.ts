import { type DeliveryEvent, verifyUnsubscribeToken } from '@mailgate/core';
import { decodeWords, toText } from './decode';
import { MAX_ENCODED, MAX_SECTION } from './limits';
import { header, splitHead } from './split-message';

/** What `readUnsubscribeMail` found in a message. */
export type UnsubscribeMail =
  /** A mailto unsubscribe with a valid token: ingest `event` (`gate.ingest(event)`). */
  | { readonly kind: 'unsubscribe'; readonly event: DeliveryEvent }
  /** It asks to unsubscribe, but its token is forged, altered or expired: change nothing. */
  | { readonly kind: 'refused'; readonly reason: 'malformed' | 'forged' | 'expired' }
  /** Not a mailto unsubscribe (a bounce, a reply, anything else). */
  | { readonly kind: 'none' };

/** Options of `readUnsubscribeMail`: the gate's `unsubscribe.keys`, and the clock. */
export interface UnsubscribeMailOptions {
  /** The gate's `unsubscribe.keys`: every one is accepted. */
  readonly keys: readonly string[];
  /** The time to check expiry against (ms since the epoch); default: now. */
  readonly now?: number;
}

// The subject mailgate's mailto link asks for: `unsubscribe <token>` (a client may add "Re:").
const SUBJECT = /^(?:re:\s*)?unsubscribe\s+([A-Za-z0-9_-]{20,2048})\s*$/i;

/**
 * Recognises a mailto unsubscribe in the bounce mailbox: the message a receiver (or a
 * person's mail program) sends to the `mailto:` of mailgate's `List-Unsubscribe`, whose
 * subject carries the signed token. Only the header is read (at most 128 KiB); the token
 * is verified with the gate's keys, so nobody can unsubscribe someone else by mail. Never
 * throws.
 *
 * @example
 * ```ts
 * import { readUnsubscribeMail } from '@mailgate/bounces';
 *
 * const raw = 'To: bounces@agency.example\r\nSubject: unsubscribe AbC…\r\n\r\n';
 * const found = await readUnsubscribeMail(raw, { keys: ['a-long-random-secret-from-the-vault'] });
 * if (found.kind === 'unsubscribe') {
 *   // await gate.ingest(found.event);
 * }
 * ```
 */
export async function readUnsubscribeMail(
  raw: string | Uint8Array,
  options: UnsubscribeMailOptions,
): Promise<UnsubscribeMail> {
  try {
    const text = toText(raw).slice(0, MAX_SECTION);
    const subject = header(splitHead(text).headers, 'subject');
    if (subject === undefined) return { kind: 'none' };
    const match = SUBJECT.exec(decodeWords(subject.slice(0, MAX_ENCODED)).trim());
    if (match === null) return { kind: 'none' };
    const verified = await verifyUnsubscribeToken(match[1], options.keys, options.now);
    if (verified.isErr()) return { kind: 'refused', reason: verified.error };
    const token = verified.value;
    return {
      kind: 'unsubscribe',
      event: {
        type: 'unsubscribe',
        address: token.address,
        tenant: token.tenant,
        source: 'mailto',
        ...(token.messageId === undefined ? {} : { messageId: token.messageId }),
        ...(token.subscriptionType === undefined
          ? {}
          : { subscriptionType: token.subscriptionType }),
      },
    };
  } catch {
    return { kind: 'none' };
  }
}
