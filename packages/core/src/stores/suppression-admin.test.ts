import { describe, expect, it } from 'vitest';
import { createMailgate } from '../gate/create-mailgate';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { memoryStores } from './memory-stores';
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
  forget: () => Promise.reject(new Error('connection refused')),
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

  /** A gate whose store has Ada unsubscribed from two types and bounced for another tenant. */
  async function unsubscribedFromTwoTypes() {
    const stores = memoryStores();
    for (const subscriptionType of ['newsletter', 'vacancies']) {
      await addSuppression(
        stores.suppressions,
        {
          address: 'ada@example.com',
          scope: acme,
          reason: 'unsubscribed_from_type',
          subscriptionType,
        },
        { actor: 'ingest' },
      );
    }
    await addSuppression(
      stores.suppressions,
      { address: 'ada@example.com', scope: { tenant: 'globex' }, reason: 'previously_bounced' },
      { actor: 'ingest' },
    );
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const check = async (subscriptionType: string) => {
      const result = await gate.check(aRequest({ context: { subscriptionType } }));
      return result.isOk() ? 'allowed' : result.error.reason;
    };
    return { store: stores.suppressions, check };
  }

  it('should lift the unsubscribe from one subscription type and keep the others', async () => {
    const { store, check } = await unsubscribedFromTwoTypes();
    expect(await check('newsletter')).toBe('unsubscribed_from_type');
    const resubscribe = { actor: 'support:lisa', note: 'asked for the newsletter again' };
    const lifted = await liftSuppression(
      store,
      { address: 'Ada@Example.com', scope: acme, subscriptionType: 'newsletter' },
      resubscribe,
    );
    expect(lifted._unsafeUnwrap()).toEqual({ lifted: 1 });
    expect(await check('newsletter')).toBe('allowed');
    expect(await check('vacancies')).toBe('unsubscribed_from_type');
    // The same, with the reason spelled out.
    const again = await liftSuppression(
      store,
      {
        address: 'ada@example.com',
        scope: acme,
        reason: 'unsubscribed_from_type',
        subscriptionType: 'vacancies',
      },
      resubscribe,
    );
    expect(again._unsafeUnwrap()).toEqual({ lifted: 1 });
    expect(await check('vacancies')).toBe('allowed');
    const lifts = (await store.audit({ key: 'ada@example.com' })).items.filter(
      (r) => r.action === 'lift',
    );
    expect(lifts).toEqual([
      expect.objectContaining({
        reason: 'unsubscribed_from_type',
        subscriptionType: 'newsletter',
        ...resubscribe,
      }),
      expect.objectContaining({
        reason: 'unsubscribed_from_type',
        subscriptionType: 'vacancies',
        ...resubscribe,
      }),
    ]);
    const [globex] = await store.lookup('globex', ['ada@example.com'], Date.now());
    expect(globex?.map((s) => s.reason)).toEqual(['previously_bounced']);
  });

  it('should lift every subscription type when the lift of unsubscribed_from_type names none', async () => {
    const { store, check } = await unsubscribedFromTwoTypes();
    const lifted = await liftSuppression(
      store,
      { address: 'ada@example.com', scope: acme, reason: 'unsubscribed_from_type' },
      support,
    );
    expect(lifted._unsafeUnwrap()).toEqual({ lifted: 2 });
    expect(await check('newsletter')).toBe('allowed');
    expect(await check('vacancies')).toBe('allowed');
    const lifts = (await store.audit()).items.filter((r) => r.action === 'lift');
    expect(lifts.map((r) => r.subscriptionType)).toEqual(['newsletter', 'vacancies']);
  });

  it('should refuse a subscription type that does not fit the lift, and change nothing', async () => {
    const { store, check } = await unsubscribedFromTwoTypes();
    await addSuppression(
      store,
      { address: 'ada@example.com', scope: acme, reason: 'previously_bounced' },
      { actor: 'ingest' },
    );
    const listed = (await store.list()).items;
    const trail = (await store.audit()).items;
    const cases: [unknown, string][] = [
      [
        { reason: 'previously_bounced', subscriptionType: 'newsletter' },
        'previously_bounced has no subscription type',
      ],
      [
        { reason: 'unsubscribed_from_all', subscriptionType: 'newsletter' },
        'unsubscribed_from_all has no',
      ],
      [{ subscriptionType: 42 }, 'must name a subscription type'],
      [{ subscriptionType: '  ' }, 'must name a subscription type'],
      [{ subscriptionType: null }, 'must name a subscription type'],
      [{ subscriptionType: 'n'.repeat(257) }, 'longer than 256 characters'],
    ];
    for (const [fields, message] of cases) {
      const input = { address: 'ada@example.com', scope: acme, ...(fields as object) };
      const result = await liftSuppression(store, input as never, support);
      expect(result._unsafeUnwrapErr()).toEqual({
        type: 'invalid_input',
        message: expect.stringContaining(message),
      });
    }
    expect((await store.list()).items).toEqual(listed);
    expect((await store.audit()).items).toEqual(trail);
    expect(await check('newsletter')).toBe('unsubscribed_from_type');
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
