import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import type { Stores } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { untyped } from '../test-support/untyped';
import type { Transport, TransportResult } from '../transport/transport';
import { createMailgate } from './create-mailgate';
import type { BulkItem } from './send-bulk';

/** How a store call answers: as the real store, or badly. */
type StoreMood = 'real' | 'throw' | 'slow' | 'hang' | 'malformed';
const mood = fc.constantFrom<StoreMood>('real', 'real', 'throw', 'slow', 'hang', 'malformed');
const malformed = fc.constantFrom<unknown>(null, [], {}, 42, [[{}]], [Number.NaN], ['x']);

/** How the transport answers one message. */
type Answer = 'accept' | 'refuse' | 'throw' | 'hang' | 'nonsense' | 'uncertain';
const answer = fc.constantFrom<Answer>(
  'accept',
  'accept',
  'refuse',
  'throw',
  'hang',
  'nonsense',
  'uncertain',
);

const addresses = ['a@example.com', 'b@example.com', 'blocked@example.com', 'c@example.com'];
const SUPPRESSED = 'blocked@example.com';

/** Elements that cannot be read, made inside the property (fast-check prints what it draws). */
const unreadableKinds = ['revoked', 'throwing-trap', 'rejected', 'promised'] as const;
function makeUnreadable(kind: (typeof unreadableKinds)[number]): unknown {
  switch (kind) {
    case 'revoked': {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case 'throwing-trap':
      return new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
        },
      );
    case 'rejected': {
      const rejected = Promise.reject(new Error('element failed'));
      // Handled here too: a cancelled run may never read it.
      rejected.catch(() => {});
      return rejected;
    }
    default:
      return Promise.resolve(aRequest());
  }
}

const element = fc.oneof(
  fc
    .record({
      address: fc.constantFrom(...addresses),
      key: fc.option(fc.constantFrom('k1', 'k2', 'k3', 'k4'), { nil: undefined }),
      id: fc.nat(99),
    })
    .map(
      ({ address, key, id }) =>
        () =>
          aRequest({
            recipient: { id: `r-${id}`, addresses: [{ address }] },
            ...(key === undefined ? {} : { context: { idempotencyKey: key } }),
          }),
    ),
  fc.anything().map((value) => () => value),
  fc.constantFrom(...unreadableKinds).map((kind) => () => makeUnreadable(kind)),
);

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Wraps every call of a store in the mood the test drew for that call. */
function moody<T extends object>(
  store: T,
  moods: readonly StoreMood[],
  bad: readonly unknown[],
): T {
  let call = 0;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const n = call++;
        const current = moods[n % Math.max(1, moods.length)] ?? 'real';
        const real = () => value.apply(target, args);
        switch (current) {
          case 'throw':
            throw new Error('store down');
          case 'slow':
            return wait(8).then(real);
          case 'hang':
            return new Promise(() => {});
          case 'malformed':
            return Promise.resolve(bad[n % Math.max(1, bad.length)]);
          default:
            return real();
        }
      };
    },
  });
}

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('sendBulk, for arbitrary input, stores and transport', () => {
  it('should answer each request read once, never send to a suppressed address or a key twice, and reject nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(element, { maxLength: 14 }),
        fc.record({
          suppressions: fc.array(mood, { maxLength: 4 }),
          counters: fc.array(mood, { maxLength: 4 }),
          idempotency: fc.array(mood, { maxLength: 4 }),
          bad: fc.array(malformed, { maxLength: 3 }),
        }),
        fc.array(answer, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.nat(10), { nil: undefined }),
        async (makers, storeMoods, answers, batchSize, cancelAfter) => {
          unhandled = [];
          const input = makers.map((make) => make());
          const base = memoryStores();
          await base.suppressions.add(
            [{ key: SUPPRESSED, scope: 'global', reason: 'previously_bounced', source: 'test' }],
            { actor: 'test' },
          );
          const stores: Stores = {
            suppressions: moody(base.suppressions, storeMoods.suppressions, storeMoods.bad),
            counters: moody(base.counters, storeMoods.counters, storeMoods.bad),
            idempotency: moody(base.idempotency, storeMoods.idempotency, storeMoods.bad),
          };
          const handed: string[] = [];
          // Keys of messages that went out, or may have.
          const mayHaveGoneOut: string[] = [];
          let call = 0;
          const transport: Transport = {
            specificationVersion: 'v1',
            name: 'flaky',
            async send(message, options) {
              handed.push(message.to[0]!.address);
              const current = answers[call++ % answers.length]!;
              const key = message.idempotencyKey;
              if (key !== undefined && current !== 'refuse') mayHaveGoneOut.push(key);
              switch (current) {
                case 'refuse':
                  return {
                    status: 'failed',
                    reason: 'recipient_unknown',
                    permanent: true,
                    retryable: false,
                  } satisfies TransportResult;
                case 'throw':
                  throw new Error('socket closed');
                case 'hang':
                  return new Promise((resolve) =>
                    options?.signal?.addEventListener('abort', () =>
                      resolve({ status: 'accepted' }),
                    ),
                  );
                case 'nonsense':
                  return { status: 'maybe' } as unknown as TransportResult;
                case 'uncertain':
                  return {
                    status: 'failed',
                    reason: 'provider_timeout',
                    permanent: false,
                    retryable: false,
                    uncertain: true,
                  };
                default:
                  return { status: 'accepted' };
              }
            },
          };
          const gate = createMailgate({ transport, stores, storeTimeoutMs: 5, sendTimeoutMs: 10 });
          const run = gate.sendBulk(untyped(input), { batchSize, concurrency: 3 });
          const items: BulkItem[] = [];
          for await (const item of run) {
            items.push(item);
            if (items.length === cancelAfter) run.cancel();
          }
          const summary = await run.done();
          await wait(10);

          expect(unhandled).toEqual([]);
          const read = run.progress.read;
          if (cancelAfter === undefined) expect(read).toBe(input.length);
          expect(items.map((item) => item.index).sort((a, b) => a - b)).toEqual(
            Array.from({ length: read }, (_, i) => i),
          );
          expect(summary.total).toBe(read);
          expect(handed).not.toContain(SUPPRESSED);
          expect(new Set(mayHaveGoneOut).size).toBe(mayHaveGoneOut.length);
        },
      ),
      { numRuns: 80 },
    );
  });
});
