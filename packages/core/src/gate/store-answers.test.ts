import { describe, expect, it } from 'vitest';
import { frequencyCapPolicy, monthlyQuotaPolicy } from '../policy/builtin/counter-policies';
import { defaultPolicies } from '../policy/default-policies';
import { memoryStores } from '../stores/memory-stores';
import type { CounterStore, SuppressionStore } from '../stores/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

const bounced = {
  key: 'ada@example.com',
  scope: { tenant: 'acme' },
  reason: 'previously_bounced',
  source: 'bounce',
  createdAt: 0,
};

describe('a store that answers nonsense', () => {
  // Every answer here is the store failing, not "nothing applies": the address is on the list.
  it.each([
    ['an empty array', []],
    ['an object', {}],
    ['a number', 42],
    ['null', null],
    ['an array one entry short', [[bounced]]],
    ['an array one entry long', (keys: readonly string[]) => new Array(keys.length + 1)],
    ['an entry that is not a list', [bounced, undefined]],
    ['an entry without a reason', [[{ ...bounced, reason: undefined }], undefined]],
    ['an entry with an unknown reason', [[{ ...bounced, reason: 'maybe' }], undefined]],
    ['an entry without a scope', [[{ ...bounced, scope: undefined }], undefined]],
  ])('should refuse to send when the suppression store answers %s', async (_name, answer) => {
    const stores = memoryStores();
    const suppressions: SuppressionStore = {
      ...stores.suppressions,
      // One entry per key asked for: a function answers relative to the keys it is given.
      lookup: async (_tenant, keys) =>
        (typeof answer === 'function' ? answer(keys) : answer) as never,
    };
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores: { suppressions } });
    const outcome = (await gate.send(aRequest()))._unsafeUnwrapErr();
    expect(outcome).toMatchObject({ reason: 'suppression_store_unavailable', stage: 'policy' });
    expect(outcome.detail).toContain('does not understand');
    // Two recipients, so the bulk lookup asks the same number of keys as the single send.
    const bob = aRequest({ recipient: { id: 'r-2', addresses: [{ address: 'bob@example.net' }] } });
    const bulk = await gate.sendBulk([aRequest(), bob]).done();
    expect(bulk.byReason.suppression_store_unavailable).toBe(2);
    expect(transport.sent).toHaveLength(0);
  });

  it.each([
    ['an empty array', []],
    ['NaN', [Number.NaN, Number.NaN]],
    ['a negative count', [-1, 0]],
    ['strings', ['0', '0']],
  ])('should refuse to send when the counter store answers %s', async (_name, answer) => {
    const stores = memoryStores();
    const counters: CounterStore = { ...stores.counters, get: async () => answer as never };
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      stores: { counters },
      policies: [
        ...defaultPolicies(),
        frequencyCapPolicy({ max: 1 }),
        monthlyQuotaPolicy({ max: 5 }),
      ],
    });
    expect((await gate.send(aRequest()))._unsafeUnwrapErr().reason).toBe(
      'suppression_store_unavailable',
    );
    expect(transport.sent).toHaveLength(0);
  });

  it.each([
    ['null', null],
    ['an empty array', []],
    ['strings', ['true']],
  ])(
    'should refuse to send when the idempotency store answers a claim with %s',
    async (_name, answer) => {
      const stores = memoryStores();
      const transport = recordingTransport();
      const gate = createMailgate({
        transport,
        stores: { idempotency: { ...stores.idempotency, claim: async () => answer as never } },
      });
      const outcome = (
        await gate.send(aRequest({ context: { idempotencyKey: 'k' } }))
      )._unsafeUnwrapErr();
      expect(outcome.reason).toBe('suppression_store_unavailable');
      expect(transport.sent).toHaveLength(0);
    },
  );

  it('should still send when the store answers well-formed entries that do not block', async () => {
    const stores = memoryStores();
    const suppressions: SuppressionStore = {
      ...stores.suppressions,
      lookup: async (_tenant, keys) => keys.map(() => undefined),
    };
    const gate = createMailgate({ transport: recordingTransport(), stores: { suppressions } });
    expect((await gate.send(aRequest())).isOk()).toBe(true);
  });
});
