import type { Suppression, SuppressionReason } from '../stores/types';

/**
 * A store is host code, often behind a network: its answers are checked at the boundary
 * like any other input. An answer of the wrong shape or length is treated as no answer
 * (the store is unavailable), never as "nothing applies": a suppression list that answers
 * `[]` or `{}` must not let a suppressed address through.
 */

type LookupAnswer = ReadonlyArray<readonly Suppression[] | undefined>;

const suppressionReasons: ReadonlySet<string> = new Set<SuppressionReason>([
  'previously_bounced',
  'previously_complained',
  'unsubscribed_from_all',
  'unsubscribed_from_type',
  'recipient_opted_out_of_platform',
  'domain_blocked',
  'address_flagged_invalid',
]);

/** One entry per key, each `undefined` or a list of well-formed suppressions. */
export function isLookupAnswer(value: unknown, keyCount: number): value is LookupAnswer {
  if (!Array.isArray(value) || value.length !== keyCount) return false;
  for (let i = 0; i < value.length; i++) {
    const entries: unknown = value[i];
    if (entries === undefined) continue;
    if (!Array.isArray(entries)) return false;
    for (const entry of entries) if (!isSuppression(entry)) return false;
  }
  return true;
}

function isSuppression(value: unknown): value is Suppression {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (typeof entry.reason !== 'string' || !suppressionReasons.has(entry.reason)) return false;
  if (entry.reason === 'unsubscribed_from_type' && typeof entry.subscriptionType !== 'string')
    return false;
  const scope = entry.scope as { tenant?: unknown } | 'global' | undefined;
  if (scope !== 'global' && (typeof scope !== 'object' || typeof scope?.tenant !== 'string'))
    return false;
  return typeof entry.source === 'string' && Number.isFinite(entry.createdAt);
}

/** One count per key: a finite number, not below zero. */
export function isCounterAnswer(value: unknown, keyCount: number): value is readonly number[] {
  if (!Array.isArray(value) || value.length !== keyCount) return false;
  for (let i = 0; i < value.length; i++) {
    const count: unknown = value[i];
    if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) return false;
  }
  return true;
}

/** One boolean per key. */
export function isClaimAnswer(value: unknown, keyCount: number): value is readonly boolean[] {
  if (!Array.isArray(value) || value.length !== keyCount) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'boolean') return false;
  return true;
}
