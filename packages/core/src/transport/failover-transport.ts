import { isReason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { ReasonCategory } from '../reasons/reason-types';
import type {
  Transport,
  TransportFailed,
  TransportMessage,
  TransportResult,
  TransportSendOptions,
} from './transport';

/** Why a failover moved from one transport to the next. */
export interface FailoverEvent {
  /** The name of the transport that failed. */
  readonly from: string;
  /** The name of the transport tried next. */
  readonly to: string;
  readonly failure: TransportFailed;
}

/** Options of `failoverTransport`. */
export interface FailoverTransportOptions {
  /**
   * How long a transport that failed on the sender's or the provider's side is skipped, in ms.
   * A provider's own `retryAfterMs` lengthens it. After the cool-down the transport is tried
   * again (it is never dead until a restart). Default 60 000.
   */
  readonly coolDownMs?: number;
  /** The name the gate reports in `Sent.transport`. Default `'failover'`. */
  readonly name?: string;
  /**
   * Decides whether a failure may move on to the next transport. The default
   * (`shouldFailOver`) moves on only for the sender's and the provider's failures that are not
   * `uncertain`. A replacement is still never asked about an `uncertain` failure.
   */
  readonly shouldFailOver?: (failure: TransportFailed) => boolean;
  /** Called each time a message moves on to the next transport, for logs and metrics. */
  readonly onFailover?: (event: FailoverEvent) => void;
  /** The clock, in ms since the epoch. Default `Date.now`. */
  readonly now?: () => number;
}

/** Categories of failures that another transport may not meet: the sender's and the provider's. */
const movableCategories: ReadonlySet<ReasonCategory> = new Set(['sender', 'provider', 'account']);

/**
 * The default rule: move on for authentication, permission, suspended or full sender mailboxes,
 * connection failures, rate limits and time-outs — but never when the message may have gone out
 * (`uncertain`), and never for a refusal by the recipient, its server or the content.
 */
export function shouldFailOver(failure: TransportFailed): boolean {
  if (failure.uncertain === true) return false;
  if (!isReason(failure.reason)) return false;
  return movableCategories.has(reasonInfo[failure.reason].category);
}

/**
 * Sends through the first transport that is not cooling down and moves on to the next only for
 * failures on the sender's or the provider's side. A recipient's refusal, a content refusal or
 * an `uncertain` failure ends the attempt at once: the outcome is always the answer of the
 * transport that decided it, reason, provider detail and all. A transport that failed is
 * skipped for `coolDownMs` and then tried again. When every transport is cooling down, the one
 * whose cool-down ends first is tried.
 */
export function failoverTransport(
  transports: readonly Transport[],
  options: FailoverTransportOptions = {},
): Transport {
  const list = [...transports];
  const coolDownMs = Math.max(0, options.coolDownMs ?? 60_000);
  const now = options.now ?? Date.now;
  const mayMoveOn = options.shouldFailOver ?? shouldFailOver;
  // Index → the time until which the transport is skipped.
  const coolingUntil = new Map<number, number>();

  const order = (): number[] => {
    const time = now();
    const ready = list.map((_, index) => index).filter((index) => !isCooling(index, time));
    if (ready.length) return ready;
    // All are cooling down: the one that recovers first gets one attempt.
    let first: number | undefined;
    let earliest = Number.POSITIVE_INFINITY;
    for (const [index, until] of coolingUntil) {
      if (until < earliest) [first, earliest] = [index, until];
    }
    return first === undefined ? [] : [first];
  };
  const isCooling = (index: number, time: number): boolean => {
    const until = coolingUntil.get(index);
    if (until === undefined) return false;
    if (until > time) return true;
    coolingUntil.delete(index);
    return false;
  };

  return {
    specificationVersion: 'v1',
    name: options.name ?? 'failover',
    async send(message: TransportMessage, sendOptions?: TransportSendOptions) {
      const candidates = order();
      let last: TransportResult = noTransport();
      for (const [position, index] of candidates.entries()) {
        const transport = list[index] as Transport;
        const result = await sendThrough(transport, message, sendOptions);
        last = result;
        if (result.status === 'accepted') {
          coolingUntil.delete(index);
          // Say which transport took it, so the outcome names it rather than 'failover'.
          return { ...result, transport: result.transport ?? transport.name };
        }
        if (!mayMoveOnSafely(result, mayMoveOn)) {
          // The transport answered for itself: it works, whatever the answer.
          coolingUntil.delete(index);
          return result;
        }
        coolingUntil.set(index, now() + Math.max(coolDownMs, result.retryAfterMs ?? 0));
        const nextIndex = candidates[position + 1];
        if (nextIndex === undefined || sendOptions?.signal?.aborted) break;
        options.onFailover?.({
          from: transport.name,
          to: (list[nextIndex] as Transport).name,
          failure: result,
        });
      }
      return last;
    },
    async verify() {
      let firstFailure: TransportFailed | undefined;
      for (const transport of list) {
        if (!transport.verify) return { status: 'ok' } as const;
        try {
          const result = await transport.verify();
          if (result.status !== 'failed') return { status: 'ok' } as const;
          firstFailure ??= result;
        } catch {
          firstFailure ??= thrownBy(transport);
        }
      }
      return firstFailure ?? noTransport();
    },
    async close() {
      await Promise.allSettled(list.map(async (transport) => transport.close?.()));
    },
  };
}

function mayMoveOnSafely(
  failure: TransportFailed,
  rule: (failure: TransportFailed) => boolean,
): boolean {
  if (failure.uncertain === true) return false;
  try {
    return rule(failure) === true;
  } catch {
    return false;
  }
}

async function sendThrough(
  transport: Transport,
  message: TransportMessage,
  sendOptions: TransportSendOptions | undefined,
): Promise<TransportResult> {
  try {
    const result = await transport.send(message, sendOptions);
    if (result && (result.status === 'accepted' || result.status === 'failed')) return result;
    return {
      ...unknownOutcome(transport),
      provider: {
        name: transport.name,
        text: 'the transport gave an answer mailgate does not understand',
      },
    };
  } catch {
    return thrownBy(transport);
  }
}

/** A transport that threw may have sent the message before it did: never move on after it. */
function thrownBy(transport: Transport): TransportFailed {
  return {
    ...unknownOutcome(transport),
    provider: { name: transport.name, text: 'the transport threw' },
  };
}

function unknownOutcome(transport: Transport): TransportFailed {
  return {
    status: 'failed',
    reason: 'unknown',
    permanent: false,
    retryable: false,
    uncertain: true,
    provider: { name: transport.name },
  };
}

function noTransport(): TransportFailed {
  return {
    status: 'failed',
    reason: 'inbox_connection_failed',
    permanent: true,
    retryable: false,
    provider: { name: 'failover', text: 'no transport configured' },
  };
}
