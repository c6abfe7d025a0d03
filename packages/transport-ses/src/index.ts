export { formatMailbox } from './convert-to-ses-message';
export {
  dailyQuotaRetryAfterMs,
  mapSesError,
  rateLimitRetryAfterMs,
  type SesErrorContext,
} from './map-ses-error';
export type {
  SesDeliveryEvent,
  SesEventDetail,
  SesEventType,
} from './notifications/map-ses-event';
export {
  type ParseSesNotificationOptions,
  parseSesNotification,
  type SesNotification,
  type SesNotificationChannel,
  type SesNotificationResult,
} from './notifications/parse-ses-notification';
export {
  type SesNotificationError,
  type SesNotificationErrorType,
  type SnsReplayCache,
  type SnsVerifyOptions,
  snsReplayCache,
} from './notifications/sns-types';
export {
  lookupSesSuppression,
  type PullSuppressionsOptions,
  type PullSuppressionsResult,
  type PushSuppressionsOptions,
  type PushSuppressionsSummary,
  pullSuppressionsFromSes,
  pushSuppressionsToSes,
  type SesSuppressionLookup,
} from './ses-suppression';
export { type SesTransport, sesTransport } from './ses-transport';
export type {
  SesCredentials,
  SesMessageOptions,
  SesRetryEvent,
  SesRetryOptions,
  SesTransportOptions,
} from './ses-transport-options';
export {
  type NodeRequestLike,
  type NodeResponseLike,
  type SesWebhookOptions,
  type SesWebhookResult,
  type SesWebhookTenant,
  type SkippedEvent,
  sesWebhook,
  toNodeHandler,
} from './webhook';
