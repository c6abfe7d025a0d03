import {
  type AddressStatus,
  type AddressStatusProblem,
  type AppliedEvent,
  type ApplyResult,
  addProblem,
  addressEffect,
  applyMessageEvent,
  type LedgerEventInput,
  type LedgerMessage,
  type LedgerRules,
  type MessageState,
  messageAt,
  problemSuppression,
  type SuppressionInput,
  softBounceStreak,
} from '@mailgate/core';
import type { SqlClient } from './client';
import {
  addressLocks,
  expiryCutoff,
  loadAddressMessages,
  loadRecords,
  pendingExpiry,
  writeProblems,
} from './ledger-addresses';
import {
  type AddressRecord,
  addressKey,
  isValidEvent,
  MAX_TEXT,
  MESSAGE_COLUMNS,
  type MessageRow,
  statusOf,
  stored,
  toMessage,
} from './ledger-rows';
import { fromStored, toStored } from './text';
import { lockKeys } from './transaction';

/** A message being changed by the batch, with the state the transition rules read. */
interface Loaded {
  message: LedgerMessage;
  state: MessageState;
  changed: boolean;
}

/** One event the batch stores: with its message's tenant and address, when it has one. */
interface Item {
  readonly index: number;
  readonly about: LedgerEventInput;
  readonly loaded?: Loaded;
  readonly key: string;
  readonly first: boolean;
}

/**
 * `applyEvents` in one transaction of a constant number of statements: lock and load
 * the messages, lock and load the addresses, insert the events (duplicates skipped by
 * the unique indexes), move the statuses with core's rules in TypeScript, write the
 * changed messages and address problems back in one statement each.
 */
export async function applyEventsIn(
  tx: SqlClient,
  events: readonly LedgerEventInput[],
  now: number,
  rules: LedgerRules,
): Promise<ApplyResult> {
  const results = new Array<AppliedEvent>(events.length);
  const valid = events.map((event) => isValidEvent(event));
  const ids = [
    ...new Set(events.flatMap((e, i) => (valid[i] && e.messageId ? [e.messageId] : []))),
  ];
  const messages = new Map<string, Loaded>();
  if (ids.length > 0) {
    const { rows } = await tx.query<MessageRow>(
      `SELECT ${MESSAGE_COLUMNS} FROM mailgate_ledger_messages
        WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE`,
      [ids.map(toStored)],
    );
    for (const row of rows) {
      const message = toMessage(row);
      const state: MessageState = {
        status: message.status,
        statusAt: message.statusAt,
        decidedBy: fromStored(row.decided_by),
        ...(message.reason === undefined ? {} : { reason: message.reason }),
      };
      messages.set(message.id, { message, state, changed: false });
    }
  }

  const items: Item[] = [];
  const seen = new Set<string>();
  events.forEach((event, index) => {
    if (!valid[index]) {
      results[index] = { id: typeof event?.id === 'string' ? event.id : '', result: 'invalid' };
      return;
    }
    const loaded = event.messageId === undefined ? undefined : messages.get(event.messageId);
    if (event.messageId !== undefined && loaded === undefined) {
      results[index] = { id: event.id, result: 'unknown_message' };
      return;
    }
    // Tenant and address come from the matched message, never from the event.
    const detail = event.detail === undefined ? undefined : event.detail.slice(0, MAX_TEXT);
    const about: LedgerEventInput =
      loaded === undefined
        ? { ...event, ...(detail === undefined ? {} : { detail }) }
        : {
            ...event,
            tenant: loaded.message.tenant,
            address: loaded.message.address ?? '',
            ...(detail === undefined ? {} : { detail }),
          };
    const key =
      loaded === undefined
        ? JSON.stringify(['a', about.tenant, about.address, event.id])
        : JSON.stringify(['m', loaded.message.id, event.id]);
    items.push({ index, about, loaded, key, first: !seen.has(key) });
    seen.add(key);
  });

  const touchedKeys = new Map<string, { tenant: string; address: string; soft: boolean }>();
  for (const { about } of items) {
    if (about.address === '') continue;
    const key = addressKey(about.tenant, about.address);
    const soft = about.type === 'soft_bounce' || about.type === 'expired';
    const seenKey = touchedKeys.get(key);
    if (seenKey === undefined)
      touchedKeys.set(key, { tenant: about.tenant, address: about.address, soft });
    else if (soft) seenKey.soft = true;
  }
  const touched = [...touchedKeys.values()];
  await lockKeys(tx, addressLocks(touched));
  const records = await loadRecords(tx, touched);
  const fresh = await insertEvents(
    tx,
    items.filter((item) => item.first),
  );

  const suppressions = new Map<string, SuppressionInput>();
  // Keyed by what a suppression store tells apart; the first source named wins.
  const suppress = (entry: SuppressionInput) => {
    const scope = entry.scope === 'global' ? '' : entry.scope.tenant;
    const key = JSON.stringify([scope, entry.key, entry.reason, entry.subscriptionType ?? '']);
    if (!suppressions.has(key)) suppressions.set(key, entry);
  };
  const changedProblems = new Set<string>();
  for (const item of items) {
    const { about, loaded } = item;
    const isFresh = item.first && fresh.has(item.key);
    let previousStatus: LedgerMessage['status'] | undefined;
    if (loaded !== undefined) {
      previousStatus = loaded.state.status;
      const next = isFresh ? applyMessageEvent(loaded.state, about) : loaded.state;
      if (next !== loaded.state) {
        loaded.state = next;
        loaded.changed = true;
        const { reason: _, ...rest } = loaded.message;
        loaded.message = {
          ...rest,
          status: next.status,
          statusAt: next.statusAt,
          ...(next.reason === undefined ? {} : { reason: next.reason }),
        };
      }
    }
    if (about.address !== '') {
      const effect = addressEffect(about);
      if (effect.problem && isFresh) {
        const key = addressKey(about.tenant, about.address);
        const record = records.get(key) ?? { confirmation: 'unconfirmed' };
        record.problem = addProblem(record.problem, effect.problem, about);
        records.set(key, record);
        changedProblems.add(key);
      }
      if (effect.suppression) suppress(effect.suppression);
    }
    results[item.index] = {
      id: about.id,
      result: isFresh ? 'applied' : 'duplicate',
      ...(loaded === undefined
        ? {}
        : { message: messageAt(loaded.message, now, rules), previousStatus }),
    };
  }

  await writeMessages(
    tx,
    [...messages.values()].filter((m) => m.changed),
  );
  // The rules read the statuses as just written (this transaction sees its own writes).
  const unsettled = touched.filter((k) => !records.get(addressKey(k.tenant, k.address))?.problem);
  const history = await loadAddressMessages(
    tx,
    unsettled.map((k) => ({ ...k, streak: k.soft })),
    expiryCutoff(now, rules),
  );
  const addresses: AddressStatus[] = [];
  for (const { tenant, address, soft } of touched) {
    const key = addressKey(tenant, address);
    const record: AddressRecord | undefined = records.get(key);
    const messagesOf = history.get(key);
    if (soft && !record?.problem) {
      const streak = softBounceStreak(messagesOf ?? [], rules);
      if (streak !== undefined) {
        const problem: AddressStatusProblem = {
          kind: 'bounced',
          count: streak.count,
          lastAt: streak.lastAt,
          ...(streak.lastReason === undefined ? {} : { lastReason: streak.lastReason }),
          detail: streak.detail,
        };
        records.set(key, { ...(record ?? { confirmation: 'unconfirmed' }), problem });
        changedProblems.add(key);
      }
    }
    const current = records.get(key);
    const problem = current?.problem ?? pendingExpiry({ tenant, address }, messagesOf, now, rules);
    const status = statusOf(tenant, address, current, problem);
    // One truth: a problem address always comes with its suppression, also on a retry.
    if (status.problem) suppress(problemSuppression(tenant, address, status.problem, 'ledger'));
    addresses.push(status);
  }
  await writeProblems(
    tx,
    touched
      .filter((k) => changedProblems.has(addressKey(k.tenant, k.address)))
      .map((k) => ({ ...k, problem: records.get(addressKey(k.tenant, k.address))!.problem! })),
  );
  return { events: results, addresses, suppressions: [...suppressions.values()] };
}

/** Inserts the events; answers the keys of those that were new. */
async function insertEvents(tx: SqlClient, items: readonly Item[]): Promise<Set<string>> {
  const fresh = new Set<string>();
  if (items.length === 0) return fresh;
  const { rows } = await tx.query<{
    message_id: string | null;
    tenant: string;
    address: string | null;
    id: string;
  }>(
    `INSERT INTO mailgate_ledger_events (tenant, message_id, address, id, type, match, at,
            reason, subscription_type, source, detail)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                          $6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[],
                          $11::text[])
     ON CONFLICT DO NOTHING
     RETURNING message_id, tenant, address, id`,
    [
      items.map((i) => toStored(i.about.tenant)),
      items.map((i) => (i.loaded ? toStored(i.loaded.message.id) : null)),
      items.map((i) => (i.loaded ? null : toStored(i.about.address))),
      items.map((i) => toStored(i.about.id)),
      items.map((i) => i.about.type),
      items.map((i) => i.about.match ?? null),
      items.map((i) => Math.round(i.about.at)),
      items.map((i) => i.about.reason ?? null),
      items.map((i) => stored(i.about.subscriptionType)),
      items.map((i) => stored(i.about.source)),
      items.map((i) => stored(i.about.detail)),
    ],
  );
  for (const row of rows) {
    fresh.add(
      row.message_id === null
        ? JSON.stringify([
            'a',
            fromStored(row.tenant),
            fromStored(row.address!),
            fromStored(row.id),
          ])
        : JSON.stringify(['m', fromStored(row.message_id), fromStored(row.id)]),
    );
  }
  return fresh;
}

// `= ANY` beside the join lets the planner take the index rather than a hash join
// over the whole table.
async function writeMessages(tx: SqlClient, changed: readonly Loaded[]): Promise<void> {
  if (changed.length === 0) return;
  await tx.query(
    `UPDATE mailgate_ledger_messages AS m
        SET status = u.status, reason = u.reason, status_at = u.status_at,
            decided_by = u.decided_by
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::text[])
            AS u(id, status, reason, status_at, decided_by)
      WHERE m.id = u.id AND m.id = ANY($1::text[])`,
    [
      changed.map((m) => toStored(m.message.id)),
      changed.map((m) => m.state.status),
      changed.map((m) => m.state.reason ?? null),
      changed.map((m) => Math.round(m.state.statusAt)),
      changed.map((m) => toStored(m.state.decidedBy)),
    ],
  );
}
