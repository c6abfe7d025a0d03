/**
 * What the SES v2 emulator answers to one call. Errors are restJson1: the status, an
 * `x-amzn-ErrorType` header and a JSON body `{"message": …}`, as SES sends them.
 */
export type SesAnswer =
  | {
      /** The exception name (`x-amzn-ErrorType`), e.g. `'TooManyRequestsException'`. */
      readonly error: string;
      readonly message?: string;
      /** Default: the real status of the exception (see `sesErrorStatus`), else 400. */
      readonly status?: number;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | {
      /** A raw answer: any status, any body (an HTML 503 from a proxy, a broken JSON). */
      readonly status: number;
      readonly body: string;
      readonly contentType?: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Never answers (until the client gives up or the server closes): for time-outs. */
  | { readonly hang: true }
  /** Closes the connection without an answer. */
  | { readonly drop: true }
  /** Answers as the real SES would (the default for unscripted calls). */
  | { readonly pass: true };

/** The HTTP status of each SES v2 exception (botocore `sesv2/2019-09-27/service-2.json`). */
export const sesErrorStatus: Readonly<Record<string, number>> = {
  AccountSuspendedException: 400,
  AlreadyExistsException: 400,
  BadRequestException: 400,
  ConcurrentModificationException: 500,
  ConflictException: 409,
  InternalServiceErrorException: 500,
  InvalidNextTokenException: 400,
  LimitExceededException: 400,
  MailFromDomainNotVerifiedException: 400,
  MessageRejected: 400,
  NotFoundException: 404,
  SendingPausedException: 400,
  TooManyRequestsException: 429,
  // Not modeled by SES v2 but answered by the AWS front end for every service.
  UnrecognizedClientException: 403,
  InvalidSignatureException: 403,
  IncompleteSignatureException: 403,
  MissingAuthenticationTokenException: 403,
  ExpiredTokenException: 403,
  AccessDeniedException: 403,
  ThrottlingException: 400,
  ServiceUnavailableException: 503,
};

/** An SES error answer with its real status: `sesError('MessageRejected', 'Email address is not verified…')`. */
export function sesError(error: string, message?: string): SesAnswer {
  return { error, ...(message !== undefined ? { message } : {}) };
}

/** Ready-made answers with the texts SES gives (see the research notes, §1.2 and §1.6). */
export const sesAnswers = {
  rateExceeded: sesError('TooManyRequestsException', 'Maximum sending rate exceeded.'),
  dailyQuotaExceeded: sesError('LimitExceededException', 'Daily message quota exceeded.'),
  accountSuspended: sesError(
    'AccountSuspendedException',
    'Your account has been suspended: your ability to send email has been permanently restricted.',
  ),
  sendingPaused: sesError(
    'SendingPausedException',
    'Sending is currently paused for this account.',
  ),
  mailFromNotVerified: sesError(
    'MailFromDomainNotVerifiedException',
    'The sending domain is not verified.',
  ),
  /** The sender identity is not verified in the region. */
  notVerified: (identities: readonly string[], region = 'US-EAST-1') =>
    sesError(
      'MessageRejected',
      `Email address is not verified. The following identities failed the check in region ${region}: ${identities.join(', ')}`,
    ),
  /** SES refused the message itself. */
  messageRejected: (text = 'Transaction failed: Illegal header.') =>
    sesError('MessageRejected', text),
  /** The configuration set does not exist. */
  configurationSetNotFound: (name: string) =>
    sesError('NotFoundException', `Configuration set <${name}> does not exist.`),
  /** A request SES cannot read. */
  badRequest: (text = 'Illegal address') => sesError('BadRequestException', text),
  invalidToken: sesError(
    'UnrecognizedClientException',
    'The security token included in the request is invalid.',
  ),
  invalidSignature: sesError(
    'InvalidSignatureException',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
  ),
  internalError: sesError('InternalServiceErrorException', 'Internal service error.'),
  /** A 503 with an HTML page, as a proxy or load balancer sends it. */
  html503: {
    status: 503,
    contentType: 'text/html',
    body: '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>503 Service Temporarily Unavailable</h1></body></html>',
  },
  /** A 504 with an HTML page: the gateway gave up, the request may have gone through. */
  html504: {
    status: 504,
    contentType: 'text/html',
    body: '<html><body><h1>504 Gateway Time-out</h1></body></html>',
  },
  /** A 200 whose body is not JSON. */
  garbage: { status: 200, contentType: 'application/json', body: '{"MessageId": <<not json' },
} as const satisfies Record<string, SesAnswer | ((...args: never[]) => SesAnswer)>;
