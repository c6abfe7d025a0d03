export type { MailboxBounces, MailboxReport } from './mailbox-bounces';
export { parseBounce } from './parse-bounce';
export { parseMbox, splitMbox } from './split-mbox';
export { type DeliveryEventContext, toDeliveryEvents } from './to-delivery-events';
export type {
  BounceRecipient,
  ComplaintDetails,
  FailedRecipient,
  NoticeRecipient,
  OriginalMessage,
  ParsedReport,
  ReportKind,
} from './types';
export {
  readUnsubscribeMail,
  type UnsubscribeMail,
  type UnsubscribeMailOptions,
} from './unsubscribe-mail';
export type {
  BounceRead,
  BounceSource,
  CursorStore,
  WatchError,
} from './watch/bounce-source';
export { memoryCursorStore } from './watch/bounce-source';
export {
  type MailboxCursor,
  type MailboxSourceOptions,
  mailboxSource,
} from './watch/mailbox-source';
export {
  type IngestingGate,
  type WatchOptions,
  type WatchProgress,
  type WatchSummary,
  watchBounces,
} from './watch/watch-bounces';
