import type { Transport, TransportMessage, TransportResult } from './transport';

/** How a recording transport answers: one answer, one per call in turn, or computed. */
export type RecordedResponse =
  | TransportResult
  | readonly TransportResult[]
  | ((message: TransportMessage, call: number) => TransportResult | PromiseLike<TransportResult>);

export interface RecordingTransport extends Transport {
  /** Every message handed to the transport, in order. */
  readonly sent: readonly TransportMessage[];
  /** Forgets what was sent. */
  reset(): void;
}

/**
 * A transport for tests that records what it is given and answers as told: accepted
 * by default; an array answers call by call (its last entry repeats).
 */
export function recordingTransport(
  options: { name?: string; respond?: RecordedResponse } = {},
): RecordingTransport {
  const sent: TransportMessage[] = [];
  const respond = options.respond;
  return {
    specificationVersion: 'v1',
    name: options.name ?? 'recording',
    sent,
    reset() {
      sent.length = 0;
    },
    async send(message) {
      const call = sent.length;
      sent.push(message);
      if (respond === undefined)
        return { status: 'accepted', messageId: `<recorded-${call + 1}@mailgate.test>` };
      if (typeof respond === 'function') return respond(message, call);
      if (isList(respond))
        return respond[Math.min(call, respond.length - 1)] ?? { status: 'accepted' };
      return respond;
    },
  };
}

function isList(value: RecordedResponse): value is readonly TransportResult[] {
  return Array.isArray(value);
}
