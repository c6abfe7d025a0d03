import {
  type AuditActor,
  normalizeSuppressionKey,
  type SuppressionInput,
  type SuppressionLift,
  type SuppressionReason,
  type SuppressionScope,
} from '@mailgate/core';

/**
 * The reasons, in the order of their codes in the `reason` columns (the memory store's
 * order). Append only: a stored code must keep its meaning.
 */
export const reasons: readonly SuppressionReason[] = [
  'previously_bounced',
  'previously_complained',
  'unsubscribed_from_all',
  'unsubscribed_from_type',
  'recipient_opted_out_of_platform',
  'domain_blocked',
  'address_flagged_invalid',
];
const codes = new Map<unknown, number>(reasons.map((reason, code) => [reason, code]));
export const reasonCode = (reason: unknown): number | undefined => codes.get(reason);
const TYPED = 'unsubscribed_from_type';

/** The global scope's tenant column. */
export const GLOBAL = '';

/** The tenant column of a scope; `undefined` for anything that is not a scope. */
export function tenantOf(scope: unknown): string | undefined {
  if (scope === 'global') return GLOBAL;
  const tenant = (scope as { tenant?: unknown } | null | undefined)?.tenant;
  return typeof tenant === 'string' && tenant !== '' ? tenant : undefined;
}

export function scopeOf(tenant: string): SuppressionScope {
  return tenant === GLOBAL ? 'global' : { tenant };
}

export interface EntryRow {
  readonly tenant: string;
  readonly key: string;
  readonly reason: number;
  /** '' unless the reason is `unsubscribed_from_type`. */
  readonly subscriptionType: string;
  readonly source: string;
  readonly createdAt: number;
  /** `undefined`: never. */
  readonly expiresAt: number | undefined;
}

/**
 * The entries of an `add` as rows, the unstorable ones skipped (like the memory store),
 * and one row per entry: of an entry repeated in the batch, the one that lasts longest.
 */
export function entryRows(entries: readonly SuppressionInput[], at: number): EntryRow[] {
  const rows = new Map<string, EntryRow>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const key = normalizeSuppressionKey(entry?.key);
    const reason = reasonCode(entry?.reason);
    const tenant = tenantOf(entry?.scope);
    if (key === undefined || reason === undefined || tenant === undefined) continue;
    const typed = entry.reason === TYPED;
    const type = entry.subscriptionType;
    if (typed && (typeof type !== 'string' || type === '')) continue;
    const row: EntryRow = {
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

export interface LiftRow {
  readonly tenant: string;
  readonly key: string;
  /** `undefined`: every reason. */
  readonly reason: number | undefined;
  /** `undefined`: every type. */
  readonly subscriptionType: string | undefined;
}

/** The lifts as rows; those that cannot match anything are skipped. */
export function liftRows(lifts: readonly SuppressionLift[]): LiftRow[] {
  const rows: LiftRow[] = [];
  for (const lift of Array.isArray(lifts) ? lifts : []) {
    const key = normalizeSuppressionKey(lift?.key);
    const tenant = tenantOf(lift?.scope);
    if (key === undefined || tenant === undefined) continue;
    let reason = lift.reason === undefined ? undefined : reasonCode(lift.reason);
    if (lift.reason !== undefined && reason === undefined) continue;
    let subscriptionType: string | undefined;
    if (lift.subscriptionType !== undefined) {
      // Only `unsubscribed_from_type` has a type: with another reason, nothing matches.
      if (lift.reason !== undefined && lift.reason !== TYPED) continue;
      if (typeof lift.subscriptionType !== 'string' || lift.subscriptionType === '') continue;
      reason = reasonCode(TYPED);
      subscriptionType = lift.subscriptionType;
    }
    rows.push({ tenant, key, reason, subscriptionType });
  }
  return rows;
}

/** Who made a change, as the audit columns. */
export function actorOf(by: AuditActor): { actor: string; note: string | undefined } {
  const { actor, note } = (by ?? {}) as { actor?: unknown; note?: unknown };
  return {
    actor: typeof actor === 'string' ? actor : '',
    note: typeof note === 'string' ? note : undefined,
  };
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function clampLimit(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
