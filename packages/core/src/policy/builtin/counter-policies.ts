import { details } from '../../reasons/details';
import type { Policy } from '../policy';

const DAY_MS = 86_400_000;

/** Options of `frequencyCapPolicy`: at most `max` mailings per address in a period. */
export interface FrequencyCapOptions {
  /** The most mailings one address may get in a period. */
  readonly max: number;
  /** The period, in days (default 30). Counted in fixed windows from the epoch. */
  readonly periodDays?: number;
}

/**
 * At most `max` mailings per address per period. Counted per tenant in fixed windows,
 * which a shared counter store can keep with one key and a time to live.
 */
export function frequencyCapPolicy(options: FrequencyCapOptions): Policy {
  const periodMs = (options.periodDays ?? 30) * DAY_MS;
  const keyOf = (tenant: string, address: string, now: number) =>
    `freq:${tenant}:${address}:${Math.floor(now / periodMs)}`;
  return {
    name: 'frequency-cap',
    counterKeys: (request) => [keyOf(request.context.tenant, request.address, request.now)],
    countersOnSend: (request) => [
      { key: keyOf(request.context.tenant, request.address, request.now), ttlMs: periodMs },
    ],
    evaluate(request, facts) {
      const count =
        facts.counters?.get(keyOf(request.context.tenant, request.address, request.now)) ?? 0;
      return count >= options.max
        ? {
            reason: 'frequency_capped',
            detail: details.frequencyCapped(count, options.max, periodMs / DAY_MS),
          }
        : undefined;
    },
  };
}

/** Options of `monthlyQuotaPolicy`: at most `max` messages per tenant per calendar month. */
export interface MonthlyQuotaOptions {
  /** The most messages one tenant may send in a calendar month (UTC). */
  readonly max: number;
}

/** The tenant's monthly sending limit. */
export function monthlyQuotaPolicy(options: MonthlyQuotaOptions): Policy {
  const keyOf = (tenant: string, now: number) => {
    const date = new Date(now);
    return `quota:${tenant}:${date.getUTCFullYear()}-${date.getUTCMonth() + 1}`;
  };
  return {
    name: 'monthly-quota',
    counterKeys: (request) => [keyOf(request.context.tenant, request.now)],
    // 32 days covers the longest month whatever day the first message went out.
    countersOnSend: (request) => [
      { key: keyOf(request.context.tenant, request.now), ttlMs: 32 * DAY_MS },
    ],
    evaluate(request, facts) {
      const count = facts.counters?.get(keyOf(request.context.tenant, request.now)) ?? 0;
      return count >= options.max
        ? { reason: 'account_monthly_limit', detail: details.monthlyLimit(count, options.max) }
        : undefined;
    },
  };
}

/** Options of `sunsetPolicy`: no bulk mail to recipients who have not engaged for `days`. */
export interface SunsetOptions {
  /** Days without engagement after which marketing stops (default 180: six months). */
  readonly days?: number;
}

/**
 * Stops mail to recipients who have not opened, clicked or replied for longer than the
 * sunset period; a recipient who never engaged is counted from when it was added. A
 * recipient with neither date is let through: the host does not track engagement.
 */
export function sunsetPolicy(options: SunsetOptions = {}): Policy {
  const limitMs = (options.days ?? 180) * DAY_MS;
  return {
    name: 'low-engagement',
    evaluate(request) {
      const since = toEpochMs(request.recipient.lastEngagementAt ?? request.recipient.createdAt);
      if (since === undefined || request.now - since <= limitMs) return undefined;
      const days = Math.floor((request.now - since) / DAY_MS);
      return { reason: 'low_engagement', detail: details.lowEngagement(days) };
    },
  };
}

function toEpochMs(value: Date | number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    typeof value === 'number'
      ? value
      : typeof value === 'string'
        ? Date.parse(value)
        : value.getTime();
  return Number.isFinite(ms) ? ms : undefined;
}
