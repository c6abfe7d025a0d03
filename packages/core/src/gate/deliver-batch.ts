import { idHeaders } from '../ledger/id-carriers';
import { createMessageId } from '../ledger/message-id';
import type { Mutable } from '../mutable';
import type { NotSent, Sent } from '../outcome';
import type { CounterIncrement } from '../policy/policy';
import { details } from '../reasons/details';
import type { TransportMessage } from '../transport/transport';
import { unsubscribeHeadersFor } from '../unsubscribe/headers-for-message';
import { BatchCounts } from './batch-counts';
import { callTransport, type HandOver } from './call-transport';
import type { Decision } from './decide';
import { type GateContext, safeHook } from './gate-context';
import { claimKeys, confirmKeys, leaseOwner, releaseKeys } from './idempotency-claims';
import { type Recorded, recordBatch } from './ledger-record';
import type { MailingBatch, MailingRun } from './mailing-batch';
import { notSent } from './not-sent';
import { type PreparedRequest, toMailbox } from './prepare-request';
import { countSent } from './store-bookkeeping';
import { errorMessage } from './with-timeout';

/** Why a run hands no more messages to the transport. */
export type Interruption = 'cancelled' | 'campaign_paused' | 'gate_closed';

export interface DeliverOptions {
  readonly concurrency: number;
  /**
   * Checked before each message is handed to the transport: a reason stops it. Answers at
   * once unless it has to wait (a paused run).
   */
  readonly interrupt?: () => Interruption | undefined | Promise<Interruption | undefined>;
  /** Aborts the sends in flight (a cancelled run). */
  readonly cancel?: AbortSignal;
  /** Called with each outcome, as soon as it is known. */
  readonly emit: (index: number, outcome: Sent | NotSent) => void;
  /** The mailing of a run: its recipients are written ahead of the hand-off, then settled. */
  readonly mailing?: MailingRun;
}

/** Where a request of the batch is: what has to be undone or said if the batch fails. */
enum Step {
  Waiting = 0,
  Claimed = 1,
  HandedOver = 2,
  Done = 3,
}

/**
 * Sends every decided request that may go: claims the idempotency keys of the batch in
 * one call, checks the counter policies again against what this batch already sent (a
 * message the provider refused does not use up a cap), hands the messages to the
 * transport with bounded concurrency, then counts what was sent and gives back the
 * claims of what surely was not.
 *
 * Never rejects, and gives every decision exactly one outcome: a failure inside (a
 * store answering nonsense, a host policy that throws) ends each request not yet
 * answered as not sent, or as `uncertain` when it was already with the transport. The
 * promise resolves once the outcomes are out; the counting after the sends is started
 * before that and answered by `bookkeeping`.
 */
export async function deliverBatch(
  context: GateContext,
  decisions: readonly Decision[],
  options: DeliverOptions,
): Promise<{ readonly bookkeeping: Promise<void> }> {
  const steps = new Uint8Array(decisions.length);
  const now = context.now();
  // Every decided request gets its mailgate id, in its outcome and in the ledger.
  const ids = decisions.map(() => createMessageId(now));
  const recorded: Recorded[] = [];
  const mailingId = options.mailing?.ref.id;
  const outcomes: (Sent | NotSent)[] = [];
  const emit = (index: number, outcome: Sent | NotSent) => {
    if (steps[index] === Step.Done) return;
    steps[index] = Step.Done;
    // A sent outcome comes with its id already (`callTransport`): no copy per message.
    const withId = outcome.id === ids[index] ? outcome : { ...outcome, id: ids[index]! };
    if (mailingId !== undefined) outcomes[index] = withId;
    // One shape for every entry: no spread per message.
    recorded.push({
      id: ids[index]!,
      outcome: withId,
      prepared: decisions[index]!.prepared,
      forgotten: decisions[index]!.forgotten === true,
      mailingId,
    });
    options.emit(index, withId);
  };
  const increments: CounterIncrement[] = [];
  const releases: string[] = [];
  const confirms: string[] = [];
  const mailing: { batch?: MailingBatch } = {};
  // The batch's claims, confirms and releases are made in one name: only they act on its keys.
  const owner = leaseOwner(context);
  try {
    await deliver(context, decisions, options, {
      ids,
      owner,
      steps,
      emit,
      increments,
      releases,
      confirms,
      mailing,
    });
  } catch (error) {
    safeHook(context, (hooks) => hooks.onError?.(error, 'send'), 'onError');
    const detail = `internal error in send: ${errorMessage(error)}`;
    for (let i = 0; i < decisions.length; i++) {
      const step = steps[i]!;
      if (step === Step.Done) continue;
      const prepared = decisions[i]!.prepared;
      const key = prepared?.request.context.idempotencyKey;
      if (step === Step.Claimed && key !== undefined) releases.push(key);
      if (step === Step.HandedOver && key !== undefined) confirms.push(key);
      emit(
        i,
        notSent('unknown', step === Step.HandedOver ? 'transport' : 'policy', {
          recipientId: prepared?.request.recipient.id,
          address: prepared?.display,
          idempotencyKey: key,
          detail,
          retryable: false,
          ...(step === Step.HandedOver ? { uncertain: true } : {}),
        }),
      );
    }
  }
  const calls = countSent(context, increments);
  if (releases.length > 0) calls.push(releaseKeys(context, releases, owner));
  if (confirms.length > 0) calls.push(confirmKeys(context, confirms, owner));
  calls.push(recordBatch(context, recorded, now));
  if (mailing.batch !== undefined) calls.push(mailing.batch.settle(outcomes));
  const bookkeeping = context.lifecycle.track(Promise.all(calls).then(() => undefined));
  return { bookkeeping };
}

interface BatchState {
  readonly ids: readonly string[];
  /** The owner token of the batch's idempotency claims. */
  readonly owner: string;
  readonly steps: Uint8Array;
  readonly emit: (index: number, outcome: Sent | NotSent) => void;
  readonly increments: CounterIncrement[];
  readonly releases: string[];
  /** Keys of sends that went out, or may have: never claimable again. */
  readonly confirms: string[];
  /** The batch's mailing bookkeeping, once admitted. */
  readonly mailing: { batch?: MailingBatch };
}

async function deliver(
  context: GateContext,
  decisions: readonly Decision[],
  options: DeliverOptions,
  state: BatchState,
): Promise<void> {
  const { ids, steps, emit, increments, releases, confirms } = state;
  const open: number[] = [];
  for (let i = 0; i < decisions.length; i++) {
    const decision = decisions[i]!;
    if (decision.blocked.length > 0) emit(i, decision.blocked[0]!);
    else open.push(i);
  }
  let claimed = await claim(context, decisions, open, state.owner, emit);
  for (const index of claimed) steps[index] = Step.Claimed;
  if (options.mailing !== undefined) {
    // Write-ahead: the mailing's recipients are recorded before any is handed over.
    const batch = await options.mailing.admit(decisions, claimed, ids);
    state.mailing.batch = batch;
    if (batch.refused.size > 0)
      claimed = claimed.filter((index) => {
        const refused = batch.refused.get(index);
        if (refused === undefined) return true;
        const key = decisions[index]!.prepared!.request.context.idempotencyKey;
        if (key !== undefined) releases.push(key);
        emit(index, refused);
        return false;
      });
  }
  const counts = new BatchCounts(context);
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) {
      const index = claimed[next++]!;
      const prepared = decisions[index]!.prepared!;
      const key = prepared.request.context.idempotencyKey;
      // Made before anything is reserved: a failure here leaves the send undone (fail closed).
      // Each step below answers at once when it has nothing to wait for, and is then not
      // awaited: a promise per step and message is what a large run would pay.
      const signing = unsubscribeHeadersFor(context.unsubscribe, prepared, ids[index]!, context);
      const unsubscribe = signing === undefined ? undefined : await signing;
      const checking = options.interrupt?.();
      const stop = isPromise(checking) ? await checking : checking;
      const acquiring =
        stop !== undefined
          ? {
              blocked: notSent(stop, 'policy', {
                recipientId: prepared.request.recipient.id,
                address: prepared.display,
                idempotencyKey: key,
              }),
            }
          : counts.acquire(decisions[index]!, prepared);
      const acquired = isPromise(acquiring) ? await acquiring : acquiring;
      if ('blocked' in acquired) {
        if (key !== undefined) releases.push(key);
        emit(index, acquired.blocked);
        continue;
      }
      const { reserved } = acquired;
      steps[index] = Step.HandedOver;
      let handOver: HandOver | undefined;
      try {
        handOver = await callTransport(
          context.transport,
          toTransportMessage(prepared, ids[index], context.messageIdDomain, unsubscribe),
          deliveryOf(prepared, ids[index]!),
          context.sendTimeoutMs,
          options.cancel,
        );
      } finally {
        // Whatever happened, the counters of this send stop being "in flight".
        counts.release(
          reserved,
          handOver === undefined ||
            handOver.outcome.status === 'sent' ||
            handOver.outcome.uncertain === true,
        );
      }
      const { outcome, accepted } = handOver;
      emit(index, outcome);
      if (outcome.status === 'sent') for (const increment of reserved) increments.push(increment);
      if (key === undefined) continue;
      if (outcome.status === 'sent' || outcome.uncertain === true || accepted) confirms.push(key);
      else releases.push(key);
    }
  };
  // Every worker ends before the batch is judged: one that failed leaves the others'
  // sends to finish and be answered for real.
  const workers = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(options.concurrency, claimed.length)) }, worker),
  );
  for (const result of workers) if (result.status === 'rejected') throw result.reason;
}

/** Claims the keys of the sendable requests; a key claimed before means "never again". */
async function claim(
  context: GateContext,
  decisions: readonly Decision[],
  sendable: readonly number[],
  owner: string,
  emit: DeliverOptions['emit'],
): Promise<number[]> {
  const keyed = sendable.filter(
    (index) => decisions[index]!.prepared!.request.context.idempotencyKey !== undefined,
  );
  if (keyed.length === 0) return [...sendable];
  const keys = keyed.map((index) => decisions[index]!.prepared!.request.context.idempotencyKey!);
  const result = await claimKeys(context, keys, owner);
  const refused = new Map<number, NotSent>();
  keyed.forEach((index, i) => {
    const prepared = decisions[index]!.prepared!;
    const fields = {
      recipientId: prepared.request.recipient.id,
      address: prepared.display,
      idempotencyKey: keys[i],
    };
    if (!result.ok) {
      refused.set(
        index,
        notSent('suppression_store_unavailable', 'policy', {
          ...fields,
          detail:
            result.failure.kind === 'malformed'
              ? 'the idempotency store gave an answer mailgate does not understand; nothing was sent rather than risk a duplicate'
              : 'the idempotency store did not answer; nothing was sent rather than risk a duplicate',
        }),
      );
    } else if (result.value[i] !== true) {
      refused.set(
        index,
        notSent('duplicate_request', 'policy', {
          ...fields,
          detail: details.sentBefore(),
        }),
      );
    }
  });
  const claimed: number[] = [];
  for (const index of sendable) {
    const outcome = refused.get(index);
    if (outcome === undefined) claimed.push(index);
    else emit(index, outcome);
  }
  return claimed;
}

function deliveryOf(prepared: PreparedRequest, id: string) {
  return {
    recipientId: prepared.request.recipient.id,
    address: prepared.display!,
    warnings: prepared.warnings,
    idempotencyKey: prepared.request.context.idempotencyKey,
    id,
  };
}

/**
 * The message the transport gets. With a mailgate id, it carries it in `X-Mailgate-Id`
 * and in the Message-ID (`<id@domain>`, the sender's domain unless `domain` is given), so
 * that a bounce quoting either is matched; a Message-ID the host set is kept.
 */
export function toTransportMessage(
  prepared: PreparedRequest,
  id?: string,
  domain?: string,
  extraHeaders?: Readonly<Record<string, string>>,
): TransportMessage {
  const { message, recipient, context } = prepared.request;
  const own =
    extraHeaders === undefined ? message.headers : { ...message.headers, ...extraHeaders };
  const headers =
    id === undefined ? own : withIdHeaders(own, id, domain ?? domainOf(prepared.from!.address));
  const to =
    recipient.name === undefined
      ? { address: prepared.display! }
      : { address: prepared.display!, name: recipient.name };
  // Field by field, and only those set: one object per message, no intermediate ones.
  const result: Partial<Mutable<TransportMessage>> = {
    from: prepared.from!,
    to: [to],
    subject: message.subject,
  };
  if (message.cc !== undefined) result.cc = message.cc.map(toMailbox);
  if (message.bcc !== undefined) result.bcc = message.bcc.map(toMailbox);
  if (message.replyTo !== undefined) result.replyTo = toMailbox(message.replyTo);
  if (message.text !== undefined) result.text = message.text;
  if (message.html !== undefined) result.html = message.html;
  if (headers !== undefined) result.headers = headers;
  if (message.attachments !== undefined) result.attachments = message.attachments;
  if (message.tags !== undefined) result.tags = message.tags;
  if (context.idempotencyKey !== undefined) result.idempotencyKey = context.idempotencyKey;
  if (message.transportOptions !== undefined) result.transportOptions = message.transportOptions;
  return result as unknown as TransportMessage;
}

function withIdHeaders(
  headers: Readonly<Record<string, string>> | undefined,
  id: string,
  domain: string,
): Record<string, string> {
  const ours = idHeaders(id, domain);
  const own = Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'message-id');
  if (own) delete ours['Message-ID'];
  return { ...headers, ...ours };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return value instanceof Promise;
}
