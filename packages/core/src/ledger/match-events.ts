import { defaultLedgerRules } from './escalation';
import { parseMessageIdHeader, returnPathId } from './id-carriers';
import { type Match, type MatchQuery, matchEvent } from './matching';
import { isMessageId } from './message-id';
import type { LedgerMessage, LedgerRules, LedgerStore } from './types';

/**
 * Matches many events at once: two batched look-ups (mailgate ids, VERP ids included; provider ids) serve
 * the first three rules of `matchEvent`; only the events still unmatched cost one
 * `listMessages` each for the address + time fallback. Answers in the order of `queries`.
 * Store failures reject: the caller (the gate) turns them into its typed error.
 */
export async function matchEvents(
  store: LedgerStore,
  queries: readonly MatchQuery[],
  now: number,
  rules: LedgerRules = defaultLedgerRules,
): Promise<ReadonlyArray<Match | undefined>> {
  const ids = new Set<string>();
  const providerIds = new Set<string>();
  for (const query of queries) {
    const named = query.messageId?.trim();
    if (named) {
      if (isMessageId(named.toUpperCase())) ids.add(named.toUpperCase());
      providerIds.add(named);
    }
    for (const quoted of query.quotedMessageIds ?? []) {
      const ours = parseMessageIdHeader(quoted);
      if (ours !== undefined) ids.add(ours);
      providerIds.add(quoted.trim());
    }
    for (const address of query.addressedTo ?? []) {
      const verp = returnPathId(address);
      if (verp !== undefined) ids.add(verp);
    }
  }
  const [byId, byProvider] = await Promise.all([
    store.getMessages([...ids], now),
    store.getMessagesByProviderId([...providerIds], now),
  ]);
  // Each query is matched among the few messages its own ids found, not the whole batch.
  const ours = new Map<string, LedgerMessage>();
  const theirs = new Map<string, LedgerMessage>();
  let i = 0;
  for (const id of ids) {
    const message = byId[i++];
    if (message !== undefined) ours.set(id, message);
  }
  i = 0;
  for (const id of providerIds) {
    const message = byProvider[i++];
    if (message !== undefined) theirs.set(id, message);
  }
  const matches: Array<Match | undefined> = queries.map((query) => {
    const candidates: Array<LedgerMessage | undefined> = [];
    const named = query.messageId?.trim();
    if (named) candidates.push(ours.get(named.toUpperCase()), theirs.get(named));
    for (const address of query.addressedTo ?? []) {
      const verp = returnPathId(address);
      if (verp !== undefined) candidates.push(ours.get(verp));
    }
    for (const quoted of query.quotedMessageIds ?? []) {
      const id = parseMessageIdHeader(quoted);
      candidates.push(id === undefined ? undefined : ours.get(id), theirs.get(quoted.trim()));
    }
    return matchEvent({ ...query, address: undefined }, candidates, rules);
  });
  for (let i = 0; i < queries.length; i++) {
    const query = queries[i]!;
    if (matches[i] !== undefined || query.address === undefined) continue;
    const page = await store.listMessages(
      {
        address: query.address,
        ...(query.tenant === undefined ? {} : { tenant: query.tenant }),
        since: query.at - rules.matchWindowMs,
        until: query.at + 1,
        order: 'newest',
        limit: 1,
      },
      now,
    );
    matches[i] = matchEvent(query, page.items, rules);
  }
  return matches;
}
