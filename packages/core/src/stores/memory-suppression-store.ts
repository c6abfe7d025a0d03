import { normalizeAddress } from '../address/normalize-address';
import { isAddressHash } from '../ledger/hash-address';
import type { Mutable } from '../mutable';
import { AUDIT_ADD, AUDIT_LIFT, AuditLog } from './audit-log';
import { isDomainKey, KeyIndex, keyHash } from './key-index';
import { StringTable } from './string-table';
import {
  flatKey,
  normalizeSuppressionKey,
  suppressionReasonCode,
  suppressionReasons,
} from './suppression-key';
import { NO_ROW, SuppressionRows } from './suppression-rows';
import type {
  AuditActor,
  AuditRecord,
  Page,
  Suppression,
  SuppressionErasure,
  SuppressionFilter,
  SuppressionInput,
  SuppressionLift,
  SuppressionScope,
  SuppressionStore,
} from './types';

/** Options of `memorySuppressionStore`. */
export interface MemorySuppressionStoreOptions {
  /** The clock for `createdAt` defaults, audit times and `list`'s expiry test. */
  readonly now?: () => number;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const GLOBAL = 0;
const UNKNOWN_TENANT = -1;
/** A lift without a subscription type: every type (no interned id is negative). */
const ANY_TYPE = -1;
const TYPED_REASON = suppressionReasonCode('unsubscribed_from_type')!;

/**
 * The suppression list in memory: the default store, for one process.
 *
 * Built for a million entries and a bulk preflight of a million recipients a second:
 * each scope (the global one, and one per tenant) has a `KeyIndex` from key to the first
 * row of that key's entries; the entries themselves are rows in typed-array columns
 * (`SuppressionRows`), and `Suppression` objects are only made for hits. A miss costs
 * one hash and two probes, and allocates nothing.
 *
 * Input that cannot be stored (a key that does not normalize, an unknown reason,
 * `unsubscribed_from_type` without a type) and lifts that cannot match (a subscription
 * type with another reason) are skipped, never thrown: the admin functions
 * (`addSuppression`, `liftSuppression`, `importSuppressions`) validate and report them.
 *
 * @example
 * ```ts
 * import { memorySuppressionStore } from '@mailgate/core';
 *
 * const suppressions = memorySuppressionStore();
 * await suppressions.add(
 *   [{ key: 'ann@example.com', scope: { tenant: 'acme' }, reason: 'unsubscribed_from_all', source: 'form' }],
 *   { actor: 'ann' },
 * );
 * const [entries] = await suppressions.lookup('acme', ['ann@example.com'], Date.now());
 * ```
 */
export function memorySuppressionStore(
  options: MemorySuppressionStoreOptions = {},
): SuppressionStore {
  const store = new MemorySuppressionStore(options.now ?? Date.now);
  // A plain object of functions, like the other stores: hosts and tests wrap a store with
  // `{ ...store, lookup }`, which would drop methods that live on a class prototype.
  return {
    lookup: (tenant, keys, now) => store.lookup(tenant, keys, now),
    add: (entries, by) => store.add(entries, by),
    lift: (entries, by) => store.lift(entries, by),
    list: (filter) => store.list(filter),
    audit: (filter) => store.audit(filter),
    forget: (entries) => store.forget(entries),
  };
}

class MemorySuppressionStore implements SuppressionStore {
  private readonly rows = new SuppressionRows();
  private readonly trail = new AuditLog();
  private readonly strings = new StringTable();
  /** Tenant names to ids; id 0 is the global scope. */
  private readonly tenants = new StringTable();
  /** By tenant id: key → the first row of the key's chain in that scope. */
  private readonly indexes: KeyIndex[] = [new KeyIndex(this.rows.keys)];
  /** By tenant id: the scope object, shared by every materialized entry. */
  private readonly scopes: SuppressionScope[] = ['global'];

  /** Scratch for `lookup`'s hashes. */
  private hashes = new Int32Array(0);

  constructor(private readonly clock: () => number) {}

  async lookup(
    tenant: string,
    keys: readonly string[],
    now: number,
  ): Promise<ReadonlyArray<readonly Suppression[] | undefined>> {
    const global = this.indexes[GLOBAL]!;
    const tenantId = this.tenants.find(tenant);
    const own = tenantId === undefined ? undefined : this.indexes[tenantId]!;
    const found = new Array<Suppression[] | undefined>(keys.length);
    if (global.size === 0 && (own === undefined || own.size === 0)) return found.fill(undefined);
    // Hash every key first (one hash serves both indexes), then fetch the slots of the
    // whole batch at once, then look up: a million-key table is mostly out of the cache,
    // and reads that wait for each other would each wait the full memory latency.
    // Domain keys are not looked up where no domain is stored, which is the usual case.
    const hashes = this.hashScratch(keys.length);
    const anyDomains = global.domains > 0 || (own !== undefined && own.domains > 0);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      hashes[i] = !anyDomains && isDomainKey(key) ? 0 : keyHash(key);
    }
    if (global.size > 0) global.touch(hashes, keys.length);
    if (own !== undefined && own.size > 0) own.touch(hashes, keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (!anyDomains && isDomainKey(key)) continue;
      const hash = hashes[i]!;
      const g = global.size === 0 ? NO_ROW : global.get(key, hash);
      const t = own === undefined ? NO_ROW : own.get(key, hash);
      // A miss allocates nothing.
      let hits: Suppression[] | undefined;
      if (g !== NO_ROW) hits = this.collect(g, now, hits);
      if (t !== NO_ROW) hits = this.collect(t, now, hits);
      found[i] = hits;
    }
    return found;
  }

  /** Room for `count` hashes, reused from one look-up to the next. */
  private hashScratch(count: number): Int32Array {
    if (this.hashes.length < count) this.hashes = new Int32Array(Math.max(count, 1024));
    return this.hashes;
  }

  async add(entries: readonly SuppressionInput[], by: AuditActor): Promise<void> {
    const at = this.clock();
    let change: number | undefined;
    for (const entry of entries) {
      const row = this.addOne(entry, at);
      if (row === NO_ROW) continue;
      change ??= this.beginChange(AUDIT_ADD, by, at);
      this.trail.record(change, row);
    }
  }

  async lift(entries: readonly SuppressionLift[], by: AuditActor): Promise<number> {
    const at = this.clock();
    const { rows } = this;
    let change: number | undefined;
    let lifted = 0;
    for (const entry of entries) {
      const key = normalizeSuppressionKey(entry?.key);
      const scope = key === undefined ? UNKNOWN_TENANT : this.scopeId(entry.scope, false);
      if (key === undefined || scope === UNKNOWN_TENANT) continue;
      let reason = entry.reason === undefined ? undefined : suppressionReasonCode(entry.reason);
      if (entry.reason !== undefined && reason === undefined) continue;
      // With a subscription type: only the `unsubscribed_from_type` entry of that type. A
      // type with another reason, or a type never stored, matches nothing.
      let type = ANY_TYPE;
      if (entry.subscriptionType !== undefined) {
        if (reason !== undefined && reason !== TYPED_REASON) continue;
        const id =
          typeof entry.subscriptionType === 'string' && entry.subscriptionType !== ''
            ? this.strings.find(entry.subscriptionType)
            : undefined;
        if (id === undefined) continue;
        reason = TYPED_REASON;
        type = id;
      }
      const index = this.indexes[scope]!;
      const hash = keyHash(key);
      // Unlink every matching row from the key's chain; the rows stay for the audit trail.
      let previous = NO_ROW;
      let row = index.get(key, hash);
      while (row !== NO_ROW) {
        const next = rows.next[row]!;
        const matches =
          (reason === undefined || rows.reason[row] === reason) &&
          (type === ANY_TYPE || rows.subscriptionType[row] === type);
        if (matches) {
          if (previous === NO_ROW) {
            if (next === NO_ROW) index.delete(key, hash);
            else index.set(key, hash, next);
          } else {
            rows.next[previous] = next;
          }
          rows.lifted[row] = 1;
          change ??= this.beginChange(AUDIT_LIFT, by, at);
          this.trail.record(change, row);
          lifted++;
        } else {
          previous = row;
        }
        row = next;
      }
    }
    return lifted;
  }

  async list(filter: SuppressionFilter = {}): Promise<Page<Suppression>> {
    const limit = clampLimit(filter.limit);
    const start = parseCursor(filter.cursor);
    const scope = filter.scope === undefined ? undefined : this.scopeId(filter.scope, false);
    const reason = filter.reason === undefined ? undefined : suppressionReasonCode(filter.reason);
    const key = filter.key === undefined ? undefined : normalizeSuppressionKey(filter.key);
    const nothing =
      start === undefined ||
      scope === UNKNOWN_TENANT ||
      (filter.reason !== undefined && reason === undefined) ||
      (filter.key !== undefined && key === undefined);
    if (nothing) return { items: [] };

    const now = this.clock();
    const { rows } = this;
    const matches = (row: number) =>
      rows.lifted[row] === 0 &&
      rows.expiresAt[row]! > now &&
      (scope === undefined || rows.scope[row] === scope) &&
      (reason === undefined || rows.reason[row] === reason);
    // With a key, only that key's chains can match; without, scan the rows in order.
    const candidates = key === undefined ? undefined : this.rowsOfKey(key, scope);
    const items: Suppression[] = [];
    let last = start - 1;
    if (candidates === undefined) {
      for (let row = start; row < rows.count && items.length < limit; row++) {
        if (matches(row)) items.push(this.entry(row));
        last = row;
      }
      return last + 1 < rows.count ? { items, cursor: String(last) } : { items };
    }
    const pending = candidates.filter((row) => row >= start && matches(row));
    for (const row of pending.slice(0, limit)) items.push(this.entry(row));
    return pending.length > limit ? { items, cursor: String(pending[limit - 1]) } : { items };
  }

  async audit(
    filter: { readonly key?: string; readonly cursor?: string; readonly limit?: number } = {},
  ): Promise<Page<AuditRecord>> {
    const limit = clampLimit(filter.limit);
    const start = parseCursor(filter.cursor);
    const key = filter.key === undefined ? undefined : normalizeSuppressionKey(filter.key);
    if (start === undefined || (filter.key !== undefined && key === undefined))
      return { items: [] };
    const { trail, rows } = this;
    const items: AuditRecord[] = [];
    let last = start - 1;
    for (let i = start; i < trail.count && items.length < limit; i++) {
      if (key === undefined || rows.keys[trail.row[i]!] === key) items.push(this.auditRecord(i));
      last = i;
    }
    return last + 1 < trail.count ? { items, cursor: String(last) } : { items };
  }

  async forget(entries: readonly SuppressionErasure[]): Promise<number> {
    const { rows, trail } = this;
    const byAddress = new Map<string, string>();
    for (const entry of entries ?? []) {
      const address = typeof entry?.key === 'string' ? normalizeAddress(entry.key) : undefined;
      if (address !== undefined && isAddressHash(entry.hash)) byAddress.set(address, entry.hash);
    }
    if (byAddress.size === 0) return 0;
    // Unhook each address's chains first: the indexes compare against the row keys.
    const chains: Array<{ index: KeyIndex; head: number; hash: string }> = [];
    for (const [address, hash] of byAddress) {
      const addressHash = keyHash(address);
      for (const index of this.indexes) {
        const head = index.get(address, addressHash);
        if (head === NO_ROW) continue;
        index.delete(address, addressHash);
        chains.push({ index, head, hash });
      }
    }
    // Every row of the address, lifted ones too (the audit trail points at them).
    const touched = new Set<number>();
    for (let row = 0; row < rows.count; row++) {
      const hash = byAddress.get(rows.keys[row]!);
      if (hash === undefined) continue;
      rows.keys[row] = hash;
      touched.add(row);
    }
    let rewritten = 0;
    for (const { index, head, hash } of chains) {
      for (let row = head; row !== NO_ROW; row = rows.next[row]!) rewritten++;
      this.joinChain(index, head, hash);
    }
    // Notes are the host's words and may quote the address.
    const changes = new Set<number>();
    for (let i = 0; i < trail.count; i++)
      if (touched.has(trail.row[i]!)) changes.add(trail.change[i]!);
    for (const change of changes) {
      const note = this.strings.get(trail.note[change]!);
      if (note === undefined) continue;
      let erased = note;
      for (const [address, hash] of byAddress) erased = erased.split(address).join(hash);
      if (erased !== note) trail.note[change] = this.strings.intern(erased);
    }
    return rewritten;
  }

  /**
   * Hangs the chain starting at `head` (rows already re-keyed to `hash`) under `hash` in
   * `index`; an entry the hash's chain already has (same reason and type) is dropped.
   */
  private joinChain(index: KeyIndex, head: number, hash: string): void {
    const { rows } = this;
    const hashed = keyHash(hash);
    const existing = index.get(hash, hashed);
    if (existing === NO_ROW) {
      index.set(hash, hashed, head);
      return;
    }
    let tail = existing;
    while (rows.next[tail] !== NO_ROW) tail = rows.next[tail]!;
    for (let row = head; row !== NO_ROW; ) {
      const next = rows.next[row]!;
      rows.next[row] = NO_ROW;
      let twin = false;
      for (let other = existing; other !== NO_ROW; other = rows.next[other]!) {
        twin ||=
          rows.reason[other] === rows.reason[row] &&
          rows.subscriptionType[other] === rows.subscriptionType[row];
      }
      if (twin) rows.lifted[row] = 1;
      else {
        rows.next[tail] = row;
        tail = row;
      }
      row = next;
    }
  }

  /** Stores one entry; answers the row it created or changed, or `NO_ROW` when neither. */
  private addOne(entry: SuppressionInput, at: number): number {
    const key = normalizeSuppressionKey(entry?.key);
    const reason = suppressionReasonCode(entry?.reason);
    if (key === undefined || reason === undefined) return NO_ROW;
    const typed = entry.reason === 'unsubscribed_from_type';
    if (typed && (typeof entry.subscriptionType !== 'string' || entry.subscriptionType === '')) {
      return NO_ROW;
    }
    const scope = this.scopeId(entry.scope, true);
    if (scope === UNKNOWN_TENANT) return NO_ROW;
    const createdAt = finiteOr(entry.createdAt, at);
    const expiresAt = finiteOr(entry.expiresAt, Number.POSITIVE_INFINITY);
    // The subscription type only tells entries apart for `unsubscribed_from_type`.
    const subscriptionType = typed ? this.strings.intern(entry.subscriptionType) : 0;
    const source = this.strings.intern(typeof entry.source === 'string' ? entry.source : '');

    const { rows } = this;
    const index = this.indexes[scope]!;
    const hash = keyHash(key);
    let tail = NO_ROW;
    for (let row = index.get(key, hash); row !== NO_ROW; row = rows.next[row]!) {
      tail = row;
      if (rows.reason[row] !== reason || rows.subscriptionType[row] !== subscriptionType) continue;
      // The same entry again: a no-op while it is in force, unless it now lasts longer.
      const current = rows.expiresAt[row]!;
      if (current > at && expiresAt <= current) return NO_ROW;
      rows.createdAt[row] = createdAt;
      rows.expiresAt[row] = expiresAt;
      rows.source[row] = source;
      return row;
    }
    const stored = flatKey(key);
    const row = rows.append({
      key: stored,
      scope,
      reason,
      subscriptionType,
      source,
      createdAt,
      expiresAt,
    });
    if (tail === NO_ROW) index.set(stored, hash, row);
    else rows.next[tail] = row;
    return row;
  }

  /** Appends the in-force rows of a chain to `hits`, as entries. */
  private collect(head: number, now: number, hits: Suppression[] | undefined) {
    const { rows } = this;
    for (let row = head; row !== NO_ROW; row = rows.next[row]!) {
      if (rows.expiresAt[row]! <= now) continue;
      if (hits === undefined) hits = [this.entry(row)];
      else hits.push(this.entry(row));
    }
    return hits;
  }

  /** The rows of `key` in one scope or all, ascending (the list order). */
  private rowsOfKey(key: string, scope: number | undefined): number[] {
    const found: number[] = [];
    const hash = keyHash(key);
    const indexes = scope === undefined ? this.indexes : [this.indexes[scope]!];
    for (const index of indexes) {
      for (let row = index.get(key, hash); row !== NO_ROW; row = this.rows.next[row]!) {
        found.push(row);
      }
    }
    return found.sort((a, b) => a - b);
  }

  private entry(row: number): Suppression {
    const { rows } = this;
    const entry: Mutable<Suppression> = {
      key: rows.keys[row]!,
      scope: this.scopes[rows.scope[row]!]!,
      reason: suppressionReasons[rows.reason[row]!]!,
      source: this.strings.get(rows.source[row]!) ?? '',
      createdAt: rows.createdAt[row]!,
    };
    const type = rows.subscriptionType[row]!;
    if (type !== 0) entry.subscriptionType = this.strings.get(type)!;
    const expiresAt = rows.expiresAt[row]!;
    if (expiresAt !== Number.POSITIVE_INFINITY) entry.expiresAt = expiresAt;
    return entry;
  }

  private auditRecord(i: number): AuditRecord {
    const { trail, rows, strings } = this;
    const row = trail.row[i]!;
    const change = trail.change[i]!;
    const record: Mutable<AuditRecord> = {
      action: trail.action[change] === AUDIT_LIFT ? 'lift' : 'add',
      key: rows.keys[row]!,
      scope: this.scopes[rows.scope[row]!]!,
      reason: suppressionReasons[rows.reason[row]!]!,
      actor: strings.get(trail.actor[change]!) ?? '',
      at: trail.at[change]!,
    };
    const type = rows.subscriptionType[row]!;
    if (type !== 0) record.subscriptionType = strings.get(type)!;
    const note = trail.note[change]!;
    if (note !== 0) record.note = strings.get(note)!;
    return record;
  }

  private beginChange(action: number, by: AuditActor, at: number): number {
    const actor = this.strings.intern(typeof by?.actor === 'string' ? by.actor : '');
    const note = this.strings.intern(typeof by?.note === 'string' ? by.note : undefined);
    return this.trail.begin(action, actor, note, at);
  }

  /** The tenant id of a scope (creating it when asked), or `UNKNOWN_TENANT`. */
  private scopeId(scope: SuppressionScope | undefined, create: boolean): number {
    if (scope === 'global') return GLOBAL;
    const tenant = (scope as { tenant?: unknown } | undefined)?.tenant;
    // An empty tenant id is no tenant: the shared stores keep the global scope as ''.
    if (typeof tenant !== 'string' || tenant === '') return UNKNOWN_TENANT;
    const known = this.tenants.find(tenant);
    if (known !== undefined) return known;
    if (!create) return UNKNOWN_TENANT;
    const id = this.tenants.intern(tenant);
    this.indexes[id] = new KeyIndex(this.rows.keys);
    this.scopes[id] = Object.freeze({ tenant });
    return id;
  }
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/** The first row after a cursor; `undefined` for a cursor this store never gave out. */
function parseCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return 0;
  return /^\d{1,15}$/.test(cursor) ? Number(cursor) + 1 : undefined;
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
