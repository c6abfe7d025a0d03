import type { NotSent } from '../outcome';
import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { Stage } from '../reasons/reason-types';

type NotSentFields = Omit<NotSent, 'status' | 'reason' | 'stage' | 'permanent' | 'retryable'> &
  Partial<Pick<NotSent, 'permanent' | 'retryable'>>;

/** A not-sent outcome, with `permanent` and `retryable` from the catalogue unless given. */
export function notSent(reason: Reason, stage: Stage, fields: NotSentFields = {}): NotSent {
  const info = reasonInfo[reason];
  return {
    status: 'not_sent',
    reason,
    stage,
    permanent: info.permanent,
    retryable: info.retryable,
    ...dropUndefined(fields),
  };
}

/** Outcomes are read by people and serialized to logs: leave out empty fields. */
function dropUndefined<T extends object>(fields: T): T {
  const result = {} as T;
  for (const key of Object.keys(fields) as (keyof T)[]) {
    if (fields[key] !== undefined) result[key] = fields[key];
  }
  return result;
}
