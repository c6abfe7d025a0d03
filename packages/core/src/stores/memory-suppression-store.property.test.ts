import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySuppressionStore } from './memory-suppression-store';
import type { Suppression, SuppressionReason, SuppressionScope } from './types';

// The reference model: a plain array per key, with the store's documented rules for a
// repeated add (no-op while in force unless it lasts longer) and for lifts (by reason,
// and by subscription type).

type Model = Map<string, Suppression[]>;

const keys = ['a@x.com', 'b@x.com', '@x.com'];
const tenants = ['t1', 't2'];
const reasons: SuppressionReason[] = ['previously_bounced', 'unsubscribed_from_type'];
const types = ['news', 'events'];

const scopeArb = fc.constantFrom<SuppressionScope>('global', { tenant: 't1' }, { tenant: 't2' });
const addArb = fc.record({
  op: fc.constant('add' as const),
  key: fc.constantFrom(...keys),
  scope: scopeArb,
  reason: fc.constantFrom(...reasons),
  type: fc.constantFrom(...types),
  expiresAt: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
});
const liftArb = fc.record({
  op: fc.constant('lift' as const),
  key: fc.constantFrom(...keys),
  scope: scopeArb,
  reason: fc.option(fc.constantFrom(...reasons), { nil: undefined }),
  type: fc.option(fc.constantFrom(...types, 'never-stored'), { nil: undefined }),
});
const tickArb = fc.record({
  op: fc.constant('tick' as const),
  by: fc.integer({ min: 1, max: 10 }),
});

const sameScope = (a: SuppressionScope, b: SuppressionScope) =>
  a === 'global' || b === 'global' ? a === b : a.tenant === b.tenant;

function addToModel(model: Model, entry: Suppression, now: number): void {
  const list = model.get(entry.key) ?? [];
  const i = list.findIndex(
    (s) =>
      sameScope(s.scope, entry.scope) &&
      s.reason === entry.reason &&
      s.subscriptionType === entry.subscriptionType,
  );
  const current = i < 0 ? undefined : (list[i]!.expiresAt ?? Number.POSITIVE_INFINITY);
  const next = entry.expiresAt ?? Number.POSITIVE_INFINITY;
  if (current === undefined) list.push(entry);
  else if (current <= now || next > current) list[i] = entry;
  model.set(entry.key, list);
}

function liftFromModel(
  model: Model,
  key: string,
  scope: SuppressionScope,
  reason?: string,
  type?: string,
) {
  // A type names an `unsubscribed_from_type` entry; with another reason it matches nothing.
  if (type !== undefined && reason !== undefined && reason !== 'unsubscribed_from_type') return 0;
  const wanted = type === undefined ? reason : 'unsubscribed_from_type';
  const list = model.get(key) ?? [];
  const kept = list.filter(
    (s) =>
      !(
        sameScope(s.scope, scope) &&
        (!wanted || s.reason === wanted) &&
        (type === undefined || s.subscriptionType === type)
      ),
  );
  model.set(key, kept);
  return list.length - kept.length;
}

const describeEntry = (s: Suppression) =>
  `${s.scope === 'global' ? '*' : s.scope.tenant}|${s.reason}|${s.subscriptionType ?? ''}|${s.expiresAt ?? ''}|${s.createdAt}`;

describe('memorySuppressionStore against a reference model', () => {
  it('should give the same lookups as a Map of arrays after any adds and lifts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(addArb, addArb, liftArb, tickArb), { maxLength: 60 }),
        async (operations) => {
          let now = 0;
          const store = memorySuppressionStore({ now: () => now });
          const model: Model = new Map();
          for (const operation of operations) {
            if (operation.op === 'tick') {
              now += operation.by;
            } else if (operation.op === 'add') {
              const typed = operation.reason === 'unsubscribed_from_type';
              const entry: Suppression = {
                key: operation.key,
                scope: operation.scope,
                reason: operation.reason,
                source: 'test',
                createdAt: now,
                ...(typed ? { subscriptionType: operation.type } : {}),
                ...(operation.expiresAt === undefined ? {} : { expiresAt: operation.expiresAt }),
              };
              addToModel(model, entry, now);
              await store.add([entry], { actor: 'test' });
            } else {
              const { key, scope, reason, type } = operation;
              const expected = liftFromModel(model, key, scope, reason, type);
              const lift = {
                key,
                scope,
                ...(reason === undefined ? {} : { reason }),
                ...(type === undefined ? {} : { subscriptionType: type }),
              };
              expect(await store.lift([lift], { actor: 'test', note: 'n' })).toBe(expected);
            }
          }
          for (const tenant of [...tenants, 'none']) {
            const found = await store.lookup(tenant, keys, now);
            keys.forEach((key, i) => {
              const expected = (model.get(key) ?? [])
                .filter((s) => s.scope === 'global' || s.scope.tenant === tenant)
                .filter((s) => (s.expiresAt ?? Number.POSITIVE_INFINITY) > now)
                .map(describeEntry)
                .sort();
              const actual = (found[i] ?? []).map(describeEntry).sort();
              expect(actual).toEqual(expected);
              if (expected.length === 0) expect(found[i]).toBeUndefined();
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
