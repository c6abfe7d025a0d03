import { recordingTransport, type TransportResult } from '@mailgate/core';
import { describe, expect, it } from 'vitest';
import {
  type ConformanceEmulator,
  type TransportConformanceOptions,
  transportConformanceCases,
} from './transport-conformance';

/** An emulator that is only a counter; the recording transport plays the provider. */
interface Counter {
  delivered: number;
}
const counter: ConformanceEmulator<Counter> = {
  start: async () => ({ delivered: 0 }),
  stop: async () => {},
  reset: (emulator) => {
    emulator.delivered = 0;
  },
  delivered: (emulator) => emulator.delivered,
};

const failure = (
  fields: Partial<Extract<TransportResult, { status: 'failed' }>>,
): TransportResult => ({
  status: 'failed',
  reason: 'unknown',
  permanent: false,
  retryable: false,
  ...fields,
});

/** A well-behaved fake provider: each scenario says what the next send answers. */
function options(
  overrides: Partial<Record<string, TransportResult>> = {},
): TransportConformanceOptions<Counter> {
  let next: TransportResult = { status: 'accepted' };
  const answer = (result: TransportResult) => () => {
    next = result;
  };
  const results: Record<string, TransportResult> = {
    accepted: { status: 'accepted' },
    permanentRefusal: failure({ reason: 'recipient_unknown', permanent: true }),
    partialRefusal: {
      status: 'accepted',
      refused: [{ address: 'refused@mailgate.test', reason: 'recipient_unknown', permanent: true }],
    },
    throttled: failure({ reason: 'provider_rate_limited', retryable: true }),
    authFailure: failure({ reason: 'inbox_auth_failed', permanent: true }),
    networkDown: failure({ reason: 'inbox_connection_failed', retryable: true }),
    malformedAnswer: failure({ reason: 'unknown' }),
    ...overrides,
  };
  return {
    name: 'fake',
    emulator: counter,
    secrets: ['s3cret'],
    create: (emulator) =>
      recordingTransport({
        respond: () => {
          const result = next;
          next = { status: 'accepted' };
          if (result.status === 'accepted') emulator.delivered++;
          return result;
        },
      }),
    scenarios: {
      accepted: answer(results.accepted!),
      permanentRefusal: answer(results.permanentRefusal!),
      partialRefusal: answer(results.partialRefusal!),
      throttled: answer(results.throttled!),
      authFailure: answer(results.authFailure!),
      networkDown: answer(results.networkDown!),
      malformedAnswer: answer(results.malformedAnswer!),
    },
  };
}

async function runAll(suite: TransportConformanceOptions<Counter>) {
  const failures: string[] = [];
  for (const conformanceCase of transportConformanceCases(suite)) {
    const emulator = await suite.emulator.start();
    try {
      await conformanceCase.run(emulator);
    } catch {
      failures.push(conformanceCase.name);
    }
  }
  return failures;
}

describe('transportConformanceCases', () => {
  it('should pass a transport that answers every case correctly', async () => {
    const suite = options();
    expect(transportConformanceCases(suite).map((c) => c.name)).toHaveLength(7);
    expect(await runAll(suite)).toEqual([]);
  });

  it('should leave out the partial refusal case when the provider has none', () => {
    const { partialRefusal: _, ...scenarios } = options().scenarios;
    expect(transportConformanceCases({ ...options(), scenarios })).toHaveLength(6);
  });

  it.each([
    [
      'a permanent refusal called retryable',
      {
        permanentRefusal: failure({
          reason: 'recipient_unknown',
          permanent: true,
          retryable: true,
        }),
      },
      /permanent refusal/,
    ],
    [
      'throttling called permanent',
      { throttled: failure({ reason: 'provider_rate_limited', permanent: true }) },
      /throttling/,
    ],
    [
      'a secret in the provider text',
      {
        authFailure: failure({
          reason: 'inbox_auth_failed',
          permanent: true,
          provider: { name: 'fake', text: 'bad password s3cret' },
        }),
      },
      /credentials/,
    ],
    [
      'a refused recipient left out',
      { partialRefusal: { status: 'accepted' } },
      /refused recipient/,
    ],
    [
      'an uncertain failure called retryable',
      {
        networkDown: failure({
          reason: 'inbox_connection_failed',
          retryable: true,
          uncertain: true,
        }),
      },
      /unreachable/,
    ],
    [
      'a reason that is not in the catalogue',
      { malformedAnswer: failure({ reason: 'oops' as never }) },
      /malformed/,
    ],
  ] as const)('should fail %s', async (_, overrides, failingCase) => {
    const failures = await runAll(options(overrides as Partial<Record<string, TransportResult>>));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(failingCase);
  });
});
