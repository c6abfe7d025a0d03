import { normalizeAddress } from '../address/normalize-address';
import type { Mutable } from '../mutable';
import type { NotSent, ProviderDetail, RefusedRecipient, Sent, Warning } from '../outcome';
import { isReason } from '../reasons/reason';
import type { Transport, TransportMessage } from '../transport/transport';
import { notSent } from './not-sent';

export interface Delivery {
  readonly recipientId: string;
  readonly address: string;
  readonly warnings: readonly Warning[];
  readonly idempotencyKey: string | undefined;
  /** The mailgate id, given to a `sent` outcome (the caller adds it to the others). */
  readonly id?: string;
}

/** The outcome of one hand-over, and whether the provider took the message for anyone. */
export interface HandOver {
  readonly outcome: Sent | NotSent;
  /**
   * The provider accepted the message, maybe only for a cc or bcc: its idempotency key is
   * spent even when the outcome is not `sent`.
   */
  readonly accepted: boolean;
}

/**
 * Hands one message to the transport and turns whatever comes back, or is thrown, or
 * never comes, into exactly one outcome. A transport is third-party code: its answer is
 * checked, not trusted. `cancel` (a cancelled run) aborts the send as the time-out does.
 */
export async function callTransport(
  transport: Transport,
  message: TransportMessage,
  delivery: Delivery,
  timeoutMs: number,
  cancel?: AbortSignal,
): Promise<HandOver> {
  const base = {
    recipientId: delivery.recipientId,
    address: delivery.address,
    idempotencyKey: delivery.idempotencyKey,
  };
  if (cancel?.aborted === true) {
    // Cancelled before the transport had it: surely not sent.
    return { outcome: notSent('cancelled', 'policy', base), accepted: false };
  }
  // The signal is made when the transport first reads it: one that never does (a test
  // double, a queue) costs no AbortController per message. Read late, it is born aborted.
  let controller: AbortController | undefined;
  let aborted = false;
  const options = {
    get signal(): AbortSignal {
      if (controller === undefined) {
        controller = new AbortController();
        if (aborted) controller.abort();
      }
      return controller.signal;
    },
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWatching: (() => void) | undefined;
  let answer: unknown;
  try {
    // One promise for the send, the time-out and the cancel together: whichever comes first.
    answer = await new Promise<unknown>((resolve, reject) => {
      timer = setTimeout(resolve, timeoutMs, TIMED_OUT);
      if (cancel !== undefined) stopWatching = onAbort(cancel, () => resolve(CANCELLED));
      Promise.resolve(transport.send(message, options)).then(resolve, reject);
    });
  } catch (error) {
    // A throwing transport may have sent the message before it threw: we can't know.
    return maybeSent(
      notSent('unknown', 'transport', {
        ...base,
        uncertain: true,
        retryable: false,
        provider: { name: transport.name, text: `the transport threw ${errorName(error)}` },
      }),
    );
  } finally {
    clearTimeout(timer);
    stopWatching?.();
  }
  if (answer === TIMED_OUT || answer === CANCELLED) {
    aborted = true;
    controller?.abort();
    return maybeSent(
      notSent(answer === TIMED_OUT ? 'provider_timeout' : 'cancelled', 'transport', {
        ...base,
        uncertain: true,
        retryable: false,
        provider: {
          name: transport.name,
          text:
            answer === TIMED_OUT
              ? `no answer within ${timeoutMs} ms`
              : 'the run was cancelled while the transport had the message',
        },
      }),
    );
  }
  return toOutcome(transport.name, answer, base, delivery.warnings, delivery.id);
}

/** What the race of `callTransport` settles with when the transport did not answer. */
const TIMED_OUT = Symbol('timed out');
const CANCELLED = Symbol('cancelled');

function maybeSent(outcome: NotSent): HandOver {
  return { outcome, accepted: false };
}

function toOutcome(
  name: string,
  answer: unknown,
  base: { recipientId: string; address: string; idempotencyKey: string | undefined },
  warnings: readonly Warning[],
  id: string | undefined,
): HandOver {
  const result = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<
    string,
    unknown
  >;
  if (result.status === 'accepted') {
    const refused = Array.isArray(result.refused)
      ? result.refused.flatMap((entry) => refusedOf(name, entry))
      : [];
    const own = refusalOf(base.address, refused);
    if (own !== undefined) return { outcome: ownRefusal(name, own, refused, base), accepted: true };
    // Field by field: one object per message sent, no intermediate ones.
    const sent: Mutable<Sent> = {
      status: 'sent',
      recipientId: base.recipientId,
      address: base.address,
      transport: typeof result.transport === 'string' ? result.transport.slice(0, 100) : name,
      refused,
      warnings,
    };
    if (id !== undefined) sent.id = id;
    if (typeof result.messageId === 'string') sent.messageId = result.messageId;
    if (base.idempotencyKey !== undefined) sent.idempotencyKey = base.idempotencyKey;
    return { outcome: sent, accepted: true };
  }
  if (result.status === 'failed' && isReason(result.reason)) {
    const failed = notSent(result.reason, 'transport', {
      ...base,
      permanent: typeof result.permanent === 'boolean' ? result.permanent : undefined,
      retryable:
        result.uncertain === true
          ? false
          : typeof result.retryable === 'boolean'
            ? result.retryable
            : undefined,
      retryAfterMs: isDuration(result.retryAfterMs) ? result.retryAfterMs : undefined,
      uncertain: result.uncertain === true ? true : undefined,
      provider: providerOf(name, result.provider),
    });
    return { outcome: failed, accepted: false };
  }
  // An answer that is neither accepted nor a known failure says nothing about delivery.
  return maybeSent(
    notSent('unknown', 'transport', {
      ...base,
      uncertain: true,
      retryable: false,
      provider: { name, text: 'the transport gave an answer mailgate does not understand' },
    }),
  );
}

/** The refusal of the request's own recipient, when the provider refused it. */
function refusalOf(
  address: string,
  refused: readonly RefusedRecipient[],
): RefusedRecipient | undefined {
  if (refused.length === 0) return undefined;
  const own = sameAddressKey(address);
  return refused.find((entry) => sameAddressKey(entry.address) === own);
}

function sameAddressKey(address: string): string {
  return normalizeAddress(address) ?? address.trim().toLowerCase();
}

/**
 * The provider accepted the message for a cc or bcc but refused the recipient the request
 * is for: for that request the message was not sent, whatever the copies got.
 */
function ownRefusal(
  name: string,
  own: RefusedRecipient,
  refused: readonly RefusedRecipient[],
  base: { recipientId: string; address: string; idempotencyKey: string | undefined },
): NotSent {
  const others = refused.filter((entry) => entry !== own).map((entry) => entry.address);
  return notSent(own.reason, 'transport', {
    ...base,
    permanent: own.permanent,
    provider: own.provider ?? { name },
    detail:
      others.length === 0
        ? 'the provider refused this recipient; it accepted the message for the cc/bcc recipients'
        : `the provider refused this recipient; of the cc/bcc recipients it also refused ${others.slice(0, 10).join(', ')}`,
  });
}

function refusedOf(name: string, entry: unknown): RefusedRecipient[] {
  if (typeof entry !== 'object' || entry === null) return [];
  const record = entry as Record<string, unknown>;
  if (typeof record.address !== 'string' || !isReason(record.reason)) return [];
  return [
    {
      address: record.address,
      reason: record.reason,
      permanent: record.permanent === true,
      ...(record.provider === undefined ? {} : { provider: providerOf(name, record.provider) }),
    },
  ];
}

/**
 * Keeps only the name, code, status and text a transport reported; nothing else leaks
 * through. The name is the transport's own unless it reported another (a failover
 * passes on the answer of the transport that decided).
 */
function providerOf(name: string, value: unknown): ProviderDetail {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return {
    name: typeof record.name === 'string' ? record.name.slice(0, 100) : name,
    ...(typeof record.code === 'string' ? { code: record.code.slice(0, 200) } : {}),
    ...(typeof record.status === 'number' ? { status: record.status } : {}),
    ...(typeof record.text === 'string' ? { text: record.text.slice(0, 2000) } : {}),
  };
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** An error's class name only: its message may carry what a transport was given. */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

// The sends in flight of a run, per cancel signal. One listener per signal, whatever the
// concurrency: a listener per send would pass Node's limit of ten per signal and print a
// MaxListenersExceededWarning into the host's logs.
const watchers = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `callback` when `signal` aborts; answers the function that stops watching. */
function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = watchers.get(signal);
  if (callbacks === undefined) {
    const set = new Set<() => void>();
    callbacks = set;
    watchers.set(signal, set);
    signal.addEventListener(
      'abort',
      () => {
        for (const each of set) each();
      },
      { once: true },
    );
  }
  callbacks.add(callback);
  const own = callbacks;
  return () => own.delete(callback);
}
