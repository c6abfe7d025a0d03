import type { MailingThresholds, SendRequestInput } from '@mailgate/core';

/** The mailing a job belongs to (core's `MailingRef`): the host's id, unique per tenant. */
export interface QueuedMailing {
  readonly id: string;
  readonly tenant: string;
  readonly name?: string;
  /** When the mailing pauses itself; the rest come from the gate's config. */
  readonly thresholds?: Partial<MailingThresholds>;
}

/** What one job carries: a slice of a mailing's requests, and how often they were tried. */
export interface MailingJobData {
  readonly mailing: QueuedMailing;
  readonly requests: readonly SendRequestInput[];
  /** 0 for the first try; n for the n-th retry of requests a provider refused for now. */
  readonly retry: number;
  /** When these requests were first tried (ms since the epoch): retries end a window after it. */
  readonly firstTriedAt?: number;
  /** `sendToRemaining`: the id of the mailing whose remaining recipients this one mails. */
  readonly remainingOf?: string;
}

/** A request that ended `uncertain`: it may have gone out, so it is never sent again on its own. */
export interface UncertainRequest {
  readonly recipientId: string;
  readonly address?: string;
}

/** What a job answers when it completes (its BullMQ return value). */
export interface MailingJobResult {
  /** Requests of the job answered in this run (those answered before a crash are not counted again). */
  readonly total: number;
  readonly sent: number;
  readonly notSent: number;
  /** Not-sent outcomes by reason. */
  readonly byReason: Readonly<Record<string, number>>;
  /** Requests that may have gone out (a send cut off by a crash or a time-out). */
  readonly uncertain: readonly UncertainRequest[];
  /** Requests a provider refused for now, handed to a delayed job. */
  readonly retried: number;
  /** Requests refused for now whose retry window had ended: not sent. */
  readonly gaveUp: number;
  /** Requests handed back to the queue untried: held by a pause, or left at a shutdown. */
  readonly requeued: number;
}

/** What a job reports while it runs (`job.progress`). */
export interface MailingJobProgress {
  /**
   * Requests answered so far, from the first: after a crash, the next run starts there
   * (each is answered once, with its idempotency key confirmed or released, before it counts).
   */
  readonly done: number;
  readonly sent: number;
  readonly notSent: number;
}

/** The name every mailing job has in the queue. */
export const MAILING_JOB = 'mailgate-mailing';

/** BullMQ ids may not contain ':'; encodeURIComponent spells it `%3A`. */
export function jobIdPart(value: string): string {
  return encodeURIComponent(value);
}

/** The id of the n-th job of a mailing: enqueuing the same mailing twice adds no job twice. */
export function mailingJobId(mailing: QueuedMailing, index: number): string {
  return `mailgate-${jobIdPart(mailing.tenant)}-${jobIdPart(mailing.id)}-${index}`;
}

/**
 * The id of the job that ends a mailing's enqueuing: it carries no request; its id is open
 * from the start, so the mailing cannot read done before every job was added.
 */
export function mailingEndJobId(mailing: QueuedMailing): string {
  return `mailgate-${jobIdPart(mailing.tenant)}-${jobIdPart(mailing.id)}-end`;
}

/**
 * The idempotency key of a request within a mailing, unless the host gave one: one message
 * per recipient and mailing, whichever worker sends it and however often the job runs.
 */
export function withMailingKey(
  request: SendRequestInput,
  mailing: QueuedMailing,
): SendRequestInput {
  if (request?.context?.idempotencyKey !== undefined) return request;
  const recipientId = request?.recipient?.id;
  if (typeof recipientId !== 'string') return request;
  return {
    ...request,
    context: {
      ...request.context,
      idempotencyKey: `mailing:${jobIdPart(mailing.tenant)}:${jobIdPart(mailing.id)}:${jobIdPart(recipientId)}`,
    },
  };
}
