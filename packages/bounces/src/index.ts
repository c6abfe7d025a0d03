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
