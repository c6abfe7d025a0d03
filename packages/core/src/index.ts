export { isDisposableDomain } from './address/disposable-domain';
export { normalizeAddress } from './address/normalize-address';
export { isRoleAddress } from './address/role-address';
export { suggestAddress } from './address/suggest-address';
export type { DisposableDomainsError } from './address/use-disposable-domains';
export { useDisposableDomains } from './address/use-disposable-domains';
export type { AddressCheck, AddressProblem } from './address/validate-address';
export { validateAddress } from './address/validate-address';
export type { Mailgate, MailgateConfig } from './gate/create-mailgate';
export { createMailgate } from './gate/create-mailgate';
export type {
  GateStores,
  MailgateHooks,
  MailingPausedEvent,
  UndeliverableNotice,
} from './gate/gate-context';
export type {
  DeliveryEvent,
  IngestError,
  IngestedEvent,
  IngestInput,
  IngestResult,
  MailboxReadLike,
  SesNotificationLike,
} from './gate/ingest';
export { LeaseTakenOverError } from './gate/lease-taken-over';
export type {
  AddressChangeInput,
  ConfirmationInput,
  LedgerError,
  MessageRecord,
  SweepResult,
} from './gate/ledger-queries';
export type { MailingRecipientsOptions } from './gate/mailing-queries';
export type { BulkItem, BulkOptions, BulkProgress, BulkRun, BulkSummary } from './gate/send-bulk';
export {
  addProblem,
  addressEffect,
  problemPrecedence,
  problemSuppression,
} from './ledger/address-effects';
export { addressStatusTextId, describeStatus, statusTextIds } from './ledger/describe-status';
export type { SoftBounceStreak, StreakMessage } from './ledger/escalation';
export {
  defaultLedgerRules,
  expiryEvent,
  isExpired,
  messageAt,
  softBounceStreak,
} from './ledger/escalation';
export type { RecordContext, RecordedOutcome } from './ledger/from-outcome';
export { bounceEventType, recordOutcome } from './ledger/from-outcome';
export type { HashAddressError } from './ledger/hash-address';
export { hashAddress, isAddressHash } from './ledger/hash-address';
export {
  DEFAULT_VERP_PREFIX,
  idHeaders,
  MAILGATE_ID_HEADER,
  messageIdHeader,
  parseMessageIdHeader,
  parseVerpAddress,
  verpAddress,
} from './ledger/id-carriers';
export { matchEvents } from './ledger/match-events';
export type { Match, MatchQuery } from './ledger/matching';
export { matchEvent } from './ledger/matching';
export type { MemoryLedgerStoreOptions } from './ledger/memory-ledger-store';
export { memoryLedgerStore } from './ledger/memory-ledger-store';
export { createMessageId, isMessageId, messageIdTime } from './ledger/message-id';
export type { StatusText, StatusTextId, StatusTexts } from './ledger/status-types';
export type {
  AddressStatusId,
  ConfirmationState,
  LedgerEventType,
  MatchKind,
  MessageStatus,
  ProblemKind,
} from './ledger/statuses';
export {
  addressStatuses,
  ledgerEventTypes,
  matchKinds,
  messageStatuses,
  problemKinds,
} from './ledger/statuses';
export type { MessageState } from './ledger/transitions';
export {
  applyEvent,
  applyMessageEvent,
  deriveStatus,
  statusOfEvent,
  statusPrecedence,
} from './ledger/transitions';
export type {
  AddressChange,
  AddressKey,
  AddressStatus,
  AddressStatusProblem,
  AppliedEvent,
  ApplyResult,
  ConfirmationChange,
  ForgottenAddress,
  LedgerEvent,
  LedgerEventInput,
  LedgerMessage,
  LedgerMessageInput,
  LedgerRules,
  LedgerScreenEntry,
  LedgerScreenHit,
  LedgerStore,
  MessageFilter,
} from './ledger/types';
export { describeMailingPause } from './mailing/describe-mailing-pause';
export { memoryMailingStore } from './mailing/memory-mailing-store';
export {
  defaultMailingThresholds,
  MIN_EVENTS,
  mailingRates,
  resolveThresholds,
  summarize as summarizeMailing,
  trippedPause,
} from './mailing/thresholds';
export type {
  ClaimAnswer,
  ClaimOptions,
  ClaimResult,
  ContactActivity,
  MailingCounts,
  MailingDelta,
  MailingEventCounts,
  MailingFilter,
  MailingKey,
  MailingPause,
  MailingPauseCause,
  MailingRate,
  MailingRecipient,
  MailingRecord,
  MailingRef,
  MailingState,
  MailingStore,
  MailingSummary,
  MailingThresholds,
  RecipientClaim,
  RecipientFilter,
  RecipientSettlement,
  RecipientState,
} from './mailing/types';
export type {
  NotSent,
  Outcome,
  Preflight,
  ProviderDetail,
  RefusedRecipient,
  Sent,
  Warning,
} from './outcome';
export {
  companyOptOutPolicy,
  domainBlockPolicy,
  optInPolicy,
  platformOptOutPolicy,
  unsubscribedFromAllPolicy,
  unsubscribedFromTypePolicy,
} from './policy/builtin/consent-policies';
export type {
  FrequencyCapOptions,
  MonthlyQuotaOptions,
  SunsetOptions,
} from './policy/builtin/counter-policies';
export {
  frequencyCapPolicy,
  monthlyQuotaPolicy,
  sunsetPolicy,
} from './policy/builtin/counter-policies';
export {
  bouncePolicy,
  complaintPolicy,
  flaggedInvalidPolicy,
} from './policy/builtin/feedback-policies';
export {
  disposableAddressPolicy,
  groupPolicy,
  roleAddressPolicy,
  senderDeletedPolicy,
  statusPolicy,
} from './policy/builtin/record-policies';
export {
  exceptForCategory,
  firstOf,
  onlyForCategory,
  onlyForSubscriptionType,
  onlyInBulk,
  onlyInMode,
  overridePolicies,
  when,
} from './policy/combinators';
export type { DefaultPolicyOptions } from './policy/default-policies';
export { defaultPolicies } from './policy/default-policies';
export { definePolicy } from './policy/define-policy';
export type {
  CounterIncrement,
  Policy,
  PolicyFacts,
  PolicyRequest,
  PolicyVerdict,
} from './policy/policy';
export type { LocaleTexts } from './reasons/describe-in';
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
export { recipientSchema } from './recipient/recipient';
export type { Resolution } from './recipient/resolve-address';
export { resolveAddress } from './recipient/resolve-address';
export type {
  Message,
  SendContext,
  SendMode,
  SendRequest,
  SendRequestInput,
} from './request/request';
export { sendRequestSchema } from './request/request';
export type {
  ClassifyOptions,
  SmtpClassification,
  SmtpCommand,
} from './smtp/classify-smtp-reply';
export { classifySmtpReply } from './smtp/classify-smtp-reply';
export type {
  ImportInvalidRow,
  ImportSuppressionRow,
  ImportSuppressionsOptions,
  ImportSuppressionsSummary,
} from './stores/import-suppressions';
export { importSuppressions } from './stores/import-suppressions';
export type { MemoryCounterStoreOptions } from './stores/memory-counter-store';
export { memoryCounterStore } from './stores/memory-counter-store';
export type { MemoryIdempotencyStoreOptions } from './stores/memory-idempotency-store';
export { memoryIdempotencyStore } from './stores/memory-idempotency-store';
export type { MemoryStoresOptions } from './stores/memory-stores';
export { memoryStores } from './stores/memory-stores';
export type { MemorySuppressionStoreOptions } from './stores/memory-suppression-store';
export { memorySuppressionStore } from './stores/memory-suppression-store';
export type {
  AddSuppressionInput,
  LiftSuppressionInput,
  LiftSuppressionResult,
  ListSuppressionsFilter,
  SuppressionAdminError,
  SuppressionTarget,
} from './stores/suppression-admin';
export { addSuppression, liftSuppression, listSuppressions } from './stores/suppression-admin';
export { normalizeSuppressionKey } from './stores/suppression-key';
export type {
  AuditActor,
  AuditRecord,
  CounterStore,
  IdempotencyStore,
  Page,
  Stores,
  Suppression,
  SuppressionErasure,
  SuppressionFilter,
  SuppressionInput,
  SuppressionLift,
  SuppressionReason,
  SuppressionScope,
  SuppressionStore,
} from './stores/types';
export type {
  FailoverEvent,
  FailoverTransportOptions,
} from './transport/failover-transport';
export { failoverTransport, shouldFailOver } from './transport/failover-transport';
export type { RecordedResponse, RecordingTransport } from './transport/recording-transport';
export { recordingTransport } from './transport/recording-transport';
export {
  credentialPatterns,
  type SecretRedactor,
  type SecretRedactorOptions,
  secretRedactor,
} from './transport/secret-redactor';
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
export type {
  BackoffOptions,
  MappedFailure,
  UnmappedFailureOptions,
} from './transport/transport-helpers';
export {
  backoffDelay,
  connectionFailure,
  mappedFailure,
  redactFailure,
  redactText,
  unmappedFailure,
  waitUnlessAborted,
} from './transport/transport-helpers';
export type { UnsubscribeSource } from './unsubscribe/apply-choice';
export type { UnsubscribeLanguage } from './unsubscribe/page-texts';
export { unsubscribeLanguages } from './unsubscribe/page-texts';
export type {
  UnsubscribeSignError,
  UnsubscribeToken,
  UnsubscribeTokenError,
} from './unsubscribe/token';
export { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe/token';
export type { UnsubscribeConfig } from './unsubscribe/unsubscribe-config';
export type { UnsubscribeHandlerOptions } from './unsubscribe/unsubscribe-handler';
export { unsubscribeHandler } from './unsubscribe/unsubscribe-handler';
