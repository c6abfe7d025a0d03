export { parseBounce } from './parse-bounce';
export type {
  BounceRecipient,
  ComplaintDetails,
  FailedRecipient,
  NoticeRecipient,
  OriginalMessage,
  ParsedReport,
  ReportKind,
} from './types';
