import { err, type Result } from 'neverthrow';
import { adminError, describe, type SuppressionAdminError, storeCall } from './admin-errors';
import {
  checkActor,
  checkLiftSubscriptionType,
  checkLimit,
  checkReason,
  checkScope,
  checkSubscriptionType,
  checkTarget,
} from './admin-validation';
import type {
  AuditActor,
  Page,
  Suppression,
  SuppressionFilter,
  SuppressionLift,
  SuppressionReason,
  SuppressionScope,
  SuppressionStore,
} from './types';

export type { SuppressionAdminError } from './admin-errors';

/** An address (`Ann@Example.com`) or a whole domain (`example.com` or `@example.com`). */
export type SuppressionTarget =
  | { readonly address: string; readonly domain?: undefined }
  | { readonly domain: string; readonly address?: undefined };

/** What `addSuppression` adds: an address or domain, its scope and reason. */
export type AddSuppressionInput = SuppressionTarget & {
  readonly scope: SuppressionScope;
  readonly reason: SuppressionReason;
  /** Required for `unsubscribed_from_type`. */
  readonly subscriptionType?: string;
  /** Where it came from; 'admin' by default. */
  readonly source?: string;
  readonly createdAt?: number;
  readonly expiresAt?: number;
};

/** What `liftSuppression` lifts: an address or domain in a scope, all its entries or those of one reason or subscription type. */
export type LiftSuppressionInput = SuppressionTarget & {
  readonly scope: SuppressionScope;
  /** Lift only entries with this reason; all of the key's entries in the scope without. */
  readonly reason?: SuppressionReason;
  /**
   * Lift only the `unsubscribed_from_type` entry of this subscription type (the reason may
   * then be left out); the other types stay suppressed. Without it, a lift of
   * `unsubscribed_from_type` lifts every type. With any other reason: `invalid_input`.
   */
  readonly subscriptionType?: string;
};

/** What `liftSuppression` did. */
export interface LiftSuppressionResult {
  /** How many entries were lifted; 0 when none matched. */
  readonly lifted: number;
}

/** Which suppressions `listSuppressions` answers, one page at a time. */
export interface ListSuppressionsFilter {
  readonly address?: string;
  readonly domain?: string;
  readonly scope?: SuppressionScope;
  readonly reason?: SuppressionReason;
  /** From the previous page. */
  readonly cursor?: string;
  /** 1 to 1000; 100 by default. */
  readonly limit?: number;
}

type AdminResult<T> = Promise<Result<T, SuppressionAdminError>>;

/**
 * Adds one suppression, for a person or a domain, recorded under `by`. Answers the entry
 * as stored (normalized key). Never throws.
 */
export async function addSuppression(
  store: SuppressionStore,
  input: AddSuppressionInput,
  by: AuditActor,
): AdminResult<Suppression> {
  try {
    const key = checkTarget(input);
    if (key.isErr()) return err(key.error);
    const scope = checkScope(input.scope);
    if (scope.isErr()) return err(scope.error);
    const reason = checkReason(input.reason);
    if (reason.isErr()) return err(reason.error);
    const subscriptionType = checkSubscriptionType(reason.value, input.subscriptionType);
    if (subscriptionType.isErr()) return err(subscriptionType.error);
    const actor = checkActor(by, false);
    if (actor.isErr()) return err(actor.error);
    const source = input.source ?? 'admin';
    if (typeof source !== 'string' || source.trim() === '') {
      return adminError('invalid_input', 'source must be text');
    }
    const expiresAt = finite(input.expiresAt);
    const entry: Suppression = {
      key: key.value,
      scope: scope.value,
      reason: reason.value,
      source,
      createdAt: finite(input.createdAt) ?? Date.now(),
      ...(subscriptionType.value === undefined ? {} : { subscriptionType: subscriptionType.value }),
      ...(expiresAt === undefined ? {} : { expiresAt }),
    };
    const added = await storeCall('adding the suppression', () => store.add([entry], actor.value));
    return added.map(() => entry);
  } catch (cause) {
    return adminError('invalid_input', `unreadable input: ${describe(cause)}`);
  }
}

/**
 * The support flow: takes an address or domain off the list (all its entries in the
 * scope, those of one reason, or the unsubscribe from one subscription type), recording
 * who did it and why — `by.note` is required. Lifting what is not there is not an error:
 * it answers `{ lifted: 0 }`; input that is wrong is, and changes nothing.
 */
export async function liftSuppression(
  store: SuppressionStore,
  input: LiftSuppressionInput,
  by: AuditActor,
): AdminResult<LiftSuppressionResult> {
  try {
    const actor = checkActor(by, true);
    if (actor.isErr()) return err(actor.error);
    const key = checkTarget(input);
    if (key.isErr()) return err(key.error);
    const scope = checkScope(input.scope);
    if (scope.isErr()) return err(scope.error);
    let reason: SuppressionReason | undefined;
    if (input.reason !== undefined) {
      const checked = checkReason(input.reason);
      if (checked.isErr()) return err(checked.error);
      reason = checked.value;
    }
    const type = checkLiftSubscriptionType(reason, input.subscriptionType);
    if (type.isErr()) return err(type.error);
    const subscriptionType = type.value;
    const target: SuppressionLift =
      subscriptionType !== undefined
        ? { key: key.value, scope: scope.value, reason: 'unsubscribed_from_type', subscriptionType }
        : reason !== undefined
          ? { key: key.value, scope: scope.value, reason }
          : { key: key.value, scope: scope.value };
    const lifted = await storeCall('lifting the suppression', () =>
      store.lift([target], actor.value),
    );
    return lifted.map((count) => ({ lifted: count }));
  } catch (cause) {
    return adminError('invalid_input', `unreadable input: ${describe(cause)}`);
  }
}

/** One page of the suppressions in force, filtered by address or domain, scope, reason. */
export async function listSuppressions(
  store: SuppressionStore,
  filter: ListSuppressionsFilter = {},
): AdminResult<Page<Suppression>> {
  try {
    const query: { -readonly [K in keyof SuppressionFilter]: SuppressionFilter[K] } = {};
    if (filter.address !== undefined || filter.domain !== undefined) {
      const key = checkTarget(filter);
      if (key.isErr()) return err(key.error);
      query.key = key.value;
    }
    if (filter.scope !== undefined) {
      const scope = checkScope(filter.scope);
      if (scope.isErr()) return err(scope.error);
      query.scope = scope.value;
    }
    if (filter.reason !== undefined) {
      const reason = checkReason(filter.reason);
      if (reason.isErr()) return err(reason.error);
      query.reason = reason.value;
    }
    const limit = checkLimit(filter.limit);
    if (limit.isErr()) return err(limit.error);
    if (limit.value !== undefined) query.limit = limit.value;
    if (filter.cursor !== undefined) {
      if (typeof filter.cursor !== 'string') {
        return adminError('invalid_input', 'cursor must be the text of a previous page');
      }
      query.cursor = filter.cursor;
    }
    return await storeCall('listing suppressions', () => store.list(query));
  } catch (cause) {
    return adminError('invalid_input', `unreadable input: ${describe(cause)}`);
  }
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
