export { parseBounce } from './parse-bounce';
export { parseMbox, splitMbox } from './split-mbox';
export type {
  BounceRecipient,
  ComplaintDetails,
  FailedRecipient,
  NoticeRecipient,
  OriginalMessage,
  ParsedReport,
  ReportKind,
} from './types';
