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
  return `on the ${scope} since ${isoTime(entry.createdAt)} (source: ${entry.source})`;
}

// Entries imported or ingested together share their time: format it once for them all.
let lastTime = Number.NaN;
let lastIso = '';

function isoTime(ms: number): string {
  if (ms !== lastTime) {
    // May throw (an invalid time), as before; nothing is remembered then.
    lastIso = new Date(ms).toISOString();
    lastTime = ms;
  }
  return lastIso;
}
