import type { Suppression, SuppressionReason } from '../../stores/types';

/** The first entry with `reason` (and, when given, the subscription type). */
export function findSuppression(
  entries: readonly Suppression[] | undefined,
  reason: SuppressionReason,
  subscriptionType?: string,
): Suppression | undefined {
  if (entries === undefined) return undefined;
  for (const entry of entries) {
    if (entry.reason !== reason) continue;
    if (subscriptionType !== undefined && entry.subscriptionType !== subscriptionType) continue;
    return entry;
  }
  return undefined;
}

export function describeSource(entry: Suppression): string {
  const scope = entry.scope === 'global' ? 'global list' : 'tenant list';
  return `on the ${scope} since ${new Date(entry.createdAt).toISOString()} (source: ${entry.source})`;
}
