import type { GmailAnswerObject } from './gmail-script';

/** One entry of a Google API error's `errors` array. */
export interface GmailErrorItem {
  readonly message: string;
  readonly domain: string;
  readonly reason: string;
  readonly location?: string;
  readonly locationType?: string;
}

/**
 * A Google API error answer, as Gmail sends it:
 * `{"error":{"code","message","errors":[{"message","domain","reason"}],"status"}}`.
 */
export function gmailError(
  code: number,
  message: string,
  options: {
    readonly reason?: string;
    readonly domain?: string;
    readonly status?: string;
    readonly item?: Partial<GmailErrorItem>;
    readonly headers?: Readonly<Record<string, string>>;
  } = {},
): GmailAnswerObject {
  const error: Record<string, unknown> = { code, message };
  if (options.reason !== undefined) {
    error.errors = [
      {
        message: options.item?.message ?? message,
        domain: options.domain ?? 'global',
        reason: options.reason,
        ...(options.item?.location ? { location: options.item.location } : {}),
        ...(options.item?.locationType ? { locationType: options.item.locationType } : {}),
      },
    ];
  }
  if (options.status !== undefined) error.status = options.status;
  return {
    status: code,
    body: { error },
    ...(options.headers ? { headers: options.headers } : {}),
  };
}

/** The time-stamp Gmail puts in "Retry after …": ISO 8601 in UTC with milliseconds. */
function retryStamp(retryAt: Date | string): string {
  return typeof retryAt === 'string' ? retryAt : retryAt.toISOString();
}

/**
 * The error bodies Gmail answers with, one function per case (providers.md §3). Each returns
 * an answer for `server.script.send(…)`, `profile(…)`, `list(…)` or `get(…)`.
 */
export const gmailErrors = {
  /** 401: no token, or one Google does not know (expired, revoked). */
  invalidCredentials: (): GmailAnswerObject =>
    gmailError(
      401,
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      {
        reason: 'authError',
        status: 'UNAUTHENTICATED',
        item: { message: 'Invalid Credentials', location: 'Authorization', locationType: 'header' },
      },
    ),
  /** 403: the token lacks the gmail.send (or broader) scope. */
  insufficientPermissions: (): GmailAnswerObject =>
    gmailError(403, 'Request had insufficient authentication scopes.', {
      reason: 'insufficientPermissions',
      status: 'PERMISSION_DENIED',
      item: { message: 'Insufficient Permission' },
    }),
  /** 403: the Workspace administrators turned off API access to Gmail. */
  domainPolicy: (): GmailAnswerObject =>
    gmailError(403, 'The domain administrators have disabled Gmail apps.', {
      reason: 'domainPolicy',
      status: 'PERMISSION_DENIED',
    }),
  /** 400: the account has no Gmail (no licence, service turned off). */
  mailServiceNotEnabled: (): GmailAnswerObject =>
    gmailError(400, 'Mail service not enabled', {
      reason: 'failedPrecondition',
      status: 'FAILED_PRECONDITION',
    }),
  /** 400: a service account without domain-wide delegation, sending as `me`. */
  preconditionCheckFailed: (): GmailAnswerObject =>
    gmailError(400, 'Precondition check failed.', {
      reason: 'failedPrecondition',
      status: 'FAILED_PRECONDITION',
    }),
  /** 400: the To header of the raw message is not a list of addresses. */
  invalidToHeader: (): GmailAnswerObject =>
    gmailError(400, 'Invalid To header', { reason: 'invalidArgument', status: 'INVALID_ARGUMENT' }),
  /** 400: the raw message names no recipient at all. */
  recipientAddressRequired: (): GmailAnswerObject =>
    gmailError(400, 'Recipient address required', {
      reason: 'invalidArgument',
      status: 'INVALID_ARGUMENT',
    }),
  /** 429: the user's sending rate (or, with `'Mail sending'`, the daily sending limit). */
  userRateLimitExceeded: (
    retryAt: Date | string,
    limit: 'Mail sending' | string = 'Mail sending',
  ): GmailAnswerObject => {
    const text = `User-rate limit exceeded.  Retry after ${retryStamp(retryAt)} (${limit})`;
    return gmailError(429, text, {
      reason: 'rateLimitExceeded',
      domain: 'usageLimits',
      status: 'RESOURCE_EXHAUSTED',
    });
  },
  /** 429: a quota of the project or the user, without a time. */
  resourceExhausted: (): GmailAnswerObject =>
    gmailError(429, 'Resource has been exhausted (e.g. check quota).', {
      reason: 'rateLimitExceeded',
      status: 'RESOURCE_EXHAUSTED',
    }),
  /** 403: the per-user queries-per-minute quota of the project. */
  queriesPerMinuteExceeded: (): GmailAnswerObject =>
    gmailError(
      403,
      "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per user' of service 'gmail.googleapis.com' for consumer 'project_number:000000000000'.",
      { reason: 'userRateLimitExceeded', domain: 'usageLimits', status: 'PERMISSION_DENIED' },
    ),
  /** 403: the project's daily courtesy limit. */
  dailyLimitExceeded: (): GmailAnswerObject =>
    gmailError(403, 'Daily Limit Exceeded', {
      reason: 'dailyLimitExceeded',
      domain: 'usageLimits',
      status: 'PERMISSION_DENIED',
    }),
  /** 404: the message (or user) does not exist. */
  notFound: (): GmailAnswerObject =>
    gmailError(404, 'Requested entity was not found.', {
      reason: 'notFound',
      status: 'NOT_FOUND',
    }),
  /** 500: Google's back end failed; the message was not taken. */
  backendError: (): GmailAnswerObject =>
    gmailError(500, 'Backend Error', { reason: 'backendError', status: 'INTERNAL' }),
  /** 503: the service is unavailable for now. */
  unavailable: (): GmailAnswerObject =>
    gmailError(503, 'The service is currently unavailable.', {
      reason: 'backendError',
      status: 'UNAVAILABLE',
    }),
  /** 502 from Google's front end: an HTML page, not JSON. */
  badGateway: (): GmailAnswerObject => ({
    status: 502,
    headers: { 'content-type': 'text/html; charset=UTF-8' },
    raw: '<!DOCTYPE html><html lang=en><meta charset=utf-8><title>Error 502 (Server Error)!!1</title><p><b>502.</b> <ins>That’s an error.</ins><p>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds. <ins>That’s all we know.</ins></html>',
  }),
  /** 504: the back end ran out of time; the message may or may not have been taken. */
  deadlineExceeded: (): GmailAnswerObject =>
    gmailError(504, 'Deadline expired before operation could complete.', {
      status: 'DEADLINE_EXCEEDED',
    }),
} as const;

/** The OAuth token endpoint's error bodies: `{"error","error_description"}`. */
export const gmailTokenErrors = {
  /** 400: the refresh token (or the assertion) was revoked or expired. */
  invalidGrant: (description = 'Token has been expired or revoked.'): GmailAnswerObject => ({
    status: 400,
    body: { error: 'invalid_grant', error_description: description },
  }),
  /** 401: a service account without domain-wide delegation for the subject or scopes. */
  unauthorizedClient: (): GmailAnswerObject => ({
    status: 401,
    body: {
      error: 'unauthorized_client',
      error_description:
        'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
    },
  }),
  /** 401: the OAuth client id or secret is wrong. */
  invalidClient: (): GmailAnswerObject => ({
    status: 401,
    body: { error: 'invalid_client', error_description: 'The OAuth client was not found.' },
  }),
} as const;
