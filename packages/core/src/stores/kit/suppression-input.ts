import { normalizeSuppressionKey, suppressionReasonCode } from '../suppression-key';
import type { AuditActor, SuppressionInput, SuppressionLift, SuppressionScope } from '../types';

// What every shared suppression store does with its input before it writes: validate and
// normalize like the memory store, skip what it could not store, and turn scopes into a
// tenant column.

const TYPED = 'unsubscribed_from_type';

/** The tenant column of the global scope. */
export const GLOBAL_TENANT = '';

/** The tenant column of a scope (`GLOBAL_TENANT` for 'global'); `undefined` for anything that is not a scope. */
export function tenantOfScope(scope: unknown): string | undefined {
  if (scope === 'global') return GLOBAL_TENANT;
  const tenant = (scope as { tenant?: unknown } | null | undefined)?.tenant;
  return typeof tenant === 'string' && tenant !== '' ? tenant : undefined;
}

/** The scope of a tenant column. */
export function scopeOfTenant(tenant: string): SuppressionScope {
  return tenant === GLOBAL_TENANT ? 'global' : { tenant };
}

/** One suppression to write, validated and normalized. */
export interface SuppressionEntryRow {
  /** `GLOBAL_TENANT` for the global scope. */
  readonly tenant: string;
  /** The normalized key (`normalizeSuppressionKey`). */
  readonly key: string;
  /** The reason's code (`suppressionReasonCode`). */
  readonly reason: number;
  /** '' unless the reason is `unsubscribed_from_type`. */
  readonly subscriptionType: string;
  readonly source: string;
  readonly createdAt: number;
  /** `undefined`: never. */
  readonly expiresAt: number | undefined;
}

/**
 * The entries of an `add` as rows: the ones the memory store would skip (a key that does
 * not normalize, an unknown reason or scope, a typed unsubscribe without its type) are
 * skipped, and an entry repeated in the batch is one row, the one that lasts longest.
 */
export function suppressionEntryRows(
  entries: readonly SuppressionInput[],
  at: number,
): SuppressionEntryRow[] {
  const rows = new Map<string, SuppressionEntryRow>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const key = normalizeSuppressionKey(entry?.key);
    const reason = suppressionReasonCode(entry?.reason);
    const tenant = tenantOfScope(entry?.scope);
    if (key === undefined || reason === undefined || tenant === undefined) continue;
    const typed = entry.reason === TYPED;
    const type = entry.subscriptionType;
    if (typed && (typeof type !== 'string' || type === '')) continue;
    const row: SuppressionEntryRow = {
      tenant,
      key,
      reason,
      subscriptionType: typed ? (type as string) : '',
      source: typeof entry.source === 'string' ? entry.source : '',
      createdAt: finite(entry.createdAt) ?? at,
      expiresAt: finite(entry.expiresAt),
    };
    const id = JSON.stringify([tenant, key, reason, row.subscriptionType]);
    const before = rows.get(id);
    if (before === undefined || lastsLonger(row.expiresAt, before.expiresAt)) rows.set(id, row);
  }
  return [...rows.values()];
}

function lastsLonger(a: number | undefined, b: number | undefined): boolean {
  return b !== undefined && (a === undefined || a > b);
}

/** One lift to apply, validated and normalized. */
export interface SuppressionLiftRow {
  readonly tenant: string;
  readonly key: string;
  /** The reason's code; `undefined`: every reason. */
  readonly reason: number | undefined;
  /** `undefined`: every type. */
  readonly subscriptionType: string | undefined;
}

/** The lifts as rows; those that cannot match anything are skipped. */
export function suppressionLiftRows(lifts: readonly SuppressionLift[]): SuppressionLiftRow[] {
  const rows: SuppressionLiftRow[] = [];
  for (const lift of Array.isArray(lifts) ? lifts : []) {
    const key = normalizeSuppressionKey(lift?.key);
    const tenant = tenantOfScope(lift?.scope);
    if (key === undefined || tenant === undefined) continue;
    let reason = lift.reason === undefined ? undefined : suppressionReasonCode(lift.reason);
    if (lift.reason !== undefined && reason === undefined) continue;
    let subscriptionType: string | undefined;
    if (lift.subscriptionType !== undefined) {
      // Only `unsubscribed_from_type` has a type: with another reason, nothing matches.
      if (lift.reason !== undefined && lift.reason !== TYPED) continue;
      if (typeof lift.subscriptionType !== 'string' || lift.subscriptionType === '') continue;
      reason = suppressionReasonCode(TYPED);
      subscriptionType = lift.subscriptionType;
    }
    rows.push({ tenant, key, reason, subscriptionType });
  }
  return rows;
}

/** Who made a change, as the audit columns: an actor ('' when missing) and an optional note. */
export function auditActorOf(by: AuditActor): { actor: string; note: string | undefined } {
  const { actor, note } = (by ?? {}) as { actor?: unknown; note?: unknown };
  return {
    actor: typeof actor === 'string' ? actor : '',
    note: typeof note === 'string' ? note : undefined,
  };
}

/** The page size of a listing when none is asked for. */
export const DEFAULT_PAGE_LIMIT = 100;
/** The largest page a listing answers. */
export const MAX_PAGE_LIMIT = 1000;

/** A listing's page size: the one asked for, within 1 … `MAX_PAGE_LIMIT`. */
export function pageLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_PAGE_LIMIT;
  return Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.floor(limit)));
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
