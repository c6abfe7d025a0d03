import { readUnsubscribeMail, toDeliveryEvents } from '@mailgate/bounces';
import type { DeliveryEvent } from '@mailgate/core';
import type { ImapFlow } from 'imapflow';
import { readMessage } from './read-message';

/** What one batch of messages gave: the events to ingest, and the UIDs to move or flag. */
export interface BatchRead {
  readonly events: DeliveryEvent[];
  readonly move: number[];
  readonly flag: number[];
}

/**
 * Reads the messages `first` to `last` (UIDs, ascending, every one of them known to be
 * new) with a single `UID FETCH first:last (UID INTERNALDATE BODY.PEEK[])` and parses each
 * as it arrives, so parsing overlaps with the server still sending. Rejects when the
 * connection fails; the caller turns that into a failed read.
 */
export async function readBatch(
  imap: ImapFlow,
  first: number,
  last: number,
  context: { readonly tenant?: string; readonly unsubscribeKeys?: readonly string[] },
): Promise<BatchRead> {
  const events: DeliveryEvent[] = [];
  const move: number[] = [];
  const flag: number[] = [];
  const query = { uid: true, source: true, internalDate: true } as const;
  for await (const message of imap.fetch(`${first}:${last}`, query, { uid: true })) {
    // `n:m` may name the last message when every UID is below n: keep the range only.
    if (message.uid < first || message.uid > last) continue;
    const verdict = readMessage(message.source);
    if (verdict.action === 'leave') {
      const unsubscribe = await readUnsubscribe(message.source, context.unsubscribeKeys);
      if (unsubscribe === 'flag') flag.push(message.uid);
      else if (unsubscribe !== undefined) {
        events.push(unsubscribe);
        move.push(message.uid);
      }
      continue;
    }
    if (verdict.action === 'flag') {
      flag.push(message.uid);
      continue;
    }
    const at = message.internalDate ? new Date(message.internalDate).getTime() : undefined;
    for (const event of toDeliveryEvents(verdict.report, {
      source: 'imap',
      ...(at === undefined || Number.isNaN(at) ? {} : { at }),
      ...(context.tenant === undefined ? {} : { tenant: context.tenant }),
    }))
      events.push(event);
    move.push(message.uid);
  }
  // Sorted, so that the moves and flags go out as a few ranges.
  return { events, move: move.sort((a, b) => a - b), flag: flag.sort((a, b) => a - b) };
}

/**
 * Ordinary mail may be a mailto unsubscribe (`List-Unsubscribe`'s mailto, the token in the
 * subject): its event when the token holds; `flag` when it asks to unsubscribe with a
 * forged, altered or expired token (a person should see it; nothing changes); otherwise
 * nothing, and the message is left alone.
 */
async function readUnsubscribe(
  source: Uint8Array | undefined,
  keys: readonly string[] | undefined,
): Promise<DeliveryEvent | 'flag' | undefined> {
  if (keys === undefined || keys.length === 0 || source === undefined) return undefined;
  const found = await readUnsubscribeMail(source, { keys });
  if (found.kind === 'unsubscribe') return found.event;
  return found.kind === 'refused' ? 'flag' : undefined;
}
