import type { NotSent, ProviderDetail, RefusedRecipient, Sent, Warning } from '../outcome';
import { isReason } from '../reasons/reason';
import type { Transport, TransportMessage } from '../transport/transport';
import { notSent } from './not-sent';

export interface Delivery {
  readonly recipientId: string;
  readonly address: string;
  readonly warnings: readonly Warning[];
  readonly idempotencyKey: string | undefined;
}

/**
 * Hands one message to the transport and turns whatever comes back, or is thrown, or
 * never comes, into exactly one outcome. A transport is third-party code: its answer is
 * checked, not trusted.
 */
export async function callTransport(
  transport: Transport,
  message: TransportMessage,
  delivery: Delivery,
  timeoutMs: number,
): Promise<Sent | NotSent> {
  const base = {
    recipientId: delivery.recipientId,
    address: delivery.address,
    idempotencyKey: delivery.idempotencyKey,
  };
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  let answer: unknown;
  try {
    answer = await Promise.race([
      Promise.resolve().then(() => transport.send(message, { signal: controller.signal })),
      timedOut,
    ]);
  } catch (error) {
    // A throwing transport may have sent the message before it threw: we can't know.
    return notSent('unknown', 'transport', {
      ...base,
      uncertain: true,
      retryable: false,
      provider: { name: transport.name, text: `the transport threw ${errorName(error)}` },
    });
  } finally {
    clearTimeout(timer);
  }
  if (answer === 'timeout') {
    controller.abort();
    return notSent('provider_timeout', 'transport', {
      ...base,
      uncertain: true,
      retryable: false,
      provider: { name: transport.name, text: `no answer within ${timeoutMs} ms` },
    });
  }
  return toOutcome(transport.name, answer, base, delivery.warnings);
}

function toOutcome(
  name: string,
  answer: unknown,
  base: { recipientId: string; address: string; idempotencyKey: string | undefined },
  warnings: readonly Warning[],
): Sent | NotSent {
  const result = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<
    string,
    unknown
  >;
  if (result.status === 'accepted') {
    const sent: Sent = {
      status: 'sent',
      recipientId: base.recipientId,
      address: base.address,
      transport: typeof result.transport === 'string' ? result.transport.slice(0, 100) : name,
      refused: Array.isArray(result.refused)
        ? result.refused.flatMap((entry) => refusedOf(name, entry))
        : [],
      warnings,
    };
    const messageId = typeof result.messageId === 'string' ? result.messageId : undefined;
    return {
      ...sent,
      ...(messageId === undefined ? {} : { messageId }),
      ...(base.idempotencyKey === undefined ? {} : { idempotencyKey: base.idempotencyKey }),
    };
  }
  if (result.status === 'failed' && isReason(result.reason)) {
    return notSent(result.reason, 'transport', {
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
  }
  // An answer that is neither accepted nor a known failure says nothing about delivery.
  return notSent('unknown', 'transport', {
    ...base,
    uncertain: true,
    retryable: false,
    provider: { name, text: 'the transport gave an answer mailgate does not understand' },
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
