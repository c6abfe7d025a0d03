/**
 * How the Graph emulator answers one request. Error answers are written as Graph writes them:
 * `{"error":{"code","message","innerError":{"request-id","date","client-request-id"}}}` with
 * `Content-Type: application/json` and, where Graph sends one, `Retry-After`.
 */
export interface GraphAnswer {
  /** The HTTP status. Default 202 (sendMail's success). */
  readonly status?: number;
  /** The Graph error code; with it, the body is Graph's error object. */
  readonly code?: string;
  /** The error message (with `code`). */
  readonly message?: string;
  /** Extra response headers (`Retry-After`, …). */
  readonly headers?: Readonly<Record<string, string>>;
  /** A raw body instead of the error object: for malformed answers. */
  readonly body?: string;
  /** The content type of `body`. Default `application/json` for error objects, else `text/plain`. */
  readonly contentType?: string;
  /**
   * Record the message as delivered even though the answer is an error: how a 504 from a
   * gateway can hide a message that went out.
   */
  readonly deliver?: boolean;
  /** Wait this long before answering, in ms (the request has been read by then). */
  readonly delayMs?: number;
  /** Close the connection without answering. */
  readonly drop?: boolean;
}

/**
 * The answers Graph gives for sendMail, with the status, code and text seen in public reports
 * (see `shared/research/providers.md` §2.3). `Retry-After` is 0 so that tests never wait.
 */
export const graphAnswers = {
  accepted: { status: 202 },
  accessTokenEmpty: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token is empty.',
  },
  invalidAuthenticationToken: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Lifetime validation failed, the token is expired.',
  },
  accessDenied: {
    status: 403,
    code: 'ErrorAccessDenied',
    message: 'Access is denied. Check credentials and try again.',
  },
  sendAsDenied: {
    status: 403,
    code: 'ErrorSendAsDenied',
    message:
      'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.',
  },
  mailboxNotEnabled: {
    status: 404,
    code: 'MailboxNotEnabledForRESTAPI',
    message: 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
  },
  nonExistentMailbox: {
    status: 404,
    code: 'ErrorNonExistentMailbox',
    message: 'The SMTP address has no mailbox associated with it.',
  },
  noRecipients: {
    status: 400,
    code: 'ErrorInvalidRecipients',
    message:
      "At least one recipient is not valid., A message can't be sent because it contains no recipients.",
  },
  messageSizeExceeded: {
    status: 400,
    code: 'ErrorMessageSizeExceeded',
    message:
      'The message exceeds the maximum supported size., Cannot save changes made to an item to store.',
  },
  quotaExceeded: {
    status: 403,
    code: 'ErrorQuotaExceeded',
    message: 'Mailbox has exceeded maximum mailbox size.',
  },
  throttled: {
    status: 429,
    code: 'ApplicationThrottled',
    message: 'Application is over its MailboxConcurrency limit.',
    headers: { 'Retry-After': '0' },
  },
  serverBusy: {
    status: 503,
    code: 'ErrorServerBusy',
    message: 'The server is busy. Try again later.',
  },
  gatewayTimeout: {
    status: 504,
    code: 'UnknownError',
    message: '',
  },
  invalidMime: {
    status: 400,
    code: 'ErrorMimeContentInvalidBase64String',
    message: 'Invalid base64 string for MIME content.',
  },
} as const satisfies Record<string, GraphAnswer>;

/**
 * ErrorInvalidRecipients as Graph words it for one recipient it could not resolve:
 * `Recipient 'ada@example.com' is not resolved. All recipients must be resolved before a
 * message can be submitted.` `quote` sets the quotes around the recipient (default `'`, as
 * Graph documents it; `"` and none are seen too).
 */
export function invalidRecipientAnswer(
  recipient: string,
  options: { readonly quote?: "'" | '"' | '' } = {},
): GraphAnswer {
  const quote = options.quote ?? "'";
  return {
    status: 400,
    code: 'ErrorInvalidRecipients',
    message: `Recipient ${quote}${recipient}${quote} is not resolved. All recipients must be resolved before a message can be submitted.`,
  };
}
