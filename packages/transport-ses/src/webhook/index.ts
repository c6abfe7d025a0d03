// The webhook entry point: no Node built-in and no AWS SDK, so that it loads on edge runtimes.
export type {
  SesDeliveryEvent,
  SesEventDetail,
  SesEventType,
} from '../notifications/map-ses-event';
export type { SesNotification } from '../notifications/parse-ses-notification';
export {
  type SesNotificationError,
  type SesNotificationErrorType,
  type SnsReplayCache,
  type SnsVerifyOptions,
  snsReplayCache,
} from '../notifications/sns-types';
export {
  type SesWebhookOptions,
  type SesWebhookResult,
  type SesWebhookTenant,
  type SkippedEvent,
  sesWebhook,
} from './ses-webhook';
export {
  type FastifyReplyLike,
  type FastifyRequestLike,
  toFastifyHandler,
} from './to-fastify-handler';
export { type NodeRequestLike, type NodeResponseLike, toNodeHandler } from './to-node-handler';
