export {
  createMailgateWorker,
  type MailgateWorker,
  type MailgateWorkerOptions,
  type MessageRateLimit,
} from './create-mailgate-worker';
export {
  type EnqueuedMailing,
  type EnqueueMailingOptions,
  enqueueMailing,
} from './enqueue-mailing';
export {
  MAILING_JOB,
  type MailingJobData,
  type MailingJobProgress,
  type MailingJobResult,
  type QueuedMailing,
  type UncertainRequest,
} from './mailing-job';
export { type MailingProgress, mailingProgress, uncertainRequests } from './mailing-progress';
export type { QueueError } from './queue-error';
export {
  defaultRetryDelaysMs,
  defaultRetryRules,
  type RetryRules,
} from './retry-schedule';
