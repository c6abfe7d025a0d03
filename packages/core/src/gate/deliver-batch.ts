import type { NotSent, Sent } from '../outcome';
import type { CounterIncrement } from '../policy/policy';
import type { TransportMessage } from '../transport/transport';
import { callTransport } from './call-transport';
import type { Decision } from './decide';
import { type GateContext, safeHook } from './gate-context';
import { notSent } from './not-sent';
import { type PreparedRequest, toMailbox } from './prepare-request';
import { callStore } from './with-timeout';

export interface DeliverOptions {
  readonly concurrency: number;
  /** Checked before each message is handed to the transport: a reason stops it. */
  readonly interrupt?: () => Promise<'cancelled' | 'campaign_paused' | undefined>;
  /** Called with each outcome, as soon as it is known. */
  readonly emit: (index: number, outcome: Sent | NotSent) => void;
}

/**
 * Sends every decided request that may go: claims the idempotency keys of the batch in
 * one call, hands the messages to the transport with bounded concurrency, then counts
 * what was sent and gives back the claims of what surely was not.
 */
export async function deliverBatch(
  context: GateContext,
  decisions: readonly Decision[],
  options: DeliverOptions,
): Promise<void> {
  const sendable: number[] = [];
  for (let i = 0; i < decisions.length; i++) {
    const decision = decisions[i]!;
    if (decision.blocked.length > 0) options.emit(i, decision.blocked[0]!);
    else sendable.push(i);
  }
  const claimed = await claimKeys(context, decisions, sendable, options.emit);
  const increments: CounterIncrement[] = [];
  const releases: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < claimed.length) {
      const index = claimed[next++]!;
      const prepared = decisions[index]!.prepared!;
      const key = prepared.request.context.idempotencyKey;
      const stop = options.interrupt === undefined ? undefined : await options.interrupt();
      const outcome =
        stop !== undefined
          ? notSent(stop, 'policy', {
              recipientId: prepared.request.recipient.id,
              address: prepared.display,
              idempotencyKey: key,
            })
          : await callTransport(
              context.transport,
              toTransportMessage(prepared),
              deliveryOf(prepared),
              context.sendTimeoutMs,
            );
      if (outcome.status === 'sent') {
        for (const policy of context.policies) {
          if (policy.countersOnSend)
            increments.push(...policy.countersOnSend(prepared.policyRequest!));
        }
      } else if (key !== undefined && outcome.uncertain !== true) {
        releases.push(key);
      }
      options.emit(index, outcome);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency, claimed.length)) }, worker),
  );
  await settle(context, increments, releases);
}

/** Claims the keys of the sendable requests; a key claimed before means "never again". */
async function claimKeys(
  context: GateContext,
  decisions: readonly Decision[],
  sendable: readonly number[],
  emit: DeliverOptions['emit'],
): Promise<number[]> {
  const keyed = sendable.filter(
    (index) => decisions[index]!.prepared!.request.context.idempotencyKey !== undefined,
  );
  if (keyed.length === 0) return [...sendable];
  const keys = keyed.map((index) => decisions[index]!.prepared!.request.context.idempotencyKey!);
  const result = await callStore(
    () => context.stores.idempotency.claim(keys, context.idempotencyTtlMs),
    context.storeTimeoutMs,
  );
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
            'the idempotency store did not answer; nothing was sent rather than risk a duplicate',
        }),
      );
    } else if (result.value[i] !== true) {
      refused.set(
        index,
        notSent('duplicate_request', 'policy', {
          ...fields,
          detail: 'this idempotency key was sent before',
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

async function settle(
  context: GateContext,
  increments: readonly CounterIncrement[],
  releases: readonly string[],
) {
  const byTtl = new Map<number, string[]>();
  for (const { key, ttlMs } of increments) {
    const keys = byTtl.get(ttlMs);
    if (keys === undefined) byTtl.set(ttlMs, [key]);
    else keys.push(key);
  }
  const calls: Promise<void>[] = [];
  for (const [ttlMs, keys] of byTtl) {
    calls.push(
      bookkeeping(
        context,
        () => context.stores.counters.increment(keys, ttlMs),
        'counters.increment',
      ),
    );
  }
  if (releases.length > 0) {
    calls.push(
      bookkeeping(
        context,
        () => context.stores.idempotency.release(releases),
        'idempotency.release',
      ),
    );
  }
  await Promise.all(calls);
}

/** Bookkeeping after a send must not change its outcome; a failure is reported to the host. */
async function bookkeeping(
  context: GateContext,
  call: () => Promise<void>,
  where: string,
): Promise<void> {
  const result = await callStore(call, context.storeTimeoutMs);
  if (!result.ok)
    safeHook(
      context,
      (hooks) => hooks.onError?.(new Error(result.failure.message), where),
      'onError',
    );
}

function deliveryOf(prepared: PreparedRequest) {
  return {
    recipientId: prepared.request.recipient.id,
    address: prepared.display!,
    warnings: prepared.warnings,
    idempotencyKey: prepared.request.context.idempotencyKey,
  };
}

export function toTransportMessage(prepared: PreparedRequest): TransportMessage {
  const { message, recipient, context } = prepared.request;
  const to =
    recipient.name === undefined
      ? { address: prepared.display! }
      : { address: prepared.display!, name: recipient.name };
  const optional: Partial<Record<keyof TransportMessage, unknown>> = {
    cc: message.cc?.map(toMailbox),
    bcc: message.bcc?.map(toMailbox),
    replyTo: message.replyTo === undefined ? undefined : toMailbox(message.replyTo),
    text: message.text,
    html: message.html,
    headers: message.headers,
    attachments: message.attachments,
    tags: message.tags,
    idempotencyKey: context.idempotencyKey,
    transportOptions: message.transportOptions,
  };
  const result: Record<string, unknown> = {
    from: prepared.from!,
    to: [to],
    subject: message.subject,
  };
  for (const [field, value] of Object.entries(optional))
    if (value !== undefined) result[field] = value;
  return result as unknown as TransportMessage;
}
