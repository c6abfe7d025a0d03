import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { SuppressionInput } from '../stores/types';
import type { ProblemKind } from './statuses';
import type { AddressStatusProblem, LedgerEventInput } from './types';

/** Problem kinds, lightest first: an address shows the heaviest it had. */
export const problemPrecedence: readonly ProblemKind[] = [
  'blocked',
  'bounced',
  'invalid',
  'unsubscribed',
  'complained',
];

/** What one event means for its address: a problem, and the suppression that goes with it. */
export interface AddressEffect {
  readonly problem?: ProblemKind;
  readonly suppression?: SuppressionInput;
}

/**
 * The address side of an event. One truth: every problem comes with the suppression
 * that keeps the address from being mailed, and nothing else suppresses.
 *
 * - `bounce` whose reason says the address cannot receive mail (`reasonInfo.suppress`),
 *   `invalid`, and `expired` (a soft bounce that never recovered, seed 004): bounced or
 *   invalid, suppressed as `previously_bounced`. A bounce for the content or the
 *   sender's reputation is the message's problem, not the address's.
 * - `complaint`: complained, `previously_complained`. (A DMARC failure report is no
 *   complaint: whoever turns reports into events leaves it out.)
 * - `unsubscribe`: from everything, a problem (`unsubscribed_from_all`); from one
 *   subscription type, only the suppression of that type.
 * - `blocked` by the provider's own suppression list (`suppressed_by_provider`): blocked,
 *   `previously_bounced`. A message mailgate itself did not send changes nothing: the
 *   decision came from the lists already.
 */
export function addressEffect(event: LedgerEventInput): AddressEffect {
  const suppress = (reason: SuppressionInput['reason'], subscriptionType?: string) => ({
    key: event.address,
    scope: { tenant: event.tenant },
    reason,
    ...(subscriptionType === undefined ? {} : { subscriptionType }),
    source: event.source ?? event.type,
    createdAt: event.at,
  });
  switch (event.type) {
    case 'bounce':
      return event.reason !== undefined && reasonInfo[event.reason]?.suppress
        ? { problem: 'bounced', suppression: suppress('previously_bounced') }
        : {};
    case 'expired':
      return { problem: 'bounced', suppression: suppress('previously_bounced') };
    case 'invalid':
      return { problem: 'invalid', suppression: suppress('previously_bounced') };
    case 'complaint':
      return { problem: 'complained', suppression: suppress('previously_complained') };
    case 'unsubscribe':
      return event.subscriptionType === undefined
        ? { problem: 'unsubscribed', suppression: suppress('unsubscribed_from_all') }
        : { suppression: suppress('unsubscribed_from_type', event.subscriptionType) };
    case 'blocked':
      return event.reason === 'suppressed_by_provider'
        ? { problem: 'blocked', suppression: suppress('previously_bounced') }
        : {};
    default:
      return {};
  }
}

/**
 * A new problem event added to what the address had: one more, the heaviest kind, and
 * the reason of the latest event (ties broken by the reason's and detail's text, so the order of
 * arrival never matters).
 */
export function addProblem(
  current: AddressStatusProblem | undefined,
  kind: ProblemKind,
  event: { readonly at: number; readonly reason?: Reason; readonly detail?: string },
): AddressStatusProblem {
  if (current === undefined) {
    return { kind, count: 1, lastAt: event.at, ...lastOf(event) };
  }
  const heavier =
    problemPrecedence.indexOf(kind) > problemPrecedence.indexOf(current.kind) ? kind : current.kind;
  const later =
    event.at > current.lastAt ||
    (event.at === current.lastAt &&
      tieKey(event) > tieKey({ ...current, reason: current.lastReason }));
  return {
    kind: heavier,
    count: current.count + 1,
    lastAt: later ? event.at : current.lastAt,
    ...(later
      ? lastOf(event)
      : {
          ...(current.lastReason === undefined ? {} : { lastReason: current.lastReason }),
          ...(current.detail === undefined ? {} : { detail: current.detail }),
        }),
  };
}

function tieKey(event: { readonly reason?: Reason; readonly detail?: string }): string {
  return `${event.reason ?? ''}\u0000${event.detail ?? ''}`;
}

function lastOf(event: { readonly reason?: Reason; readonly detail?: string }) {
  return {
    ...(event.reason === undefined ? {} : { lastReason: event.reason }),
    ...(event.detail === undefined ? {} : { detail: event.detail }),
  };
}

/** The suppression reason that keeps an address with this problem from being mailed. */
const suppressionOfKind: { readonly [K in ProblemKind]: SuppressionInput['reason'] } = {
  blocked: 'previously_bounced',
  bounced: 'previously_bounced',
  invalid: 'previously_bounced',
  unsubscribed: 'unsubscribed_from_all',
  complained: 'previously_complained',
};

/** The suppression reasons address problems stand on: lift them all and the problem goes. */
export const problemSuppressionReasons: ReadonlySet<string> = new Set(
  Object.values(suppressionOfKind),
);

/** The suppression an address problem implies: the two never disagree. */
export function problemSuppression(
  tenant: string,
  address: string,
  problem: AddressStatusProblem,
  source: string,
): SuppressionInput {
  return {
    key: address,
    scope: { tenant },
    reason: suppressionOfKind[problem.kind],
    source,
    createdAt: problem.lastAt,
  };
}
