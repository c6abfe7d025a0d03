export { isDisposableDomain } from './address/disposable-domain';
export { normalizeAddress } from './address/normalize-address';
export { isRoleAddress } from './address/role-address';
export { suggestAddress } from './address/suggest-address';
export type { AddressCheck, AddressProblem } from './address/validate-address';
export { validateAddress } from './address/validate-address';
export type {
  NotSent,
  Outcome,
  Preflight,
  ProviderDetail,
  RefusedRecipient,
  Sent,
  Warning,
} from './outcome';
export type { Policy, PolicyFacts, PolicyRequest, PolicyVerdict } from './policy/policy';
export { describeReason } from './reasons/describe-reason';
export { isReason, Reason, reasonIds } from './reasons/reason';
export { reasonInfo } from './reasons/reason-info';
export type {
  Locale,
  ReasonCategory,
  ReasonInfo,
  ReasonText,
  ReasonTexts,
  Stage,
} from './reasons/reason-types';
export type {
  AddressState,
  Recipient,
  RecipientAddress,
  RecipientInput,
  RecipientMark,
  SubscriptionState,
} from './recipient/recipient';
export type {
  Message,
  SendContext,
  SendMode,
  SendRequest,
  SendRequestInput,
} from './request/request';
export { classifySmtpReply } from './smtp/classify-smtp-reply';
export type { SmtpClassification, SmtpCommand } from './smtp/classify-smtp-reply';
export type {
  AuditActor,
  AuditRecord,
  CounterStore,
  IdempotencyStore,
  Page,
  Stores,
  Suppression,
  SuppressionFilter,
  SuppressionInput,
  SuppressionReason,
  SuppressionScope,
  SuppressionStore,
} from './stores/types';
export type {
  Attachment,
  Mailbox,
  Transport,
  TransportAccepted,
  TransportFailed,
  TransportMessage,
  TransportResult,
  TransportSendOptions,
} from './transport/transport';
export { memoryStores } from './stores/memory-stores';
export type { MemoryStoresOptions } from './stores/memory-stores';
export { memorySuppressionStore } from './stores/memory-suppression-store';
export type { MemorySuppressionStoreOptions } from './stores/memory-suppression-store';
export { memoryCounterStore } from './stores/memory-counter-store';
export type { MemoryCounterStoreOptions } from './stores/memory-counter-store';
export { memoryIdempotencyStore } from './stores/memory-idempotency-store';
export type { MemoryIdempotencyStoreOptions } from './stores/memory-idempotency-store';
export { addSuppression, liftSuppression, listSuppressions } from './stores/suppression-admin';
export type {
  AddSuppressionInput,
  LiftSuppressionInput,
  LiftSuppressionResult,
  ListSuppressionsFilter,
  SuppressionAdminError,
  SuppressionTarget,
} from './stores/suppression-admin';
export { importSuppressions } from './stores/import-suppressions';
export type {
  ImportInvalidRow,
  ImportSuppressionRow,
  ImportSuppressionsOptions,
  ImportSuppressionsSummary,
} from './stores/import-suppressions';
export { normalizeSuppressionKey } from './stores/suppression-key';
