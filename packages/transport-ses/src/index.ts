export { formatMailbox } from './convert-to-ses-message';
export {
  dailyQuotaRetryAfterMs,
  mapSesError,
  rateLimitRetryAfterMs,
  type SesErrorContext,
} from './map-ses-error';
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
