/**
 * @mailgate/core/store-kit: what the shared stores (`@mailgate/store-postgres`,
 * `@mailgate/store-redis`) have in common, for authors of a store of their own: the
 * validation and normalization the memory store applies to suppressions, the reason
 * codes, the owner tokens of idempotency claims, and the escaping of strings a database could not keep exactly. No Node
 * built-ins, like the rest of core. Test a store with `testStores` from
 * `@mailgate/testkit/vitest`.
 *
 * @module
 */

export { checkLeaseOwner } from './stores/kit/lease-owner';
export { fromStoredText, toStoredText } from './stores/kit/stored-text';
export {
  auditActorOf,
  DEFAULT_PAGE_LIMIT,
  GLOBAL_TENANT,
  MAX_PAGE_LIMIT,
  pageLimit,
  type SuppressionEntryRow,
  type SuppressionLiftRow,
  scopeOfTenant,
  suppressionEntryRows,
  suppressionLiftRows,
  tenantOfScope,
} from './stores/kit/suppression-input';
export {
  isSuppressionReason,
  suppressionReasonCode,
  suppressionReasons,
} from './stores/suppression-key';
