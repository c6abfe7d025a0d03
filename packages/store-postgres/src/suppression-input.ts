// The suppression input rules shared by every store, from core's store kit, under the
// names this package's stores use.
export {
  auditActorOf as actorOf,
  GLOBAL_TENANT as GLOBAL,
  pageLimit as clampLimit,
  type SuppressionEntryRow as EntryRow,
  type SuppressionLiftRow as LiftRow,
  scopeOfTenant as scopeOf,
  suppressionEntryRows as entryRows,
  suppressionLiftRows as liftRows,
  suppressionReasonCode as reasonCode,
  suppressionReasons as reasons,
  tenantOfScope as tenantOf,
} from '@mailgate/core/store-kit';
