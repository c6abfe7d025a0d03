import { defaultLedgerRules, type NotSent } from '@mailgate/core';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The waits before each retry of a refusal-for-now (deferred, greylisted, rate-limited):
 * short at first, as greylisting asks, then longer, as mail servers' queues do.
 */
export const defaultRetryDelaysMs: readonly number[] = [
  5 * MINUTE,
  15 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  24 * HOUR,
];

/** How retries of refusals-for-now are spaced, and when they end. */
export interface RetryRules {
  /** The wait before the n-th retry; past its end, the last wait repeats. */
  readonly delaysMs: readonly number[];
  /**
   * No retry starts later than this after the first try: the ledger's soft-bounce window
   * (5 days by default), after which a message that was only deferred counts as bounced.
   */
  readonly windowMs: number;
}

export const defaultRetryRules: RetryRules = {
  delaysMs: defaultRetryDelaysMs,
  windowMs: defaultLedgerRules.softBounceWindowMs,
};

/** Reasons that end a run before the request was tried: it goes back to the queue as it was. */
const notTried = new Set<string>(['cancelled', 'gate_closed']);

/** What becomes of a request that was not sent. */
export type Disposition = 'final' | 'uncertain' | 'retry' | 'requeue' | 'held';

/**
 * Mailgate's rules, not blind job retries: a message that may have gone out is never sent
 * again; only one that surely did not, and that the provider (or a store) refused for now,
 * is retried.
 */
export function dispositionOf(outcome: NotSent): Disposition {
  if (outcome.uncertain === true) return 'uncertain';
  if (notTried.has(outcome.reason)) return 'requeue';
  // Held by a paused mailing (or the breaker): sent once it runs again.
  if (outcome.reason === 'campaign_paused') return 'held';
  if (outcome.reason === 'duplicate_request') return 'final';
  if (outcome.retryable && !outcome.permanent) return 'retry';
  return 'final';
}

/**
 * When the next retry may start, or `undefined` when it would start after the window:
 * the schedule's wait, or the provider's `retryAfterMs` when it asked for longer.
 */
export function nextRetryAt(
  rules: RetryRules,
  retry: number,
  firstTriedAt: number,
  now: number,
  retryAfterMs = 0,
): number | undefined {
  const delays = rules.delaysMs.length > 0 ? rules.delaysMs : defaultRetryDelaysMs;
  const wait = Math.max(delays[Math.min(retry, delays.length - 1)]!, retryAfterMs);
  const at = now + wait;
  return at <= firstTriedAt + rules.windowMs ? at : undefined;
}
