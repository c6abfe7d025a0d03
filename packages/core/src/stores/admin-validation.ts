import { ok, type Result } from 'neverthrow';
import { adminError, type SuppressionAdminError } from './admin-errors';
import { isSuppressionReason, normalizeSuppressionKey } from './suppression-key';
import type { AuditActor, SuppressionReason, SuppressionScope } from './types';

// Admin input comes from host UIs and files, typed or not: every check here looks at the
// runtime value, so that nothing malformed reaches a store and nothing throws.

type Checked<T> = Result<T, SuppressionAdminError>;

export function checkScope(scope: unknown): Checked<SuppressionScope> {
  if (scope === 'global') return ok('global');
  const tenant = (scope as { tenant?: unknown } | null | undefined)?.tenant;
  if (typeof tenant === 'string' && tenant.trim() !== '') return ok({ tenant });
  return adminError('invalid_input', "scope must be 'global' or { tenant } with a tenant id");
}

export function checkActor(by: unknown, noteRequired: boolean): Checked<AuditActor> {
  const { actor, note } = (by ?? {}) as { actor?: unknown; note?: unknown };
  if (typeof actor !== 'string' || actor.trim() === '') {
    return adminError('invalid_input', 'by.actor must name who makes the change');
  }
  if (note !== undefined && typeof note !== 'string') {
    return adminError('invalid_input', 'by.note must be text');
  }
  if (noteRequired && (note === undefined || note.trim() === '')) {
    return adminError('note_required', 'say why in by.note: a lift is kept in the audit trail');
  }
  return ok(note === undefined ? { actor } : { actor, note });
}

export function checkReason(reason: unknown): Checked<SuppressionReason> {
  return isSuppressionReason(reason)
    ? ok(reason)
    : adminError('invalid_input', `unknown suppression reason: ${String(reason)}`);
}

/**
 * The subscription type to store with a reason: required for `unsubscribed_from_type`,
 * dropped for the others (it does not tell their entries apart).
 */
export function checkSubscriptionType(
  reason: SuppressionReason,
  subscriptionType: unknown,
): Checked<string | undefined> {
  if (reason !== 'unsubscribed_from_type') return ok(undefined);
  if (typeof subscriptionType === 'string' && subscriptionType.trim() !== '') {
    return ok(subscriptionType);
  }
  return adminError('invalid_input', 'unsubscribed_from_type needs a subscriptionType');
}

/** The longest subscription type a lift names: the limit of `context.subscriptionType`. */
export const MAX_SUBSCRIPTION_TYPE_LENGTH = 256;

/**
 * The subscription type a lift narrows to, if any. Only `unsubscribed_from_type` entries
 * have one, so naming a type with another reason is refused rather than ignored: a lift
 * must never remove more, or other, than its caller asked for.
 */
export function checkLiftSubscriptionType(
  reason: SuppressionReason | undefined,
  subscriptionType: unknown,
): Checked<string | undefined> {
  if (subscriptionType === undefined) return ok(undefined);
  if (typeof subscriptionType !== 'string' || subscriptionType.trim() === '') {
    return adminError('invalid_input', 'subscriptionType must name a subscription type');
  }
  if (subscriptionType.length > MAX_SUBSCRIPTION_TYPE_LENGTH) {
    return adminError(
      'invalid_input',
      `subscriptionType is longer than ${MAX_SUBSCRIPTION_TYPE_LENGTH} characters`,
    );
  }
  if (reason !== undefined && reason !== 'unsubscribed_from_type') {
    return adminError(
      'invalid_input',
      `${reason} has no subscription type: only unsubscribed_from_type can be lifted per type`,
    );
  }
  return ok(subscriptionType);
}

/** The stored key of an address or a domain (`example.com` or `@example.com`). */
export function checkTarget(target: { address?: unknown; domain?: unknown }): Checked<string> {
  const { address, domain } = target;
  if ((address === undefined) === (domain === undefined)) {
    return adminError('invalid_input', 'give either an address or a domain');
  }
  if (address !== undefined) {
    const key = typeof address === 'string' ? normalizeSuppressionKey(address) : undefined;
    return key !== undefined && !key.startsWith('@')
      ? ok(key)
      : adminError('invalid_address', `not an e-mail address: ${String(address)}`);
  }
  const bare = typeof domain === 'string' ? domain.trim().replace(/^@/, '') : undefined;
  const key = bare ? normalizeSuppressionKey(`@${bare}`) : undefined;
  return key !== undefined
    ? ok(key)
    : adminError('invalid_address', `not a domain: ${String(domain)}`);
}

export function checkLimit(limit: unknown): Checked<number | undefined> {
  if (limit === undefined) return ok(undefined);
  return Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= 1000
    ? ok(limit as number)
    : adminError('invalid_input', 'limit must be a whole number from 1 to 1000');
}
