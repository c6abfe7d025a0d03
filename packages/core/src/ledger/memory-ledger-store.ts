import { normalizeAddress } from '../address/normalize-address';
import { type Reason, reasonIds } from '../reasons/reason';
import { KeyIndex, keyHash } from '../stores/key-index';
import { StringTable } from '../stores/string-table';
import type { Page, SuppressionInput } from '../stores/types';
import { AddressBook, type AddressRecord, statusOf } from './address-book';
import { addProblem, addressEffect, problemSuppression } from './address-effects';
import {
  defaultLedgerRules,
  expiryEvent,
  isExpired,
  messageAt,
  softBounceStreak,
} from './escalation';
import { parseMessageIdHeader } from './id-carriers';
import { EventRows, MessageRows, NONE } from './message-rows';
import {
  type ConfirmationState,
  isLedgerEventType,
  isMessageStatus,
  ledgerEventTypes,
  matchKinds,
} from './statuses';
import { applyMessageEvent, statusPrecedence, statusRank } from './transitions';
import type {
  AddressChange,
  AddressKey,
  AddressStatus,
  AddressStatusProblem,
  AppliedEvent,
  ApplyResult,
  ConfirmationChange,
  ForgottenAddress,
  LedgerEvent,
  LedgerEventInput,
  LedgerMessage,
  LedgerMessageInput,
  LedgerRules,
  LedgerScreenEntry,
  LedgerScreenHit,
  LedgerStore,
  MessageFilter,
} from './types';

/** Options of `memoryLedgerStore`: the ledger rules (soft-bounce window, streak, matching look-back). */
export interface MemoryLedgerStoreOptions {
  /** The time rules; each one defaults to `defaultLedgerRules`. */
  readonly rules?: Partial<LedgerRules>;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const MAX_TEXT = 1024;
const reasonCode = new Map<string, number>(reasonIds.map((id, i) => [id, i + 1]));
const SOFT_BOUNCED = statusRank('soft_bounced');

/**
 * The delivery ledger in memory: the default store, for one process. Messages are rows
 * in typed-array columns (~60 bytes plus their four strings), found by id, provider id
 * and (tenant, address) through open-addressing indexes; events are rows chained per
 * message. Rows that cannot be stored are skipped (and reported by `applyEvents`),
 * never thrown.
 */
export function memoryLedgerStore(options: MemoryLedgerStoreOptions = {}): LedgerStore {
  const store = new MemoryLedgerStore({ ...defaultLedgerRules, ...options.rules });
  // A plain object of functions, like the other stores, so `{ ...store, x }` wraps it.
  return {
    recordMessages: (messages) => store.recordMessages(messages),
    applyEvents: (events, now) => store.applyEvents(events, now),
    getMessages: (ids, now) => store.getMessages(ids, now),
    getMessagesByProviderId: (ids, now) => store.getMessagesByProviderId(ids, now),
    getMessagesByHeader: (headers, now) => store.getMessagesByHeader(headers, now),
    getEvents: (ids) => store.getEvents(ids),
    listMessages: (filter, now) => store.listMessages(filter, now),
    getAddressStatuses: (keys, now) => store.getAddressStatuses(keys, now),
    setConfirmations: (changes) => store.setConfirmations(changes),
    recordAddressChanges: (changes) => store.recordAddressChanges(changes),
    addressHistory: (tenant, ids) => store.addressHistory(tenant, ids),
    sweep: (now, limit) => store.sweep(now, limit),
    forget: (entries, now) => store.forget(entries, now),
    isForgotten: (hashes) => store.isForgotten(hashes),
    screen: (entries, now) => store.screen(entries, now),
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_TEXT;
}

function optionalText(value: unknown): boolean {
  return value === undefined || isText(value);
}

/** A message id without its angle brackets. */
function bare(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
}

class MemoryLedgerStore implements LedgerStore {
  private readonly rows = new MessageRows();
  private readonly events = new EventRows();
  private readonly names = new StringTable();
  private readonly byId = new KeyIndex(this.rows.ids);
  private readonly byProvider = new KeyIndex(this.rows.providerIds as string[]);
  /** By tenant id: address → the latest message to it. */
  private readonly byAddress = new Map<number, KeyIndex>();
  private readonly book = new AddressBook();
  /** Rows now soft-bounced: what the sweep looks at. */
  private readonly softBounced = new Set<number>();
  /** The creation time of the oldest soft bounce; `undefined`: to be found again. */
  private oldestSoftAt: number | undefined;
  /** Whether rows were recorded out of id order (lists then sort). */
  private unordered = false;
  private lastId = '';

  constructor(private readonly rules: LedgerRules) {}

  async recordMessages(messages: readonly LedgerMessageInput[]): Promise<number> {
    let added = 0;
    for (const message of messages) if (this.recordOne(message)) added++;
    return added;
  }

  private recordOne(m: LedgerMessageInput): boolean {
    const valid =
      m !== null &&
      typeof m === 'object' &&
      isText(m.id) &&
      isText(m.tenant) &&
      optionalText(m.address) &&
      optionalText(m.recipientId) &&
      optionalText(m.providerMessageId) &&
      isMessageStatus(m.status) &&
      Number.isFinite(m.at);
    if (!valid) return false;
    // Each key hashed once, for its look-up and its store alike.
    const idHash = keyHash(m.id);
    const before = this.byId.get(m.id, idHash);
    if (before !== NONE && this.rows.deleted[before] !== 1) return false;
    const { rows, names } = this;
    if (m.id < this.lastId) this.unordered = true;
    else this.lastId = m.id;
    const address = m.address ?? '';
    const row = rows.append(m.id, m.recipientId, address, m.providerMessageId);
    const tenant = names.intern(m.tenant);
    rows.tenant[row] = tenant;
    rows.category[row] = names.intern(m.category);
    rows.mailing[row] = names.intern(m.mailingId);
    rows.transport[row] = names.intern(m.transport);
    rows.actor[row] = names.intern(m.actor);
    rows.status[row] = statusRank(m.status);
    rows.reason[row] = m.reason === undefined ? 0 : (reasonCode.get(m.reason) ?? 0);
    rows.createdAt[row] = m.at;
    rows.statusAt[row] = m.at;
    this.byId.set(m.id, idHash, row);
    if (m.providerMessageId !== undefined) {
      this.byProvider.set(m.providerMessageId, keyHash(m.providerMessageId), row);
    }
    if (address !== '') {
      const index = this.addressIndex(tenant, true)!;
      const hash = keyHash(address);
      rows.previousOfAddress[row] = index.get(address, hash);
      index.set(address, hash, row);
    }
    if (rows.status[row] === SOFT_BOUNCED) this.markSoft(row, true);
    return true;
  }

  async applyEvents(events: readonly LedgerEventInput[], now: number): Promise<ApplyResult> {
    const results: AppliedEvent[] = [];
    const touched = new Map<string, { tenant: string; address: string; soft: boolean }>();
    const suppressions = new Map<string, SuppressionInput>();
    // Keyed by what a suppression store tells apart; the first source named wins.
    const suppress = (entry: SuppressionInput) => {
      const scope = entry.scope === 'global' ? '' : entry.scope.tenant;
      const key = `${scope}\u0000${entry.key}\u0000${entry.reason}\u0000${entry.subscriptionType ?? ''}`;
      if (!suppressions.has(key)) suppressions.set(key, entry);
    };
    for (const event of events) {
      if (!this.isValidEvent(event)) {
        results.push({ id: typeof event?.id === 'string' ? event.id : '', result: 'invalid' });
        continue;
      }
      const row = event.messageId === undefined ? NONE : this.findRow(event.messageId);
      if (event.messageId !== undefined && row === NONE) {
        results.push({ id: event.id, result: 'unknown_message' });
        continue;
      }
      // Tenant and address come from the matched message, never from the event.
      const about = row === NONE ? event : this.aboutMessage(event, row);
      const previousStatus = row === NONE ? undefined : statusPrecedence[this.rows.status[row]!]!;
      const fresh =
        row === NONE ? this.storeAddressEvent(about) : this.storeMessageEvent(row, about);
      if (about.address !== '') {
        const effect = addressEffect(about);
        const record = effect.problem && this.book.getOrCreate(about.tenant, about.address);
        if (record && fresh) record.problem = addProblem(record.problem, effect.problem!, about);
        if (effect.suppression) suppress(effect.suppression);
        // Only a soft bounce can start a streak; anything else can only end one.
        const key = `${about.tenant}\u0000${about.address}`;
        const soft = about.type === 'soft_bounce' || about.type === 'expired';
        const seen = touched.get(key);
        if (seen === undefined)
          touched.set(key, { tenant: about.tenant, address: about.address, soft });
        else if (soft) seen.soft = true;
      }
      results.push({
        id: event.id,
        result: fresh ? 'applied' : 'duplicate',
        ...(row === NONE ? {} : { message: this.messageOf(row, now), previousStatus }),
      });
    }
    const addresses: AddressStatus[] = [];
    for (const { tenant, address, soft } of touched.values()) {
      if (soft) this.escalateStreak(tenant, address);
      const status = this.addressStatus(tenant, address, now);
      // One truth: a problem address always comes with its suppression, also on a retry.
      if (status.problem) suppress(problemSuppression(tenant, address, status.problem, 'ledger'));
      addresses.push(status);
    }
    return { events: results, addresses, suppressions: [...suppressions.values()] };
  }

  /** The event with its message's tenant and address (a copy only when they differ). */
  private aboutMessage(event: LedgerEventInput, row: number): LedgerEventInput {
    const tenant = this.names.get(this.rows.tenant[row]!)!;
    const address = this.rows.addresses[row]!;
    return event.tenant === tenant && event.address === address
      ? event
      : { ...event, tenant, address };
  }

  private isValidEvent(event: LedgerEventInput): boolean {
    return (
      event !== null &&
      typeof event === 'object' &&
      isText(event.id) &&
      isLedgerEventType(event.type) &&
      isText(event.tenant) &&
      typeof event.address === 'string' &&
      event.address.length <= MAX_TEXT &&
      (event.messageId !== undefined || event.address !== '') &&
      optionalText(event.messageId) &&
      Number.isFinite(event.at) &&
      (event.reason === undefined || reasonCode.has(event.reason)) &&
      optionalText(event.subscriptionType) &&
      optionalText(event.source) &&
      (event.detail === undefined || typeof event.detail === 'string')
    );
  }

  /** Stores an event of a message once; answers whether it was new. */
  private storeMessageEvent(row: number, event: LedgerEventInput): boolean {
    const { rows, events } = this;
    for (let e = rows.lastEvent[row]!; e !== NONE; e = events.next[e]!) {
      if (events.ids[e] === event.id) return false;
    }
    const e = events.append(event.id, event.detail?.slice(0, MAX_TEXT));
    events.message[e] = row;
    events.type[e] = ledgerEventTypes.indexOf(event.type);
    events.reason[e] = event.reason === undefined ? 0 : reasonCode.get(event.reason)!;
    events.match[e] = event.match === undefined ? 0 : matchKinds.indexOf(event.match) + 1;
    events.source[e] = this.names.intern(event.source);
    events.subscriptionType[e] = this.names.intern(event.subscriptionType);
    events.at[e] = event.at;
    events.next[e] = rows.lastEvent[row]!;
    rows.lastEvent[row] = e;

    const decidedBy = rows.decidedBy[row]!;
    const current = {
      status: statusPrecedence[rows.status[row]!]!,
      statusAt: rows.statusAt[row]!,
      decidedBy: decidedBy === NONE ? '' : events.ids[decidedBy]!,
    };
    const next = applyMessageEvent(current, event);
    if (next !== current) {
      rows.status[row] = statusRank(next.status);
      rows.reason[row] = next.reason === undefined ? 0 : reasonCode.get(next.reason)!;
      rows.statusAt[row] = next.statusAt;
      rows.decidedBy[row] = e;
      this.markSoft(row, next.status === 'soft_bounced');
    }
    return true;
  }

  /** Stores an event about an address only, once; answers whether it was new. */
  private storeAddressEvent(event: LedgerEventInput): boolean {
    const record = this.book.getOrCreate(event.tenant, event.address);
    record.events ??= new Map();
    if (record.events.has(event.id)) return false;
    record.events.set(event.id, { ...event });
    return true;
  }

  /** Makes the address a problem when its messages keep soft-bouncing. */
  private escalateStreak(tenant: string, address: string): void {
    const existing = this.book.get(tenant, address);
    if (existing?.problem) return;
    const streak = softBounceStreak(this.streakMessages(tenant, address), this.rules);
    if (streak === undefined) return;
    this.book.getOrCreate(tenant, address).problem = {
      kind: 'bounced',
      count: streak.count,
      lastAt: streak.lastAt,
      ...(streak.lastReason === undefined ? {} : { lastReason: streak.lastReason }),
      detail: streak.detail,
    };
  }

  private streakMessages(tenant: string, address: string) {
    const { rows } = this;
    const messages = [];
    for (const row of this.addressRows(tenant, address)) {
      const reason = rows.reason[row]!;
      messages.push({
        id: rows.ids[row]!,
        status: statusPrecedence[rows.status[row]!]!,
        statusAt: rows.statusAt[row]!,
        ...(reason === 0 ? {} : { reason: reasonIds[reason - 1]! }),
      });
    }
    return messages;
  }

  /** The rows of the messages to an address of a tenant, newest first. */
  private addressRows(tenant: string, address: string): number[] {
    const tenantId = this.names.find(tenant);
    const index = tenantId === undefined ? undefined : this.addressIndex(tenantId, false);
    const found: number[] = [];
    if (index === undefined || address === '') return found;
    for (let row = index.get(address, keyHash(address)); row !== NONE; ) {
      found.push(row);
      row = this.rows.previousOfAddress[row]!;
    }
    return found;
  }

  private addressIndex(tenantId: number, create: boolean): KeyIndex | undefined {
    let index = this.byAddress.get(tenantId);
    if (index === undefined && create) {
      index = new KeyIndex(this.rows.addresses);
      this.byAddress.set(tenantId, index);
    }
    return index;
  }

  private addressStatus(tenant: string, address: string, now: number): AddressStatus {
    const record = this.book.get(tenant, address);
    return statusOf(
      tenant,
      address,
      record,
      record?.problem ?? this.pendingExpiry(tenant, address, now),
    );
  }

  /** A problem the sweep would make at `now`: a soft bounce past the window. */
  private pendingExpiry(
    tenant: string,
    address: string,
    now: number,
  ): AddressStatusProblem | undefined {
    let problem: AddressStatusProblem | undefined;
    if (this.softBounced.size === 0) return problem;
    for (const row of this.addressRows(tenant, address)) {
      if (this.rows.status[row] !== SOFT_BOUNCED) continue;
      const message = this.messageOf(row, Number.NEGATIVE_INFINITY);
      if (!isExpired(message, now, this.rules)) continue;
      problem = addProblem(problem, 'bounced', expiryEvent(message, this.rules));
    }
    return problem;
  }

  async getMessages(ids: readonly string[], now: number) {
    return ids.map((id) => {
      const row = this.findRow(id);
      return row === NONE ? undefined : this.messageOf(row, now);
    });
  }

  async getMessagesByProviderId(providerIds: readonly string[], now: number) {
    return providerIds.map((id) => {
      const row = this.findProviderRow(id);
      return row === NONE ? undefined : this.messageOf(row, now);
    });
  }

  async getMessagesByHeader(headers: readonly string[], now: number) {
    return headers.map((header) => {
      const ours = typeof header === 'string' ? parseMessageIdHeader(header) : undefined;
      let row = ours === undefined ? NONE : this.findRow(ours);
      if (row === NONE) row = this.findProviderRow(header);
      return row === NONE ? undefined : this.messageOf(row, now);
    });
  }

  async getEvents(ids: readonly string[]): Promise<ReadonlyArray<readonly LedgerEvent[]>> {
    return ids.map((id) => {
      const row = this.findRow(id);
      const found: LedgerEvent[] = [];
      if (row === NONE) return found;
      for (let e = this.rows.lastEvent[row]!; e !== NONE; e = this.events.next[e]!) {
        found.push(this.eventOf(e, row));
      }
      return found.reverse();
    });
  }

  async listMessages(filter: MessageFilter, now: number): Promise<Page<LedgerMessage>> {
    const f = filter ?? {};
    const limit = Math.min(
      MAX_LIMIT,
      Math.max(1, Math.floor(Number(f.limit ?? DEFAULT_LIMIT)) || 1),
    );
    const { rows, names } = this;
    const tenant = f.tenant === undefined ? undefined : names.find(f.tenant);
    const mailing = f.mailingId === undefined ? undefined : names.find(f.mailingId);
    const nothing =
      (f.tenant !== undefined && tenant === undefined) ||
      (f.mailingId !== undefined && mailing === undefined) ||
      (f.status !== undefined && !isMessageStatus(f.status));
    if (nothing) return { items: [] };
    const newest = f.order === 'newest';
    const cursor = typeof f.cursor === 'string' ? f.cursor : undefined;
    const matches = (row: number): boolean => {
      if (rows.deleted[row] === 1) return false;
      if (tenant !== undefined && rows.tenant[row] !== tenant) return false;
      if (mailing !== undefined && rows.mailing[row] !== mailing) return false;
      if (f.recipientId !== undefined && rows.recipients[row] !== f.recipientId) return false;
      if (f.address !== undefined && rows.addresses[row] !== f.address) return false;
      const created = rows.createdAt[row]!;
      if (f.since !== undefined && !(created >= f.since)) return false;
      if (f.until !== undefined && !(created < f.until)) return false;
      const id = rows.ids[row]!;
      if (cursor !== undefined && (newest ? id >= cursor : id <= cursor)) return false;
      if (f.status !== undefined && this.statusAtTime(row, now) !== f.status) return false;
      return true;
    };
    const candidates = this.candidateRows(f, tenant, newest);
    const items: LedgerMessage[] = [];
    let more = false;
    for (const row of candidates) {
      if (!matches(row)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(this.messageOf(row, now));
    }
    return more ? { items, cursor: items[items.length - 1]!.id } : { items };
  }

  /** The rows a list may answer, in id order (newest first when asked). */
  private candidateRows(
    f: MessageFilter,
    tenant: number | undefined,
    newest: boolean,
  ): Iterable<number> {
    const { rows } = this;
    let list: number[] | undefined;
    if (f.address !== undefined && f.tenant !== undefined && tenant !== undefined) {
      list = this.addressRows(f.tenant, f.address).reverse();
    } else if (this.unordered) {
      list = Array.from({ length: rows.count }, (_, i) => i);
    }
    if (list !== undefined) {
      if (this.unordered) list.sort((a, b) => (rows.ids[a]! < rows.ids[b]! ? -1 : 1));
      return newest ? list.reverse() : list;
    }
    // Rows in id order: the next page starts right after the cursor's row, so paging
    // through a million messages stays linear. (A forgotten cursor row: from the start.)
    const after = typeof f.cursor === 'string' ? this.findRow(f.cursor) : NONE;
    if (after === NONE) return range(newest ? rows.count - 1 : 0, newest ? -1 : rows.count);
    return range(newest ? after - 1 : after + 1, newest ? -1 : rows.count);
  }

  private statusAtTime(row: number, now: number) {
    const { rows } = this;
    const status = statusPrecedence[rows.status[row]!]!;
    return isExpired({ status, createdAt: rows.createdAt[row]! }, now, this.rules)
      ? 'bounced'
      : status;
  }

  async getAddressStatuses(
    keys: readonly AddressKey[],
    now: number,
  ): Promise<readonly AddressStatus[]> {
    return keys.map((key) => {
      const tenant = typeof key?.tenant === 'string' ? key.tenant : '';
      const address = typeof key?.address === 'string' ? key.address : '';
      return this.addressStatus(tenant, address, now);
    });
  }

  async setConfirmations(
    changes: readonly ConfirmationChange[],
  ): Promise<readonly AddressStatus[]> {
    const answered: AddressStatus[] = [];
    for (const change of changes) {
      const valid =
        change !== null &&
        typeof change === 'object' &&
        isText(change.tenant) &&
        isText(change.address) &&
        isConfirmationState(change.state) &&
        Number.isFinite(change.at);
      if (!valid) continue;
      const record = this.book.getOrCreate(change.tenant, change.address);
      if (laterConfirmation(record, change.at, change.state)) {
        record.confirmation = change.state;
        record.confirmationAt = change.at;
      }
      answered.push(this.addressStatus(change.tenant, change.address, change.at));
    }
    return answered;
  }

  async recordAddressChanges(changes: readonly AddressChange[]): Promise<void> {
    for (const change of changes) {
      const valid =
        change !== null &&
        typeof change === 'object' &&
        isText(change.tenant) &&
        isText(change.recipientId) &&
        isText(change.actor) &&
        optionalText(change.from) &&
        optionalText(change.to) &&
        Number.isFinite(change.at);
      if (!valid) continue;
      const key = `${change.tenant}\u0000${change.recipientId}`;
      const list = this.book.changes.get(key) ?? [];
      list.push({ ...change });
      this.book.changes.set(key, list);
      if (change.to === undefined) continue;
      // The new address starts unconfirmed (seed 004: a changed address is confirmed anew).
      const record = this.book.getOrCreate(change.tenant, change.to);
      if (record.confirmationAt === undefined || change.at >= record.confirmationAt) {
        record.confirmation = 'unconfirmed';
        record.confirmationAt = change.at;
      }
    }
  }

  async addressHistory(tenant: string, recipientIds: readonly string[]) {
    return recipientIds.map((id) =>
      [...(this.book.changes.get(`${tenant}\u0000${id}`) ?? [])].sort((a, b) => a.at - b.at),
    );
  }

  async sweep(now: number, limit = MAX_LIMIT): Promise<ApplyResult & { readonly more: boolean }> {
    const cap = Math.max(1, Math.min(MAX_LIMIT * 10, Math.floor(limit) || 1));
    const due: number[] = [];
    let more = false;
    for (const row of this.softBounced) {
      if (this.rows.createdAt[row]! + this.rules.softBounceWindowMs > now) continue;
      if (due.length === cap) {
        more = true;
        break;
      }
      due.push(row);
    }
    const events = due.map((row) =>
      expiryEvent(this.messageOf(row, Number.NEGATIVE_INFINITY), this.rules),
    );
    return { ...(await this.applyEvents(events, now)), more };
  }

  async forget(
    entries: readonly { readonly address: string; readonly hash: string }[],
    now: number,
  ): Promise<readonly ForgottenAddress[]> {
    const kept: ForgottenAddress[] = [];
    for (const entry of entries) {
      if (!isText(entry?.address) || !isText(entry.hash)) continue;
      const address = normalizeAddress(entry.address) ?? entry.address;
      for (const [tenantId, index] of this.byAddress) {
        const tenant = this.names.get(tenantId)!;
        const erased = this.addressRows(tenant, address);
        for (const row of erased) this.eraseRow(row);
        // The address strings go last: the index compares against them until it let go.
        index.delete(address, keyHash(address));
        for (const row of erased) this.rows.addresses[row] = '';
      }
      const problems = this.book
        .erase(address)
        .map(({ tenant, problem }) => ({ tenant, kind: problem.kind }));
      const before = this.book.forgotten.get(entry.hash);
      const forgotten: ForgottenAddress = {
        hash: entry.hash,
        problems: [...(before?.problems ?? []), ...problems],
        at: before?.at ?? now,
      };
      this.book.forgotten.set(entry.hash, forgotten);
      kept.push(forgotten);
    }
    return kept;
  }

  /** Removes a message's personal data and its indexes; the row stays, flagged. */
  private eraseRow(row: number): void {
    const { rows, events } = this;
    const id = rows.ids[row]!;
    this.byId.delete(id, keyHash(id));
    const provider = rows.providerIds[row];
    if (provider !== undefined && this.byProvider.get(provider, keyHash(provider)) === row) {
      this.byProvider.delete(provider, keyHash(provider));
    }
    for (let e = rows.lastEvent[row]!; e !== NONE; e = events.next[e]!) {
      events.ids[e] = '';
      events.details[e] = undefined;
    }
    rows.deleted[row] = 1;
    rows.ids[row] = '';
    rows.recipients[row] = undefined;
    rows.providerIds[row] = undefined;
    this.markSoft(row, false);
  }

  async isForgotten(hashes: readonly string[]): Promise<readonly boolean[]> {
    return hashes.map((hash) => this.book.forgotten.has(hash));
  }

  async screen(
    entries: readonly LedgerScreenEntry[],
    now: number,
  ): Promise<readonly LedgerScreenHit[]> {
    const hits: LedgerScreenHit[] = [];
    const forgotten = this.book.forgotten;
    // The usual case, and the hot path of every batch: nothing forgotten, nothing due.
    if (forgotten.size === 0 && !this.anyExpired(now)) return hits;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const hash = entry?.hash;
      const gone = hash !== undefined && forgotten.has(hash);
      const problem =
        typeof entry?.tenant === 'string' && typeof entry.address === 'string'
          ? this.pendingExpiry(entry.tenant, entry.address, now)
          : undefined;
      if (gone || problem !== undefined)
        hits.push({
          index: i,
          ...(gone ? { forgotten: true } : {}),
          ...(problem ? { problem } : {}),
        });
    }
    return hits;
  }

  /** Whether any soft bounce is past the window at `now`. */
  private anyExpired(now: number): boolean {
    if (this.softBounced.size === 0) return false;
    // The oldest soft bounce, found again only after the set changed.
    if (this.oldestSoftAt === undefined) {
      let oldest = Number.POSITIVE_INFINITY;
      for (const row of this.softBounced) oldest = Math.min(oldest, this.rows.createdAt[row]!);
      this.oldestSoftAt = oldest;
    }
    return this.oldestSoftAt + this.rules.softBounceWindowMs <= now;
  }

  /** Adds a row to, or takes it from, the soft bounces; the oldest is found again lazily. */
  private markSoft(row: number, soft: boolean): void {
    if (soft) {
      this.softBounced.add(row);
      if (this.oldestSoftAt !== undefined)
        this.oldestSoftAt = Math.min(this.oldestSoftAt, this.rows.createdAt[row]!);
    } else if (this.softBounced.delete(row)) this.oldestSoftAt = undefined;
  }

  private findRow(id: string): number {
    if (!isText(id)) return NONE;
    const row = this.byId.get(id, keyHash(id));
    return row === NONE || this.rows.deleted[row] === 1 ? NONE : row;
  }

  /** A provider id as given, with or without angle brackets. */
  private findProviderRow(id: string): number {
    if (!isText(id)) return NONE;
    const exact = this.providerRow(id);
    if (exact !== NONE) return exact;
    const inner = bare(id);
    return inner === id ? this.providerRow(`<${id}>`) : this.providerRow(inner);
  }

  private providerRow(id: string): number {
    const row = this.byProvider.get(id, keyHash(id));
    return row !== NONE && this.rows.deleted[row] === 0 ? row : NONE;
  }

  private messageOf(row: number, now: number): LedgerMessage {
    const { rows, names } = this;
    // Built field by field: this runs for every event applied and every message read.
    const message: { -readonly [K in keyof LedgerMessage]: LedgerMessage[K] } = {
      id: rows.ids[row]!,
      tenant: names.get(rows.tenant[row]!)!,
      status: statusPrecedence[rows.status[row]!]!,
      createdAt: rows.createdAt[row]!,
      statusAt: rows.statusAt[row]!,
    };
    const recipientId = rows.recipients[row];
    if (recipientId !== undefined) message.recipientId = recipientId;
    const address = rows.addresses[row]!;
    if (address !== '') message.address = address;
    if (rows.category[row] !== 0) message.category = names.get(rows.category[row]!)!;
    if (rows.mailing[row] !== 0) message.mailingId = names.get(rows.mailing[row]!)!;
    if (rows.transport[row] !== 0) message.transport = names.get(rows.transport[row]!)!;
    const provider = rows.providerIds[row];
    if (provider !== undefined) message.providerMessageId = provider;
    if (rows.actor[row] !== 0) message.actor = names.get(rows.actor[row]!)!;
    const reason = rows.reason[row]!;
    if (reason !== 0) message.reason = reasonIds[reason - 1] as Reason;
    return message.status === 'soft_bounced' ? messageAt(message, now, this.rules) : message;
  }

  private eventOf(e: number, row: number): LedgerEvent {
    const { events, names, rows } = this;
    const reason = events.reason[e]!;
    const match = events.match[e]!;
    const source = names.get(events.source[e]!);
    const subscriptionType = names.get(events.subscriptionType[e]!);
    const detail = events.details[e];
    return {
      id: events.ids[e]!,
      type: ledgerEventTypes[events.type[e]!]!,
      tenant: names.get(rows.tenant[row]!)!,
      address: rows.addresses[row]!,
      messageId: rows.ids[row]!,
      ...(match === 0 ? {} : { match: matchKinds[match - 1]! }),
      at: events.at[e]!,
      ...(reason === 0 ? {} : { reason: reasonIds[reason - 1] as Reason }),
      ...(subscriptionType === undefined ? {} : { subscriptionType }),
      ...(source === undefined ? {} : { source }),
      ...(detail === undefined ? {} : { detail }),
    };
  }
}

/** Rows from `start` (included) to `end` (excluded), counting down when `end` is lower. */
function* range(start: number, end: number): Iterable<number> {
  if (end < start) for (let row = start; row > end; row--) yield row;
  else for (let row = start; row < end; row++) yield row;
}

function isConfirmationState(value: unknown): value is ConfirmationState {
  return value === 'unconfirmed' || value === 'confirmation_requested' || value === 'confirmed';
}

const confirmationOrder: { readonly [S in ConfirmationState]: number } = {
  unconfirmed: 0,
  confirmation_requested: 1,
  confirmed: 2,
};

/** The latest change wins; at the same time, the further state (confirmed > requested). */
function laterConfirmation(record: AddressRecord, at: number, state: ConfirmationState): boolean {
  if (record.confirmationAt === undefined || at > record.confirmationAt) return true;
  return (
    at === record.confirmationAt &&
    confirmationOrder[state] > confirmationOrder[record.confirmation]
  );
}
