import type { NotSent } from '../outcome';
import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { Stage } from '../reasons/reason-types';

type NotSentFields = Omit<NotSent, 'status' | 'reason' | 'stage' | 'permanent' | 'retryable'> &
  Partial<Pick<NotSent, 'permanent' | 'retryable'>>;

/** A not-sent outcome, with `permanent` and `retryable` from the catalogue unless given. */
export function notSent(reason: Reason, stage: Stage, fields: NotSentFields = {}): NotSent {
  const info = reasonInfo[reason];
  // Built field by field, leaving out what is undefined: outcomes are read by people
  // and written to logs, and the bulk path makes many of them.
  const outcome: { -readonly [K in keyof NotSent]: NotSent[K] } = {
    status: 'not_sent',
    reason,
    stage,
    permanent: fields.permanent ?? info.permanent,
    retryable: fields.retryable ?? info.retryable,
  };
  if (fields.retryAfterMs !== undefined) outcome.retryAfterMs = fields.retryAfterMs;
  if (fields.uncertain !== undefined) outcome.uncertain = fields.uncertain;
  if (fields.recipientId !== undefined) outcome.recipientId = fields.recipientId;
  if (fields.address !== undefined) outcome.address = fields.address;
  if (fields.policy !== undefined) outcome.policy = fields.policy;
  if (fields.detail !== undefined) outcome.detail = fields.detail;
  if (fields.provider !== undefined) outcome.provider = fields.provider;
  if (fields.idempotencyKey !== undefined) outcome.idempotencyKey = fields.idempotencyKey;
  return outcome;
}

/** An empty list shared by every request with nothing in it; frozen, so none can add to it. */
export const NONE: readonly never[] = Object.freeze([]);
