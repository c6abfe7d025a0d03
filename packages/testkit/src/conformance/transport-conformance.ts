import assert from 'node:assert/strict';
import {
  isReason,
  type Reason,
  type Transport,
  type TransportMessage,
  type TransportResult,
} from '@mailgate/core';

/** Starts, resets and stops the emulator a transport is tested against. */
export interface ConformanceEmulator<E> {
  /** Starts the emulator. */
  start(): Promise<E>;
  /** Stops the emulator. */
  stop(emulator: E): Promise<void>;
  /** Forgets scripted answers and recorded messages between cases. */
  reset(emulator: E): void | Promise<void>;
  /** How many messages the emulator accepted since the last reset. */
  delivered(emulator: E): number;
}

/** The addresses every case uses, so that a scenario can script answers for them. */
export interface ConformanceAddresses {
  readonly from: string;
  /** The recipient of every case. */
  readonly to: string;
  /** The second recipient (cc) of the partial refusal: the one to refuse. */
  readonly refused: string;
}

/** What a conformance scenario is given: the emulator and the addresses. */
export interface ScenarioContext<E> {
  readonly emulator: E;
  readonly addresses: ConformanceAddresses;
}

/** What a scenario may change for its case. */
export interface ScenarioSetup {
  /** Send with this transport (e.g. one pointed at a closed port or with wrong credentials). */
  readonly transport?: Transport;
}

/** Arranges the emulator (and optionally the transport) for one case. */
export type Scenario<E> = (
  context: ScenarioContext<E>,
  // biome-ignore lint/suspicious/noConfusingVoidType: a scenario that only scripts the emulator returns nothing.
) => void | ScenarioSetup | Promise<void | ScenarioSetup>;

/** Options of the transport conformance suite: the emulator, how to create the transport, the scenarios. */
export interface TransportConformanceOptions<E> {
  /** The transport's name, as `transport.name`. */
  readonly name: string;
  readonly emulator: ConformanceEmulator<E>;
  /** Makes the transport under test, pointed at the emulator. Closed after each case. */
  readonly create: (emulator: E) => Transport;
  /** Credentials and tokens `create` uses: none may appear in any result. */
  readonly secrets?: readonly string[];
  readonly scenarios: {
    /** Arrange an accepted send (usually nothing to do). */
    readonly accepted?: Scenario<E>;
    /** The provider refuses `addresses.to` for good ("user unknown"). */
    readonly permanentRefusal: Scenario<E>;
    /**
     * The provider refuses `addresses.refused` (cc) and accepts `addresses.to`. Leave out
     * for providers that accept or refuse a message as a whole.
     */
    readonly partialRefusal?: Scenario<E>;
    /** The provider or the receiver throttles the sender (every attempt). */
    readonly throttled: Scenario<E>;
    /** The credentials are refused. Usually returns a transport made with wrong ones. */
    readonly authFailure: Scenario<E>;
    /** Nothing listens: return a transport pointed at a closed port. */
    readonly networkDown: Scenario<E>;
    /** The provider answers something that is not its protocol or format. */
    readonly malformedAnswer: Scenario<E>;
  };
  /** The reasons expected where a provider legitimately differs. */
  readonly expect?: {
    /** Default `recipient_unknown`. */
    readonly permanentRefusal?: Reason;
    /** Default: `provider_rate_limited` or `receiver_rate_limited`. */
    readonly throttled?: readonly Reason[];
  };
}

/** One case of the suite, runnable under any test framework: `run` throws on a failure. */
export interface ConformanceCase<E> {
  readonly name: string;
  /** Runs the case against a started emulator; throws when the transport fails it. */
  run(emulator: E): Promise<void>;
}

/** The addresses the conformance cases send to. */
export const conformanceAddresses: ConformanceAddresses = {
  from: 'sender@mailgate.test',
  to: 'recipient@mailgate.test',
  refused: 'refused@mailgate.test',
};

function conformanceMessage(addresses: ConformanceAddresses, withCc: boolean): TransportMessage {
  return {
    from: { address: addresses.from, name: 'Conformance' },
    to: [{ address: addresses.to }],
    ...(withCc ? { cc: [{ address: addresses.refused }] } : {}),
    subject: 'Conformance',
    text: 'A message from the mailgate transport conformance suite.',
    idempotencyKey: 'conformance-1',
  };
}

/**
 * The cases every transport must pass against its own emulator: accepted, permanent refusal,
 * partial refusal, throttled, auth failure, network down, malformed answer. Framework-neutral;
 * `@mailgate/testkit/vitest` wraps them as `testTransport`.
 */
export function transportConformanceCases<E>(
  options: TransportConformanceOptions<E>,
): ConformanceCase<E>[] {
  const { scenarios } = options;
  const addresses = conformanceAddresses;
  const throttledReasons = options.expect?.throttled ?? [
    'provider_rate_limited',
    'receiver_rate_limited',
  ];

  const send = async (
    emulator: E,
    scenario: Scenario<E> | undefined,
    withCc = false,
  ): Promise<TransportResult> => {
    const setup = (await scenario?.({ emulator, addresses })) ?? {};
    const transport = setup.transport ?? options.create(emulator);
    try {
      assert.equal(transport.specificationVersion, 'v1');
      const result = await transport.send(conformanceMessage(addresses, withCc));
      assertPlainResult(result, options.secrets ?? []);
      return result;
    } finally {
      await transport.close?.();
      if (setup.transport && setup.transport !== transport) await setup.transport.close?.();
    }
  };
  const failed = (result: TransportResult) => {
    assert.equal(
      result.status,
      'failed',
      `expected a failed result, got ${JSON.stringify(result)}`,
    );
    return result as Extract<TransportResult, { status: 'failed' }>;
  };

  const cases: ConformanceCase<E>[] = [
    {
      name: 'should accept a message and hand it to the provider once',
      async run(emulator) {
        const result = await send(emulator, scenarios.accepted);
        assert.equal(result.status, 'accepted', JSON.stringify(result));
        assert.equal(options.emulator.delivered(emulator), 1);
        assert.ok(!('refused' in result) || !result.refused?.length);
      },
    },
    {
      name: 'should report a permanent refusal as permanent and not retryable',
      async run(emulator) {
        const result = failed(await send(emulator, scenarios.permanentRefusal));
        assert.equal(result.reason, options.expect?.permanentRefusal ?? 'recipient_unknown');
        assert.equal(result.permanent, true);
        assert.equal(result.retryable, false);
        assert.ok(!result.uncertain);
        assert.equal(options.emulator.delivered(emulator), 0);
      },
    },
    {
      name: 'should report throttling as transient and retryable',
      async run(emulator) {
        const result = failed(await send(emulator, scenarios.throttled));
        assert.ok(
          throttledReasons.includes(result.reason),
          `expected one of ${throttledReasons.join(', ')}, got ${result.reason}`,
        );
        assert.equal(result.permanent, false);
        assert.equal(result.retryable, true);
        assert.equal(options.emulator.delivered(emulator), 0);
      },
    },
    {
      name: 'should report refused credentials as inbox_auth_failed, without the credentials',
      async run(emulator) {
        const result = failed(await send(emulator, scenarios.authFailure));
        assert.equal(result.reason, 'inbox_auth_failed');
        assert.equal(result.retryable, false);
        assert.equal(options.emulator.delivered(emulator), 0);
      },
    },
    {
      name: 'should report an unreachable provider as inbox_connection_failed, retryable',
      async run(emulator) {
        const result = failed(await send(emulator, scenarios.networkDown));
        assert.equal(result.reason, 'inbox_connection_failed');
        assert.equal(result.permanent, false);
        assert.equal(result.retryable, true);
        assert.ok(!result.uncertain);
      },
    },
    {
      name: 'should turn a malformed answer into a failed result, never an exception',
      async run(emulator) {
        const result = failed(await send(emulator, scenarios.malformedAnswer));
        assert.ok(isReason(result.reason), `not a reason: ${String(result.reason)}`);
        assert.equal(options.emulator.delivered(emulator), 0);
      },
    },
  ];
  const partial = scenarios.partialRefusal;
  if (partial) {
    cases.splice(2, 0, {
      name: 'should accept a message and report each refused recipient with its reason',
      async run(emulator) {
        const result = await send(emulator, partial, true);
        assert.equal(result.status, 'accepted', JSON.stringify(result));
        const refused = (result.status === 'accepted' ? result.refused : undefined) ?? [];
        assert.equal(refused.length, 1, JSON.stringify(result));
        assert.equal(refused[0]?.address.toLowerCase(), addresses.refused);
        assert.equal(refused[0]?.reason, 'recipient_unknown');
        assert.equal(refused[0]?.permanent, true);
        assert.equal(options.emulator.delivered(emulator), 1);
      },
    });
  }
  return cases;
}

/** A result is plain, serialisable data, and carries no secret anywhere. */
function assertPlainResult(result: TransportResult, secrets: readonly string[]): void {
  assert.ok(result && typeof result === 'object', 'send must resolve to a result object');
  assert.ok(
    result.status === 'accepted' || result.status === 'failed',
    `status: ${String(result.status)}`,
  );
  const json = JSON.stringify(result);
  assert.deepEqual(JSON.parse(json), result, 'a result must be plain data');
  for (const secret of secrets) {
    assert.ok(!json.includes(secret), 'a secret appears in the result');
  }
  if (result.status === 'failed') {
    assert.ok(isReason(result.reason), `not a reason: ${String(result.reason)}`);
    assert.equal(typeof result.permanent, 'boolean');
    assert.equal(typeof result.retryable, 'boolean');
    assert.ok(!(result.permanent && result.retryable), 'permanent and retryable at once');
    assert.ok(
      !(result.uncertain && result.retryable),
      'an uncertain failure must not be retryable',
    );
  }
}
