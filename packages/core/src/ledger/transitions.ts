import type { Reason } from '../reasons/reason';
import type { LedgerEventType, MessageStatus } from './statuses';

/**
 * The precedence of message statuses, weakest first. A message's status is the
 * strongest status among its events (research/delivery-events.md §7): a maximum, so
 * events that arrive late, twice or out of order give the same status. Why this order:
 * acceptance (delivered) beats a soft bounce or a provider block; an open or a click
 * implies delivery; a hard bounce beats them all, as bounces can follow a delivery;
 * an unsubscribe and a complaint need a delivered copy, and a complaint is the heavier
 * signal; `invalid` (a wrong address) ends everything.
 */
export const statusPrecedence: readonly MessageStatus[] = [
  'none',
  'unknown',
  'queued',
  'sent',
  'deferred',
  'soft_bounced',
  'blocked',
  'delivered',
  'opened',
  'clicked',
  'bounced',
  'unsubscribed',
  'complained',
  'invalid',
];

const rank = Object.fromEntries(statusPrecedence.map((status, i) => [status, i])) as {
  readonly [S in MessageStatus]: number;
};

/** The status each event stands for. `expired` (a soft bounce given up) is a bounce. */
export const statusOfEvent: { readonly [E in LedgerEventType]: MessageStatus } = {
  queued: 'queued',
  sent: 'sent',
  deferred: 'deferred',
  soft_bounce: 'soft_bounced',
  blocked: 'blocked',
  delivered: 'delivered',
  open: 'opened',
  click: 'clicked',
  expired: 'bounced',
  bounce: 'bounced',
  unsubscribe: 'unsubscribed',
  complaint: 'complained',
  invalid: 'invalid',
  unknown: 'unknown',
};

/** The rank of a status in `statusPrecedence` (0 for `none`). */
export function statusRank(status: MessageStatus): number {
  return rank[status];
}

/** The transition table: the status after `event` when the message is in `status`. */
export function applyEvent(status: MessageStatus, event: LedgerEventType): MessageStatus {
  const next = statusOfEvent[event];
  return rank[next] > rank[status] ? next : status;
}

/** The status a set of events gives, starting from `none`. */
export function deriveStatus(events: Iterable<LedgerEventType>): MessageStatus {
  let status: MessageStatus = 'none';
  for (const event of events) status = applyEvent(status, event);
  return status;
}

/** A message's status and the event that decided it. */
export interface MessageState {
  readonly status: MessageStatus;
  readonly reason?: Reason;
  /** When the deciding event happened. */
  readonly statusAt: number;
  /** The id of the deciding event ('' for the recording itself). */
  readonly decidedBy: string;
}

/**
 * One event applied to a message: the status moves by the table; the reason and time
 * are those of the deciding event. Among events of the same status the latest wins (then
 * the greater id), so the reason too is the same for any order of the same events.
 */
export function applyMessageEvent(
  state: MessageState,
  event: {
    readonly id: string;
    readonly type: LedgerEventType;
    readonly at: number;
    readonly reason?: Reason;
  },
): MessageState {
  const next = statusOfEvent[event.type];
  const difference = rank[next] - rank[state.status];
  const wins =
    difference > 0 ||
    (difference === 0 &&
      (event.at > state.statusAt || (event.at === state.statusAt && event.id > state.decidedBy)));
  if (!wins) return state;
  return {
    status: next,
    reason: event.reason,
    statusAt: event.at,
    decidedBy: event.id,
  };
}
