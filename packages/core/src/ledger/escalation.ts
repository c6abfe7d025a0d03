import type { Reason } from '../reasons/reason';
import type { MessageStatus } from './statuses';
import type { LedgerEventInput, LedgerMessage, LedgerRules } from './types';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The defaults: a soft bounce is given up after 5 days, as the registry of seed 004 does
 * (and as Postfix's and sendmail's queues do); 3 soft-bounced messages in a row, the
 * first and the last at least 2 days apart, make the address a problem sooner; address +
 * time matching looks back 30 days.
 */
export const defaultLedgerRules: LedgerRules = {
  softBounceWindowMs: 5 * DAY,
  softBounceStreak: 3,
  softBounceStreakSpanMs: 2 * DAY,
  matchWindowMs: 30 * DAY,
};

/** Whether a soft-bounced message has waited out the window at `now`. */
export function isExpired(
  message: Pick<LedgerMessage, 'status' | 'createdAt'>,
  now: number,
  rules: LedgerRules = defaultLedgerRules,
): boolean {
  return message.status === 'soft_bounced' && message.createdAt + rules.softBounceWindowMs <= now;
}

/**
 * The event the sweep writes for a message that soft-bounced and saw no delivery within
 * the window. Its id and time come from the message alone, so writing it twice is one
 * event.
 */
export function expiryEvent(
  message: LedgerMessage,
  rules: LedgerRules = defaultLedgerRules,
): LedgerEventInput {
  const days = Math.round((rules.softBounceWindowMs / DAY) * 10) / 10;
  return {
    id: `expired:${message.id}`,
    type: 'expired',
    tenant: message.tenant,
    address: message.address ?? '',
    messageId: message.id,
    match: 'mailgate_id',
    at: message.createdAt + rules.softBounceWindowMs,
    reason: 'delivery_expired',
    source: 'sweep',
    detail: `soft-bounced${message.reason === undefined ? '' : ` (${message.reason})`} with no delivery within ${days} days`,
  };
}

/**
 * A message as a read at `now` shows it: a soft bounce past the window is bounced
 * (`delivery_expired`), as if the sweep had run.
 */
export function messageAt(
  message: LedgerMessage,
  now: number,
  rules: LedgerRules = defaultLedgerRules,
): LedgerMessage {
  if (!isExpired(message, now, rules)) return message;
  return {
    ...message,
    status: 'bounced',
    reason: 'delivery_expired',
    statusAt: message.createdAt + rules.softBounceWindowMs,
  };
}

/** What the streak rule reads of each message of an address. */
export interface StreakMessage {
  readonly id: string;
  readonly status: MessageStatus;
  /** When its status was decided: for a soft bounce, when it bounced. */
  readonly statusAt: number;
  readonly reason?: Reason;
}

/** An address's run of soft bounces with no delivery between them: how many, since when, the last reason. */
export interface SoftBounceStreak {
  readonly count: number;
  readonly firstAt: number;
  readonly lastAt: number;
  readonly lastReason?: Reason;
  /** Why the address is a problem, in words (for the problem's `detail`). */
  readonly detail: string;
}

/** Statuses that show a copy arrived: they end a streak. */
const arrived = new Set<MessageStatus>([
  'delivered',
  'opened',
  'clicked',
  'unsubscribed',
  'complained',
]);

/**
 * The soft-bounce streak of an address, when it makes the address a problem: its most
 * recent messages (by id, which is time) soft-bounced `softBounceStreak` times with no
 * delivered one in between, the first and the last at least `softBounceStreakSpanMs`
 * apart. Messages with no news yet (sent, deferred, …) neither count nor break it. A
 * function of the statuses only, so the order events came in does not matter.
 */
export function softBounceStreak(
  messages: readonly StreakMessage[],
  rules: LedgerRules = defaultLedgerRules,
): SoftBounceStreak | undefined {
  const newestFirst = [...messages].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  let count = 0;
  let firstAt = Number.POSITIVE_INFINITY;
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastReason: Reason | undefined;
  for (const message of newestFirst) {
    if (arrived.has(message.status)) break;
    const soft =
      message.status === 'soft_bounced' ||
      (message.status === 'bounced' && message.reason === 'delivery_expired');
    if (!soft) continue;
    count++;
    firstAt = Math.min(firstAt, message.statusAt);
    if (message.statusAt > lastAt) {
      lastAt = message.statusAt;
      lastReason = message.reason;
    }
  }
  if (count < rules.softBounceStreak || lastAt - firstAt < rules.softBounceStreakSpanMs) {
    return undefined;
  }
  const days = Math.round(((lastAt - firstAt) / DAY) * 10) / 10;
  return {
    count,
    firstAt,
    lastAt,
    ...(lastReason === undefined ? {} : { lastReason }),
    detail: `${count} messages in a row soft-bounced over ${days} days`,
  };
}
