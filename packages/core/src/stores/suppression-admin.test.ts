import { describe, expect, it } from 'vitest';
import { memorySuppressionStore } from './memory-suppression-store';
import { addSuppression, liftSuppression, listSuppressions } from './suppression-admin';
import type { SuppressionStore } from './types';

const acme = { tenant: 'acme' } as const;
const support = { actor: 'support:lisa', note: 'address checked, bounce was a typo' };

/** A store whose every call fails, as a database that is down would. */
const brokenStore: SuppressionStore = {
  lookup: () => Promise.reject(new Error('connection refused')),
  add: () => Promise.reject(new Error('connection refused')),
  lift: () => {
    throw new Error('connection refused');
  },
  list: () => Promise.reject('not even an Error'),
  audit: () => Promise.reject(new Error('connection refused')),
};

describe('addSuppression', () => {
  it('should add a normalized address and answer the stored entry', async () => {
    const store = memorySuppressionStore();
    const added = await addSuppression(
      store,
      { address: ' Ann@Bücher.DE ', scope: acme, reason: 'previously_complained', createdAt: 7 },
      { actor: 'admin:bo' },
    );
    expect(added._unsafeUnwrap()).toEqual({
      key: 'ann@xn--bcher-kva.de',
      scope: acme,
      reason: 'previously_complained',
      source: 'admin',
      createdAt: 7,
    });
    const [found] = await store.lookup('acme', ['ann@xn--bcher-kva.de'], 8);
    expect(found).toHaveLength(1);
  });

  it('should add a whole domain, with or without its @', async () => {
    const store = memorySuppressionStore();
    for (const domain of ['Example.org', '@example.net']) {
      const added = await addSuppression(
        store,
        { domain, scope: 'global', reason: 'domain_blocked' },
        { actor: 'admin' },
      );
      expect(added.isOk()).toBe(true);
    }
    const found = await store.lookup('any', ['@example.org', '@example.net'], 0);
    expect(found.map((f) => f?.[0]?.reason)).toEqual(['domain_blocked', 'domain_blocked']);
  });

  it('should refuse what cannot be stored, with a typed error and without throwing', async () => {
    const store = memorySuppressionStore();
    const by = { actor: 'admin' };
    const cases = [
      [{ address: 'no-at-sign', scope: acme, reason: 'previously_bounced' }, 'invalid_address'],
      [{ domain: 'a@b', scope: acme, reason: 'domain_blocked' }, 'invalid_address'],
      [{ address: 'a@b.se', scope: { tenant: '' }, reason: 'previously_bounced' }, 'invalid_input'],
      [{ address: 'a@b.se', scope: acme, reason: 'mailbox_full' }, 'invalid_input'],
      [{ address: 'a@b.se', scope: acme, reason: 'unsubscribed_from_type' }, 'invalid_input'],
      [
        { address: 'a@b.se', domain: 'b.se', scope: acme, reason: 'domain_blocked' },
        'invalid_input',
      ],
      [null, 'invalid_input'],
    ] as const;
    for (const [input, type] of cases) {
      const result = await addSuppression(store, input as never, by);
      expect(result._unsafeUnwrapErr().type).toBe(type);
    }
    const noActor = await addSuppression(
      store,
      { address: 'a@b.se', scope: acme, reason: 'previously_bounced' },
      { actor: ' ' },
    );
    expect(noActor._unsafeUnwrapErr().type).toBe('invalid_input');
    expect((await store.list()).items).toEqual([]);
  });

  it('should turn a failing store into store_failed', async () => {
    const result = await addSuppression(
      brokenStore,
      { address: 'a@b.se', scope: acme, reason: 'previously_bounced' },
      { actor: 'admin' },
    );
    expect(result._unsafeUnwrapErr()).toEqual({
      type: 'store_failed',
      message: 'adding the suppression failed: connection refused',
    });
  });
});

describe('liftSuppression', () => {
  it('should lift a bounce for support and keep who and why in the audit trail', async () => {
    let now = 100;
    const store = memorySuppressionStore({ now: () => now });
    await store.add(
      [{ key: 'cand@example.com', scope: acme, reason: 'previously_bounced', source: 'bounce' }],
      { actor: 'ingest' },
    );
    now = 200;
    const lifted = await liftSuppression(
      store,
      { address: 'CAND@example.com', scope: acme, reason: 'previously_bounced' },
      support,
    );
    expect(lifted._unsafeUnwrap()).toEqual({ lifted: 1 });
    expect(await store.lookup('acme', ['cand@example.com'], 200)).toEqual([undefined]);
    const trail = (await store.audit({ key: 'cand@example.com' })).items;
    expect(trail.at(-1)).toMatchObject({ action: 'lift', ...support, at: 200 });
  });

  it('should require a note that says why', async () => {
    const store = memorySuppressionStore();
    for (const by of [{ actor: 'support' }, { actor: 'support', note: '  ' }]) {
      const result = await liftSuppression(store, { address: 'a@b.se', scope: acme }, by);
      expect(result._unsafeUnwrapErr().type).toBe('note_required');
    }
  });

  it('should answer 0 lifted for an address that is not on the list', async () => {
    const store = memorySuppressionStore();
    const result = await liftSuppression(store, { domain: 'b.se', scope: 'global' }, support);
    expect(result._unsafeUnwrap()).toEqual({ lifted: 0 });
  });

  it('should turn a store that throws synchronously into store_failed', async () => {
    const result = await liftSuppression(brokenStore, { address: 'a@b.se', scope: acme }, support);
    expect(result._unsafeUnwrapErr().type).toBe('store_failed');
  });
});

describe('listSuppressions', () => {
  it('should list by address, and page with the cursor it gives', async () => {
    const store = memorySuppressionStore();
    await store.add(
      Array.from({ length: 3 }, (_, i) => ({
        key: `u${i}@example.com`,
        scope: acme,
        reason: 'previously_bounced' as const,
        source: 'bounce',
      })),
      { actor: 'ingest' },
    );
    const byAddress = await listSuppressions(store, { address: 'U1@Example.com' });
    expect(byAddress._unsafeUnwrap().items.map((s) => s.key)).toEqual(['u1@example.com']);
    const first = (await listSuppressions(store, { scope: acme, limit: 2 }))._unsafeUnwrap();
    const rest = await listSuppressions(store, { scope: acme, limit: 2, cursor: first.cursor! });
    expect(rest._unsafeUnwrap().items.map((s) => s.key)).toEqual(['u2@example.com']);
  });

  it('should refuse a bad filter, and report a failing store', async () => {
    const store = memorySuppressionStore();
    const badLimit = await listSuppressions(store, { limit: 0 });
    expect(badLimit._unsafeUnwrapErr().type).toBe('invalid_input');
    const badReason = await listSuppressions(store, { reason: 'nope' as never });
    expect(badReason._unsafeUnwrapErr().type).toBe('invalid_input');
    const failed = await listSuppressions(brokenStore);
    expect(failed._unsafeUnwrapErr()).toEqual({
      type: 'store_failed',
      message: 'listing suppressions failed: not even an Error',
    });
  });
});
