import { describe, expect, it } from 'vitest';
import { memorySuppressionStore } from './memory-suppression-store';
import type { SuppressionInput } from './types';

const acme = { tenant: 'acme' } as const;
const globex = { tenant: 'globex' } as const;
const support = { actor: 'support:lisa', note: 'checked with the candidate' };

function clock(start = 1_000) {
  let now = start;
  return { now: () => now, set: (t: number) => (now = t) };
}

function entry(key: string, fields: Partial<SuppressionInput> = {}): SuppressionInput {
  return { key, scope: acme, reason: 'previously_bounced', source: 'bounce', ...fields };
}

describe('memorySuppressionStore lookup', () => {
  it('should answer undefined for keys that are not suppressed, in the order of the keys', async () => {
    const store = memorySuppressionStore();
    await store.add([entry('b@example.com')], { actor: 'ingest' });
    const found = await store.lookup('acme', ['a@example.com', 'b@example.com', 'c@x.org'], 0);
    expect(found).toHaveLength(3);
    expect(found[0]).toBeUndefined();
    expect(found[1]?.map((s) => s.key)).toEqual(['b@example.com']);
    expect(found[2]).toBeUndefined();
  });

  it("should apply a tenant's entries to that tenant only, and global entries to every tenant", async () => {
    const store = memorySuppressionStore();
    await store.add(
      [
        entry('own@example.com'),
        entry('all@example.com', { scope: 'global', reason: 'previously_complained' }),
      ],
      { actor: 'ingest' },
    );
    const [ownForAcme, allForAcme] = await store.lookup(
      'acme',
      ['own@example.com', 'all@example.com'],
      0,
    );
    const [ownForGlobex, allForGlobex] = await store.lookup(
      'globex',
      ['own@example.com', 'all@example.com'],
      0,
    );
    expect(ownForAcme).toEqual([expect.objectContaining({ scope: acme })]);
    expect(allForAcme).toEqual([expect.objectContaining({ scope: 'global' })]);
    expect(ownForGlobex).toBeUndefined();
    expect(allForGlobex).toEqual([
      expect.objectContaining({ scope: 'global', reason: 'previously_complained' }),
    ]);
    expect(await store.lookup('never-seen', ['own@example.com'], 0)).toEqual([undefined]);
  });

  it('should answer every entry of a key: global first, then per reason and type', async () => {
    const store = memorySuppressionStore({ now: () => 5 });
    await store.add(
      [
        entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: 'news' }),
        entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: 'events' }),
        entry('a@example.com', { scope: 'global', reason: 'recipient_opted_out_of_platform' }),
        entry('a@example.com', { reason: 'previously_bounced' }),
      ],
      { actor: 'ingest' },
    );
    const [found] = await store.lookup('acme', ['a@example.com'], 10);
    expect(found).toEqual([
      {
        key: 'a@example.com',
        scope: 'global',
        reason: 'recipient_opted_out_of_platform',
        source: 'bounce',
        createdAt: 5,
      },
      {
        key: 'a@example.com',
        scope: acme,
        reason: 'unsubscribed_from_type',
        subscriptionType: 'news',
        source: 'bounce',
        createdAt: 5,
      },
      expect.objectContaining({ subscriptionType: 'events' }),
      expect.objectContaining({ reason: 'previously_bounced' }),
    ]);
  });

  it('should leave out entries that have expired at the time asked about', async () => {
    const store = memorySuppressionStore();
    await store.add(
      [
        entry('a@example.com', { reason: 'previously_bounced', expiresAt: 100 }),
        entry('a@example.com', { reason: 'previously_complained' }),
        entry('b@example.com', { expiresAt: 100 }),
      ],
      { actor: 'ingest' },
    );
    const before = await store.lookup('acme', ['a@example.com', 'b@example.com'], 99);
    const after = await store.lookup('acme', ['a@example.com', 'b@example.com'], 100);
    expect(before[0]).toHaveLength(2);
    expect(before[1]).toEqual([expect.objectContaining({ expiresAt: 100 })]);
    expect(after[0]?.map((s) => s.reason)).toEqual(['previously_complained']);
    expect(after[1]).toBeUndefined();
  });

  it('should find domain entries under their @domain key', async () => {
    const store = memorySuppressionStore();
    await store.add([entry('@Bücher.DE', { reason: 'domain_blocked' })], { actor: 'admin' });
    const [found] = await store.lookup('acme', ['@xn--bcher-kva.de'], 0);
    expect(found?.[0]).toMatchObject({ key: '@xn--bcher-kva.de', reason: 'domain_blocked' });
  });

  it('should find domain entries in either scope, and none once they are lifted', async () => {
    const store = memorySuppressionStore();
    const keys = ['a@x.example', '@x.example', '@y.example', 'b@y.example'];
    await store.add([entry('a@x.example')], { actor: 'admin' });
    expect((await store.lookup('acme', keys, 0)).map((hits) => hits?.length)).toEqual([
      1,
      undefined,
      undefined,
      undefined,
    ]);
    await store.add(
      [
        entry('@x.example', { reason: 'domain_blocked', scope: 'global' }),
        entry('@y.example', { reason: 'domain_blocked' }),
      ],
      { actor: 'admin' },
    );
    expect((await store.lookup('acme', keys, 0)).map((hits) => hits?.length)).toEqual([
      1,
      1,
      1,
      undefined,
    ]);
    await store.lift(
      [
        { key: '@x.example', scope: 'global' },
        { key: '@y.example', scope: { tenant: 'acme' } },
      ],
      { actor: 'admin', note: 'test' },
    );
    expect((await store.lookup('acme', keys, 0)).map((hits) => hits?.length)).toEqual([
      1,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('memorySuppressionStore add', () => {
  it('should normalize the keys it is given', async () => {
    const store = memorySuppressionStore();
    await store.add([entry('  Ann.Smith@Example.COM ')], { actor: 'admin' });
    const [found] = await store.lookup('acme', ['ann.smith@example.com'], 0);
    expect(found?.[0]?.key).toBe('ann.smith@example.com');
  });

  it('should skip entries it cannot store, without throwing', async () => {
    const store = memorySuppressionStore();
    const bad = [
      entry('not-an-address'),
      entry('@'),
      entry('a@example.com', { reason: 'mailbox_full' as never }),
      entry('b@example.com', { reason: 'unsubscribed_from_type' }),
      entry('c@example.com', { scope: { tenant: 42 } as never }),
      null as never,
    ];
    await expect(store.add(bad, { actor: 'admin' })).resolves.toBeUndefined();
    expect((await store.list()).items).toEqual([]);
    expect((await store.audit()).items).toEqual([]);
  });

  it('should keep one entry when the same entry is added twice, and extend a longer expiry', async () => {
    const time = clock(10);
    const store = memorySuppressionStore({ now: time.now });
    await store.add([entry('a@example.com', { expiresAt: 100 })], { actor: 'ingest' });
    await store.add([entry('a@example.com', { expiresAt: 50 })], { actor: 'ingest' });
    expect((await store.lookup('acme', ['a@example.com'], 20))[0]).toEqual([
      expect.objectContaining({ expiresAt: 100 }),
    ]);
    await store.add([entry('a@example.com')], { actor: 'ingest' });
    const [found] = await store.lookup('acme', ['a@example.com'], 1_000);
    expect(found).toHaveLength(1);
    expect(found?.[0]?.expiresAt).toBeUndefined();
    expect((await store.audit()).items.map((r) => r.action)).toEqual(['add', 'add']);
  });

  it('should renew an entry that had expired when it is added again', async () => {
    const time = clock(10);
    const store = memorySuppressionStore({ now: time.now });
    await store.add([entry('a@example.com', { expiresAt: 20 })], { actor: 'ingest' });
    time.set(30);
    await store.add([entry('a@example.com', { expiresAt: 25 })], { actor: 'ingest' });
    expect((await store.lookup('acme', ['a@example.com'], 24))[0]).toEqual([
      expect.objectContaining({ createdAt: 30, expiresAt: 25 }),
    ]);
  });
});

describe('memorySuppressionStore lift and audit', () => {
  it('should lift an entry from lookups and record who lifted it, why and when', async () => {
    const time = clock(1_000);
    const store = memorySuppressionStore({ now: time.now });
    await store.add([entry('cand@example.com')], { actor: 'ingest', note: 'hard bounce' });
    time.set(2_000);
    const lifted = await store.lift([{ key: 'Cand@Example.com', scope: acme }], support);
    expect(lifted).toBe(1);
    expect(await store.lookup('acme', ['cand@example.com'], 2_000)).toEqual([undefined]);
    expect((await store.audit({ key: 'cand@example.com' })).items).toEqual([
      {
        action: 'add',
        key: 'cand@example.com',
        scope: acme,
        reason: 'previously_bounced',
        actor: 'ingest',
        note: 'hard bounce',
        at: 1_000,
      },
      {
        action: 'lift',
        key: 'cand@example.com',
        scope: acme,
        reason: 'previously_bounced',
        actor: 'support:lisa',
        note: 'checked with the candidate',
        at: 2_000,
      },
    ]);
  });

  it('should lift only the given reason, in the given scope', async () => {
    const store = memorySuppressionStore();
    await store.add(
      [
        entry('a@example.com', { reason: 'previously_bounced' }),
        entry('a@example.com', { reason: 'previously_complained' }),
        entry('a@example.com', { scope: globex }),
        entry('a@example.com', { scope: 'global' }),
      ],
      { actor: 'ingest' },
    );
    const lifted = await store.lift(
      [{ key: 'a@example.com', scope: acme, reason: 'previously_bounced' }],
      support,
    );
    expect(lifted).toBe(1);
    const [acmeSees] = await store.lookup('acme', ['a@example.com'], 0);
    const [globexSees] = await store.lookup('globex', ['a@example.com'], 0);
    expect(acmeSees?.map((s) => [s.scope, s.reason])).toEqual([
      ['global', 'previously_bounced'],
      [acme, 'previously_complained'],
    ]);
    expect(globexSees).toHaveLength(2);
  });

  it('should lift one subscription type and leave the other types suppressed', async () => {
    const time = clock(1_000);
    const store = memorySuppressionStore({ now: time.now });
    const typed = (type: string) =>
      entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: type });
    await store.add([typed('newsletter'), typed('vacancies'), entry('a@example.com')], {
      actor: 'ingest',
    });
    time.set(2_000);
    const lifted = await store.lift(
      [
        { key: 'a@example.com', scope: acme, subscriptionType: 'newsletter' },
        // A type never stored matches nothing; it is not taken for "every type".
        { key: 'a@example.com', scope: acme, subscriptionType: 'events' },
      ],
      support,
    );
    expect(lifted).toBe(1);
    const [found] = await store.lookup('acme', ['a@example.com'], 2_000);
    expect(found?.map((s) => [s.reason, s.subscriptionType])).toEqual([
      ['unsubscribed_from_type', 'vacancies'],
      ['previously_bounced', undefined],
    ]);
    const lifts = (await store.audit()).items.filter((r) => r.action === 'lift');
    expect(lifts).toEqual([
      {
        action: 'lift',
        key: 'a@example.com',
        scope: acme,
        reason: 'unsubscribed_from_type',
        subscriptionType: 'newsletter',
        ...support,
        at: 2_000,
      },
    ]);
  });

  it('should lift every subscription type when a lift of unsubscribed_from_type names none', async () => {
    const store = memorySuppressionStore();
    const typed = (type: string) =>
      entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: type });
    await store.add([typed('newsletter'), typed('vacancies'), entry('a@example.com')], {
      actor: 'ingest',
    });
    const lifted = await store.lift(
      [{ key: 'a@example.com', scope: acme, reason: 'unsubscribed_from_type' }],
      support,
    );
    expect(lifted).toBe(2);
    const [found] = await store.lookup('acme', ['a@example.com'], 0);
    expect(found?.map((s) => s.reason)).toEqual(['previously_bounced']);
    const lifts = (await store.audit()).items.filter((r) => r.action === 'lift');
    expect(lifts.map((r) => r.subscriptionType)).toEqual(['newsletter', 'vacancies']);
  });

  it('should skip a lift that names a subscription type with another reason', async () => {
    const store = memorySuppressionStore();
    await store.add(
      [
        entry('a@example.com'),
        entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: 'news' }),
      ],
      { actor: 'ingest' },
    );
    const before = (await store.audit()).items;
    const lifts = [
      { key: 'a@example.com', scope: acme, reason: 'previously_bounced', subscriptionType: 'news' },
      { key: 'a@example.com', scope: acme, subscriptionType: '' },
      { key: 'a@example.com', scope: acme, subscriptionType: 42 },
    ];
    expect(await store.lift(lifts as never, support)).toBe(0);
    expect((await store.lookup('acme', ['a@example.com'], 0))[0]).toHaveLength(2);
    expect((await store.audit()).items).toEqual(before);
  });

  it('should answer 0 for lifts of what is not there, and record nothing', async () => {
    const store = memorySuppressionStore();
    expect(await store.lift([{ key: 'a@example.com', scope: acme }], support)).toBe(0);
    expect(await store.lift([{ key: 'nonsense', scope: acme }], support)).toBe(0);
    expect((await store.audit()).items).toEqual([]);
  });

  it('should allow a lifted entry to be added again', async () => {
    const store = memorySuppressionStore();
    await store.add([entry('a@example.com')], { actor: 'ingest' });
    await store.lift([{ key: 'a@example.com', scope: acme }], support);
    await store.add([entry('a@example.com')], { actor: 'ingest' });
    expect((await store.lookup('acme', ['a@example.com'], 0))[0]).toHaveLength(1);
    const actions = (await store.audit()).items.map((r) => r.action);
    expect(actions).toEqual(['add', 'lift', 'add']);
  });

  it('should page through the audit trail with a cursor', async () => {
    const store = memorySuppressionStore();
    const keys = Array.from({ length: 5 }, (_, i) => `u${i}@example.com`);
    await store.add(
      keys.map((key) => entry(key)),
      { actor: 'import' },
    );
    const first = await store.audit({ limit: 2 });
    const second = await store.audit({ limit: 2, cursor: first.cursor });
    const third = await store.audit({ limit: 2, cursor: second.cursor });
    expect([...first.items, ...second.items, ...third.items].map((r) => r.key)).toEqual(keys);
    expect(third.cursor).toBeUndefined();
  });
});

describe('memorySuppressionStore list', () => {
  it('should page through all entries in force with a cursor', async () => {
    const store = memorySuppressionStore();
    const keys = Array.from({ length: 25 }, (_, i) => `user${i}@example.com`);
    await store.add(
      keys.map((key) => entry(key)),
      { actor: 'import' },
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.list({ limit: 10, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((s) => s.key));
      cursor = page.cursor;
      pages++;
    } while (cursor !== undefined);
    expect(seen).toEqual(keys);
    expect(pages).toBe(3);
  });

  it('should filter by scope, reason and key, and leave out lifted and expired entries', async () => {
    const time = clock(50);
    const store = memorySuppressionStore({ now: time.now });
    await store.add(
      [
        entry('a@example.com'),
        entry('a@example.com', { reason: 'previously_complained' }),
        entry('b@example.com', { scope: 'global' }),
        entry('c@example.com', { scope: globex }),
        entry('d@example.com', { expiresAt: 40 }),
        entry('e@example.com'),
      ],
      { actor: 'ingest' },
    );
    await store.lift([{ key: 'e@example.com', scope: acme }], support);
    const keysOf = async (filter: Parameters<typeof store.list>[0]) =>
      (await store.list(filter)).items.map((s) => `${s.key}:${s.reason}`);
    expect(await keysOf({ scope: acme })).toEqual([
      'a@example.com:previously_bounced',
      'a@example.com:previously_complained',
    ]);
    expect(await keysOf({ scope: 'global' })).toEqual(['b@example.com:previously_bounced']);
    expect(await keysOf({ reason: 'previously_complained' })).toEqual([
      'a@example.com:previously_complained',
    ]);
    expect(await keysOf({ key: 'A@EXAMPLE.COM' })).toHaveLength(2);
    expect(await keysOf({ key: 'c@example.com', scope: acme })).toEqual([]);
    expect(await keysOf({ scope: { tenant: 'nobody' } })).toEqual([]);
  });

  it('should page a key filter too, and answer an empty page for a foreign cursor', async () => {
    const store = memorySuppressionStore();
    await store.add(
      [
        entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: 'x' }),
        entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: 'y' }),
        entry('a@example.com', { reason: 'unsubscribed_from_type', subscriptionType: 'z' }),
      ],
      { actor: 'import' },
    );
    const first = await store.list({ key: 'a@example.com', limit: 2 });
    const second = await store.list({ key: 'a@example.com', limit: 2, cursor: first.cursor });
    expect([...first.items, ...second.items].map((s) => s.subscriptionType)).toEqual([
      'x',
      'y',
      'z',
    ]);
    expect(second.cursor).toBeUndefined();
    expect(await store.list({ cursor: 'not-a-cursor' })).toEqual({ items: [] });
  });
});

describe('memorySuppressionStore as a value', () => {
  it('should keep working when spread into a wrapper that replaces one method', async () => {
    const store = memorySuppressionStore();
    let lookups = 0;
    const wrapped = {
      ...store,
      lookup: (...args: Parameters<typeof store.lookup>) => {
        lookups++;
        return store.lookup(...args);
      },
    };
    await wrapped.add([entry('a@example.com')], { actor: 'ingest' });
    expect((await wrapped.lookup('acme', ['a@example.com'], 0))[0]).toHaveLength(1);
    expect((await wrapped.list()).items).toHaveLength(1);
    expect(lookups).toBe(1);
  });
});
