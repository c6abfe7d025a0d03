import { normalizeAddress } from '../address/normalize-address';
import { isMessageId } from '../ledger/message-id';
import { messageStatuses } from '../ledger/statuses';
import type { MessageFilter } from '../ledger/types';

/** A field of a message filter that is wrong, and why. */
export interface FilterProblem {
  readonly ok: false;
  readonly field: string;
  readonly message: string;
}

type Checked = { readonly ok: true; readonly filter: MessageFilter } | FilterProblem;

const problem = (field: string, message: string): FilterProblem => ({ ok: false, field, message });

const textFields = ['tenant', 'recipientId', 'mailingId'] as const;

/**
 * The checks every list filter starts with: an object, whose text fields (`fields`) are
 * text of at most 256 characters. Answers the filter as a record, or the first problem.
 */
export function checkFilterObject(
  filter: unknown,
  fields: readonly string[],
): { readonly ok: true; readonly f: Record<string, unknown> } | FilterProblem {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    return problem('filter', 'filter: an object');
  const f = filter as Record<string, unknown>;
  for (const field of fields) {
    const value = f[field];
    if (value !== undefined && (typeof value !== 'string' || value.length > 256))
      return problem(field, `${field}: text of at most 256 characters`);
  }
  return { ok: true, f };
}

/**
 * Checks `gate.messages`' filter before the store sees it: a filter the store would read
 * as something else (a misspelt status matching nothing, `limit: 'x'` read as one row, a
 * cursor that is no id skipping every row) answers `invalid_argument` instead of a page
 * that looks like an answer. Answers the filter with its address normalized.
 */
export function checkMessageFilter(filter: unknown): Checked {
  const object = checkFilterObject(filter, textFields);
  if (!object.ok) return object;
  const { f } = object;
  if (f.status !== undefined && !(messageStatuses as readonly unknown[]).includes(f.status))
    return problem('status', `status: one of ${messageStatuses.join(', ')}`);
  if (f.order !== undefined && f.order !== 'oldest' && f.order !== 'newest')
    return problem('order', "order: 'oldest' or 'newest'");
  for (const field of ['since', 'until'] as const) {
    const value = f[field];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value)))
      return problem(field, `${field}: ms since the epoch`);
  }
  if (f.cursor !== undefined && !isMessageId(f.cursor))
    return problem('cursor', 'cursor: the cursor of the previous page');
  const limit = checkLimit(f.limit);
  if (limit !== undefined) return limit;
  if (f.address === undefined) return { ok: true, filter: filter as MessageFilter };
  const address = typeof f.address === 'string' ? normalizeAddress(f.address) : undefined;
  if (address === undefined) return problem('address', 'address: not an e-mail address');
  return { ok: true, filter: { ...(filter as MessageFilter), address } };
}

/** A page size: a whole number from 1 (the store answers at most its maximum). */
export function checkLimit(limit: unknown, field = 'limit'): FilterProblem | undefined {
  if (limit === undefined || (Number.isInteger(limit) && (limit as number) >= 1)) return undefined;
  return problem(field, `${field}: a whole number of at least 1`);
}
