import { defaultLedgerRules } from './escalation';
import { parseMessageIdHeader, returnPathId } from './id-carriers';
import { isMessageId } from './message-id';
import type { MatchKind } from './statuses';
import type { LedgerMessage, LedgerRules } from './types';

/** What an incoming event says about the message it is about. */
export interface MatchQuery {
  /**
   * The id the event names: a mailgate id (from our header or a VERP address) or the
   * provider's message id.
   */
  readonly messageId?: string;
  /**
   * Where the report was delivered (its envelope recipient, `Delivered-To`, `To`): a VERP
   * return path (`bounces+<id>@…`) names the message even when the report quotes nothing.
   */
  readonly addressedTo?: readonly string[];
  /** Message-ID headers the report quotes (the original's, `In-Reply-To`, …). */
  readonly quotedMessageIds?: readonly string[];
  /** The normalized address the event is about. */
  readonly address?: string;
  /** The tenant, when the event says it: narrows address + time matching. */
  readonly tenant?: string;
  /** When it happened. */
  readonly at: number;
}

/** The message an event was matched to, and how. */
export interface Match {
  readonly message: LedgerMessage;
  readonly by: MatchKind;
}

/**
 * The message an event is about, among `candidates`, by the first rule that finds one:
 * 1. the mailgate id (then the id of a VERP return path the report was delivered to,
 * reported as `verp`); 2. the provider's message id; 3. a Message-ID the report quotes
 * (ours carry the mailgate id; others are compared with provider ids); 4. as a last
 * resort, the latest message to the same address (and tenant, when known) sent at most
 * `matchWindowMs` before the event — reported as `address_time`, since it may be wrong.
 */
export function matchEvent(
  query: MatchQuery,
  candidates: Iterable<LedgerMessage | undefined>,
  rules: LedgerRules = defaultLedgerRules,
): Match | undefined {
  const messages: LedgerMessage[] = [];
  for (const candidate of candidates) if (candidate !== undefined) messages.push(candidate);
  const named = query.messageId?.trim();
  const id = named?.toUpperCase();
  const byId = id !== undefined && isMessageId(id) ? messages.find((m) => m.id === id) : undefined;
  if (byId) return { message: byId, by: 'mailgate_id' };
  for (const address of query.addressedTo ?? []) {
    const verp = returnPathId(address);
    const found = verp === undefined ? undefined : messages.find((m) => m.id === verp);
    if (found) return { message: found, by: 'verp' };
  }
  if (named) {
    const provider = bare(named);
    const byProvider = messages.find(
      (m) => m.providerMessageId !== undefined && bare(m.providerMessageId) === provider,
    );
    if (byProvider) return { message: byProvider, by: 'provider_id' };
  }
  for (const quoted of query.quotedMessageIds ?? []) {
    const ours = parseMessageIdHeader(quoted);
    const found =
      (ours !== undefined && messages.find((m) => m.id === ours)) ||
      messages.find(
        (m) => m.providerMessageId !== undefined && bare(m.providerMessageId) === bare(quoted),
      );
    if (found) return { message: found, by: 'message_id_header' };
  }
  if (query.address === undefined) return undefined;
  let latest: LedgerMessage | undefined;
  for (const m of messages) {
    const fits =
      m.address === query.address &&
      (query.tenant === undefined || m.tenant === query.tenant) &&
      m.createdAt <= query.at &&
      query.at - m.createdAt <= rules.matchWindowMs;
    if (fits && (latest === undefined || m.id > latest.id)) latest = m;
  }
  return latest && { message: latest, by: 'address_time' };
}

/** A message id without its angle brackets and surrounding space. */
function bare(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
}
