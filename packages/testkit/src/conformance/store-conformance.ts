import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { AuditRecord, Page, Stores, Suppression, SuppressionStore } from '@mailgate/core';
import { type ConformanceStores, mailingStoreCases } from './mailing-store-conformance';

/** The clock the stores under test run on: cases move it instead of sleeping. */
export interface ConformanceClock {
  /** The suite's current time (ms since the epoch). */
  now(): number;
  /** Moves the suite's clock to `ms`. */
  set(ms: number): void;
}

/** Options of `testStores`: a name, how to create the stores on the suite's clock, how to close them. */
export interface StoreConformanceOptions<S extends ConformanceStores = ConformanceStores> {
  /** Shown in the test names: 'memory', 'postgres (PGlite)', 'redis', … */
  readonly name: string;
  /**
   * Makes the stores under test, once for all cases, on `now` (pass it as the stores'
   * clock). Leave out the stores you do not implement. Cases use keys and tenants of
   * their own, so the stores may hold other data, and need not be emptied between cases.
   */
  readonly create: (now: () => number) => S | Promise<S>;
  /** Closes what `create` opened. */
  readonly close?: (stores: S) => void | Promise<void>;
}

/** One case of the store conformance suite. */
export interface StoreConformanceCase {
  readonly store: keyof ConformanceStores;
  readonly name: string;
  /** Runs the case against the stores; throws (an assertion) when they break the contract. */
  run(stores: ConformanceStores, clock: ConformanceClock): Promise<void>;
}

/** Values that have broken stores: SQL, quotes, NUL, half a surrogate pair, RTL, emoji. */
export const hostileStrings: readonly string[] = [
  "'; DROP TABLE mailgate_suppressions; --",
  'x"); DELETE FROM mailgate_counters; --',
  '\\\'\\"%_*?[]{}$1',
  'nul\u0000in the middle',
  '\u0001marker',
  'half \uD800 pair',
  'half \uDC00 low',
  'replacement \uFFFD',
  'emoji 😀 and ZWJ 👩‍👩‍👧',
  'right-to-left \u202Eevil',
  'combining é vs é',
  'x'.repeat(2000),
];

/** Addresses that normalize, including the awkward ones. */
const awkwardAddresses = [
  "o'brien@example.com",
  'josé@xn--bcher-kva.de',
  '\uD800lone@example.com',
  'a%b@example.com',
  '😀@example.com',
];

const T0 = 1_700_000_000_000;
const MINUTE = 60_000;

let sequence = 0;
/** A prefix no other case (or earlier run against the same database) uses. */
export function unique(): string {
  sequence++;
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}${sequence}`;
}

const by = { actor: 'conformance', note: 'store conformance suite' };

function suppressions(stores: Partial<Stores>): SuppressionStore {
  assert.ok(stores.suppressions, 'no suppression store');
  return stores.suppressions;
}

/**
 * The arrange step most suppression cases share: the store, names no other case uses (a
 * tenant and a key), and the clock at T0.
 */
function arrange(stores: Partial<Stores>, clock: ConformanceClock) {
  const id = unique();
  clock.set(T0);
  return { store: suppressions(stores), id, tenant: `t-${id}`, key: `k-${id}@example.com` };
}

export async function all<T>(read: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await read(cursor);
    items.push(...page.items);
    if (page.cursor === undefined) return items;
    assert.notEqual(page.cursor, cursor, 'a cursor must move on');
    cursor = page.cursor;
  }
  throw new Error('more than 1000 pages: the cursor does not end');
}

/** Entries without their order, for stores that keep another. */
function sorted(entries: readonly Suppression[] | undefined): string[] | undefined {
  return entries?.map((entry) => JSON.stringify(entry, Object.keys(entry).sort())).sort();
}

const cases: StoreConformanceCase[] = [];
const suppressionCase = (name: string, run: StoreConformanceCase['run']) =>
  cases.push({ store: 'suppressions', name, run });
const counterCase = (name: string, run: StoreConformanceCase['run']) =>
  cases.push({ store: 'counters', name, run });
const idempotencyCase = (name: string, run: StoreConformanceCase['run']) =>
  cases.push({ store: 'idempotency', name, run });

suppressionCase(
  'answers undefined for keys not suppressed, in the order of the keys',
  async (stores, clock) => {
    const { store, id, tenant } = arrange(stores, clock);
    await store.add(
      [
        {
          key: `b-${id}@example.com`,
          scope: { tenant },
          reason: 'previously_bounced',
          source: 'bounce',
        },
      ],
      by,
    );
    const found = await store.lookup(
      tenant,
      [`a-${id}@example.com`, `b-${id}@example.com`, `c-${id}@example.com`, `b-${id}@example.com`],
      T0,
    );
    assert.equal(found.length, 4);
    assert.equal(found[0], undefined);
    assert.equal(found[2], undefined);
    assert.deepEqual(found[1], [
      {
        key: `b-${id}@example.com`,
        scope: { tenant },
        reason: 'previously_bounced',
        source: 'bounce',
        createdAt: T0,
      },
    ]);
    assert.deepEqual(found[3], found[1]);
    assert.deepEqual(await store.lookup(tenant, [], T0), []);
  },
);

suppressionCase(
  "applies a tenant's entries to that tenant only, and global ones to every tenant",
  async (stores, clock) => {
    const store = suppressions(stores);
    const id = unique();
    const [acme, other] = [`acme-${id}`, `other-${id}`];
    const key = `ann-${id}@example.com`;
    const global = `bob-${id}@example.com`;
    clock.set(T0);
    await store.add(
      [
        { key, scope: { tenant: acme }, reason: 'unsubscribed_from_all', source: 'link' },
        { key: global, scope: 'global', reason: 'previously_complained', source: 'ses' },
      ],
      by,
    );
    const [acmeAnn, acmeBob] = await store.lookup(acme, [key, global], T0);
    assert.equal(acmeAnn?.[0]?.reason, 'unsubscribed_from_all');
    assert.deepEqual(acmeBob?.[0]?.scope, 'global');
    const [otherAnn, otherBob] = await store.lookup(other, [key, global], T0);
    assert.equal(otherAnn, undefined, "another tenant's entry must not apply");
    assert.equal(otherBob?.[0]?.reason, 'previously_complained');
  },
);

suppressionCase(
  'answers every entry of a key: both scopes, every reason and type',
  async (stores, clock) => {
    const { store, tenant, key } = arrange(stores, clock);
    await store.add(
      [
        {
          key,
          scope: { tenant },
          reason: 'unsubscribed_from_type',
          subscriptionType: 'news',
          source: 'a',
        },
        {
          key,
          scope: { tenant },
          reason: 'unsubscribed_from_type',
          subscriptionType: 'jobs',
          source: 'a',
        },
        { key, scope: { tenant }, reason: 'previously_bounced', source: 'b' },
        { key, scope: 'global', reason: 'address_flagged_invalid', source: 'c' },
      ],
      by,
    );
    const [found] = await store.lookup(tenant, [key], T0);
    assert.deepEqual(
      found
        ?.map((e) => `${e.scope === 'global' ? 'g' : 't'}:${e.reason}:${e.subscriptionType ?? ''}`)
        .sort(),
      [
        'g:address_flagged_invalid:',
        't:previously_bounced:',
        't:unsubscribed_from_type:jobs',
        't:unsubscribed_from_type:news',
      ],
    );
  },
);

suppressionCase(
  'leaves out entries expired at the time asked about, in lookup and list',
  async (stores, clock) => {
    const { store, tenant, key } = arrange(stores, clock);
    await store.add(
      [
        {
          key,
          scope: { tenant },
          reason: 'previously_bounced',
          source: 'x',
          expiresAt: T0 + MINUTE,
        },
      ],
      by,
    );
    assert.equal(
      (await store.lookup(tenant, [key], T0 + MINUTE - 1))[0]?.[0]?.expiresAt,
      T0 + MINUTE,
    );
    assert.equal((await store.lookup(tenant, [key], T0 + MINUTE))[0], undefined);
    clock.set(T0 + MINUTE - 1);
    assert.equal((await store.list({ scope: { tenant } })).items.length, 1);
    clock.set(T0 + MINUTE);
    assert.deepEqual((await store.list({ scope: { tenant } })).items, []);
  },
);

suppressionCase(
  'finds domain entries under their @domain key, in either scope',
  async (stores, clock) => {
    const { store, id, tenant } = arrange(stores, clock);
    await store.add(
      [
        {
          key: `@BLOCKED-${id}.example`,
          scope: { tenant },
          reason: 'domain_blocked',
          source: 'admin',
        },
        {
          key: `@global-${id}.example`,
          scope: 'global',
          reason: 'domain_blocked',
          source: 'admin',
        },
      ],
      by,
    );
    const found = await store.lookup(
      tenant,
      [`@blocked-${id}.example`, `@global-${id}.example`, `x@blocked-${id}.example`],
      T0,
    );
    assert.equal(found[0]?.[0]?.key, `@blocked-${id}.example`);
    assert.equal(found[1]?.[0]?.key, `@global-${id}.example`);
    assert.equal(found[2], undefined);
  },
);

suppressionCase(
  'normalizes keys, and skips entries it cannot store without throwing',
  async (stores, clock) => {
    const { store, id, tenant } = arrange(stores, clock);
    const bad: unknown[] = [
      { key: 'not an address', scope: { tenant }, reason: 'previously_bounced', source: 'x' },
      { key: `a-${id}@example.com`, scope: { tenant }, reason: 'no_such_reason', source: 'x' },
      {
        key: `b-${id}@example.com`,
        scope: { tenant },
        reason: 'unsubscribed_from_type',
        source: 'x',
      },
      {
        key: `c-${id}@example.com`,
        scope: { tenant: '' },
        reason: 'previously_bounced',
        source: 'x',
      },
      { key: `d-${id}@example.com`, scope: 'everyone', reason: 'previously_bounced', source: 'x' },
      { key: 42, scope: { tenant }, reason: 'previously_bounced', source: 'x' },
      null,
    ];
    await store.add(
      [
        ...(bad as never[]),
        {
          key: `  Ann-${id}@EXAMPLE.com `,
          scope: { tenant },
          reason: 'previously_bounced',
          source: 'x',
        },
      ],
      by,
    );
    const listed = await all((cursor) => store.list({ scope: { tenant }, cursor }));
    assert.deepEqual(
      listed.map((e) => e.key),
      [`ann-${id}@example.com`],
    );
    const audit = await store.audit({ key: `ann-${id}@example.com` });
    assert.equal(audit.items.length, 1);
    for (const key of [`a-${id}@example.com`, `b-${id}@example.com`, `c-${id}@example.com`]) {
      assert.deepEqual((await store.audit({ key })).items, [], `no audit record for ${key}`);
    }
  },
);

suppressionCase(
  'keeps one entry for the same entry added twice, and extends a longer expiry',
  async (stores, clock) => {
    const store = suppressions(stores);
    const id = unique();
    const tenant = `t-${id}`;
    const key = `k-${id}@example.com`;
    const entry = { key, scope: { tenant }, reason: 'previously_bounced', source: 'x' } as const;
    clock.set(T0);
    await store.add([{ ...entry, expiresAt: T0 + MINUTE }], by);
    await store.add([{ ...entry, expiresAt: T0 + 30_000 }], by);
    await store.add([{ ...entry, expiresAt: T0 + 2 * MINUTE }], by);
    const listed = (await store.list({ scope: { tenant } })).items;
    assert.equal(listed.length, 1);
    assert.equal(listed[0]?.expiresAt, T0 + 2 * MINUTE);
    const actions = (await store.audit({ key })).items.map((r) => r.action);
    assert.deepEqual(actions, ['add', 'add'], 'the no-op add is not recorded');
  },
);

suppressionCase(
  'renews an entry that had expired when it is added again',
  async (stores, clock) => {
    const { store, tenant, key } = arrange(stores, clock);
    await store.add(
      [
        {
          key,
          scope: { tenant },
          reason: 'previously_bounced',
          source: 'a',
          expiresAt: T0 + MINUTE,
        },
      ],
      by,
    );
    clock.set(T0 + 2 * MINUTE);
    await store.add(
      [
        {
          key,
          scope: { tenant },
          reason: 'previously_bounced',
          source: 'b',
          expiresAt: T0 + 3 * MINUTE,
        },
      ],
      by,
    );
    const [found] = await store.lookup(tenant, [key], T0 + 2 * MINUTE);
    assert.equal(found?.length, 1);
    assert.equal(found?.[0]?.source, 'b');
    assert.equal(found?.[0]?.createdAt, T0 + 2 * MINUTE);
  },
);

suppressionCase(
  'lifts an entry from lookups and records who lifted it, why and when',
  async (stores, clock) => {
    const { store, tenant, key } = arrange(stores, clock);
    await store.add([{ key, scope: { tenant }, reason: 'previously_bounced', source: 'bounce' }], {
      actor: 'ingest',
    });
    clock.set(T0 + 1000);
    const lifted = await store.lift([{ key, scope: { tenant } }], {
      actor: 'support:jan',
      note: 'confirmed by phone',
    });
    assert.equal(lifted, 1);
    assert.equal((await store.lookup(tenant, [key], T0 + 1000))[0], undefined);
    const trail: AuditRecord[] = (await store.audit({ key })).items as AuditRecord[];
    assert.deepEqual(trail, [
      {
        action: 'add',
        key,
        scope: { tenant },
        reason: 'previously_bounced',
        actor: 'ingest',
        at: T0,
      },
      {
        action: 'lift',
        key,
        scope: { tenant },
        reason: 'previously_bounced',
        actor: 'support:jan',
        note: 'confirmed by phone',
        at: T0 + 1000,
      },
    ]);
    assert.equal(await store.lift([{ key, scope: { tenant } }], by), 0, 'nothing left to lift');
    assert.equal((await store.audit({ key })).items.length, 2, 'a lift of nothing is not recorded');
  },
);

suppressionCase('lifts only the given reason, in the given scope', async (stores, clock) => {
  const { store, tenant, key } = arrange(stores, clock);
  await store.add(
    [
      { key, scope: { tenant }, reason: 'previously_bounced', source: 'x' },
      { key, scope: { tenant }, reason: 'unsubscribed_from_all', source: 'x' },
      { key, scope: 'global', reason: 'previously_bounced', source: 'x' },
    ],
    by,
  );
  assert.equal(await store.lift([{ key, scope: { tenant }, reason: 'previously_bounced' }], by), 1);
  const [left] = await store.lookup(tenant, [key], T0);
  assert.deepEqual(left?.map((e) => `${e.scope === 'global' ? 'g' : 't'}:${e.reason}`).sort(), [
    'g:previously_bounced',
    't:unsubscribed_from_all',
  ]);
});

suppressionCase(
  'lifts one subscription type, or every type when none is named',
  async (stores, clock) => {
    const store = suppressions(stores);
    const id = unique();
    const tenant = `t-${id}`;
    const key = `k-${id}@example.com`;
    const typed = (subscriptionType: string) =>
      ({
        key,
        scope: { tenant },
        reason: 'unsubscribed_from_type',
        subscriptionType,
        source: 'x',
      }) as const;
    clock.set(T0);
    await store.add(
      [
        typed('news'),
        typed('jobs'),
        typed('deals'),
        { key, scope: { tenant }, reason: 'previously_bounced', source: 'x' },
      ],
      by,
    );
    // A type with another reason matches nothing.
    assert.equal(
      await store.lift(
        [{ key, scope: { tenant }, reason: 'previously_bounced', subscriptionType: 'news' }],
        by,
      ),
      0,
    );
    assert.equal(await store.lift([{ key, scope: { tenant }, subscriptionType: 'news' }], by), 1);
    let [left] = await store.lookup(tenant, [key], T0);
    assert.deepEqual(left?.map((e) => e.subscriptionType ?? e.reason).sort(), [
      'deals',
      'jobs',
      'previously_bounced',
    ]);
    assert.equal(
      await store.lift([{ key, scope: { tenant }, reason: 'unsubscribed_from_type' }], by),
      2,
    );
    [left] = await store.lookup(tenant, [key], T0);
    assert.deepEqual(
      left?.map((e) => e.reason),
      ['previously_bounced'],
    );
    const lifts = (await store.audit({ key })).items.filter((r) => r.action === 'lift');
    assert.deepEqual(lifts.map((r) => r.subscriptionType).sort(), ['deals', 'jobs', 'news']);
  },
);

suppressionCase('allows a lifted entry to be added again', async (stores, clock) => {
  const store = suppressions(stores);
  const id = unique();
  const tenant = `t-${id}`;
  const key = `k-${id}@example.com`;
  const entry = { key, scope: { tenant }, reason: 'previously_bounced', source: 'x' } as const;
  clock.set(T0);
  await store.add([entry], by);
  await store.lift([{ key, scope: { tenant } }], by);
  await store.add([entry], by);
  assert.equal((await store.lookup(tenant, [key], T0))[0]?.length, 1);
  assert.deepEqual(
    (await store.audit({ key })).items.map((r) => r.action),
    ['add', 'lift', 'add'],
  );
});

suppressionCase(
  'pages through list and audit with cursors, and filters by scope, reason and key',
  async (stores, clock) => {
    const { store, id, tenant } = arrange(stores, clock);
    const keys = Array.from({ length: 7 }, (_, i) => `k${i}-${id}@example.com`);
    await store.add(
      keys.map((key, i) => ({
        key,
        scope: { tenant },
        reason: i % 2 === 0 ? 'previously_bounced' : 'unsubscribed_from_all',
        source: 'x',
      })),
      by,
    );
    await store.add(
      [{ key: keys[0]!, scope: 'global', reason: 'previously_bounced', source: 'x' }],
      by,
    );
    await store.lift([{ key: keys[2]!, scope: { tenant } }], by);
    const listed = await all((cursor) => store.list({ scope: { tenant }, limit: 2, cursor }));
    assert.deepEqual(
      listed.map((e) => e.key),
      [keys[0], keys[1], keys[3], keys[4], keys[5], keys[6]],
    );
    const bounced = await all((cursor) =>
      store.list({ scope: { tenant }, reason: 'previously_bounced', limit: 1, cursor }),
    );
    assert.deepEqual(
      bounced.map((e) => e.key),
      [keys[0], keys[4], keys[6]],
    );
    const ofKey = await all((cursor) => store.list({ key: keys[0]!, limit: 1, cursor }));
    assert.deepEqual(ofKey.map((e) => (e.scope === 'global' ? 'global' : 'tenant')).sort(), [
      'global',
      'tenant',
    ]);
    const trail = await all((cursor) => store.audit({ key: keys[0]!, limit: 1, cursor }));
    assert.equal(trail.length, 2);
    for (const cursor of ['not-a-cursor', '-1', '1e3']) {
      assert.deepEqual(await store.list({ scope: { tenant }, cursor }), { items: [] });
      assert.deepEqual(await store.audit({ key: keys[0]!, cursor }), { items: [] });
    }
  },
);

suppressionCase(
  'forget: puts the keyed hash in place of the address in every entry and audit record',
  async (stores, clock) => {
    const store = suppressions(stores);
    const id = unique();
    const tenant = `t-${id}`;
    const address = `erase-${id}@example.com`;
    const other = `keep-${id}@example.com`;
    const hash = `hmac-sha256:${createHash('sha256').update(id).digest('hex')}`;
    clock.set(T0);
    await store.add(
      [
        { key: address, scope: { tenant }, reason: 'previously_bounced', source: 'bounce' },
        { key: address, scope: 'global', reason: 'previously_complained', source: 'fbl' },
        {
          key: address,
          scope: { tenant },
          reason: 'unsubscribed_from_type',
          subscriptionType: 'news',
          source: 'form',
        },
        { key: other, scope: { tenant }, reason: 'previously_bounced', source: 'bounce' },
      ],
      { actor: 'admin', note: `added ${address} by hand` },
    );
    await store.lift(
      [
        {
          key: address,
          scope: { tenant },
          reason: 'unsubscribed_from_type',
          subscriptionType: 'news',
        },
      ],
      by,
    );
    assert.equal(await store.forget([{ key: address, hash: 'not-a-hash' }]), 0, 'no hash shape');
    assert.equal(await store.forget([{ key: address, hash }]), 2, 'the two entries in force');
    assert.deepEqual(
      await store.lookup(tenant, [address, other], T0 + 1).then((f) => f.map((e) => e?.length)),
      [undefined, 1],
    );
    assert.deepEqual((await store.list({ key: address })).items, []);
    assert.deepEqual((await store.audit({ key: address })).items, []);
    const kept = await all((cursor) => store.list({ key: hash, cursor }));
    assert.deepEqual(
      kept.map((e) => [e.scope === 'global' ? 'global' : 'tenant', e.reason, e.key]).sort(),
      [
        ['global', 'previously_complained', hash],
        ['tenant', 'previously_bounced', hash],
      ],
    );
    const trail = await all((cursor) => store.audit({ key: hash, cursor }));
    assert.deepEqual(trail.map((r) => r.action).sort(), ['add', 'add', 'add', 'lift']);
    const ofTenant = [
      ...(await all((cursor) => store.list({ scope: { tenant }, cursor }))),
      ...trail,
      ...(await all((cursor) => store.audit({ key: other, cursor }))),
    ];
    assert.ok(!JSON.stringify(ofTenant).includes(address), 'no trace of the address');
    assert.ok(JSON.stringify(trail).includes(`added ${hash} by hand`), 'the note names the hash');
    assert.equal(await store.forget([{ key: address, hash }]), 0, 'idempotent');
    // Suppressed again later, then erased again: the hash keeps one entry per reason.
    await store.add(
      [{ key: address, scope: { tenant }, reason: 'previously_bounced', source: 'bounce' }],
      by,
    );
    assert.equal(await store.forget([{ key: address, hash }]), 1);
    const again = await all((cursor) => store.list({ key: hash, scope: { tenant }, cursor }));
    assert.equal(again.length, 1);
    assert.deepEqual(await store.forget([]), 0);
  },
);

suppressionCase(
  'never lets one tenant read, lift or count the entries of another',
  async (stores, clock) => {
    const store = suppressions(stores);
    const id = unique();
    const [a, b] = [`a-${id}`, `b-${id}`];
    const key = `k-${id}@example.com`;
    clock.set(T0);
    await store.add([{ key, scope: { tenant: a }, reason: 'previously_bounced', source: 'x' }], by);
    assert.equal((await store.lookup(b, [key], T0))[0], undefined, 'read');
    assert.equal(await store.lift([{ key, scope: { tenant: b } }], by), 0, 'lift');
    assert.equal(
      await store.lift([{ key, scope: 'global' }], by),
      0,
      'lift through the global scope',
    );
    assert.deepEqual((await store.list({ scope: { tenant: b } })).items, [], 'count');
    assert.deepEqual((await store.list({ scope: 'global', key })).items, [], 'count globally');
    assert.equal((await store.lookup(a, [key], T0))[0]?.length, 1, "a's entry is still there");
  },
);

suppressionCase('keeps hostile and Unicode text exactly, as data', async (stores, clock) => {
  const store = suppressions(stores);
  const id = unique();
  clock.set(T0);
  for (const [i, text] of hostileStrings.entries()) {
    const tenant = `${text}-${id}`;
    const key = awkwardAddresses[i % awkwardAddresses.length]!;
    await store.add(
      [
        {
          key,
          scope: { tenant },
          reason: 'unsubscribed_from_type',
          subscriptionType: text,
          source: text,
        },
      ],
      { actor: text, note: text },
    );
    const [found] = await store.lookup(tenant, [key], T0);
    assert.deepEqual(
      sorted(found),
      sorted([
        {
          key,
          scope: { tenant },
          reason: 'unsubscribed_from_type',
          subscriptionType: text,
          source: text,
          createdAt: T0,
        },
      ]),
      `round trip of ${JSON.stringify(text)}`,
    );
    assert.equal(await store.lift([{ key, scope: { tenant }, subscriptionType: text }], by), 1);
  }
  // The near misses stay apart: half a pair is not the replacement character.
  const [lone] = await store.lookup(`half \uD800 pair-${id}`, ['\uFFFDlone@example.com'], T0);
  assert.equal(lone, undefined);
});

counterCase(
  'answers 0 for unknown counters and counts increments per key',
  async (stores, clock) => {
    const counters = stores.counters!;
    const id = unique();
    clock.set(T0);
    await counters.increment([`a-${id}`, `b-${id}`, `a-${id}`], MINUTE);
    await counters.increment([`a-${id}`], MINUTE);
    assert.deepEqual(
      await counters.get([`a-${id}`, `b-${id}`, `c-${id}`, `a-${id}`]),
      [3, 1, 0, 3],
    );
    assert.deepEqual(await counters.get([]), []);
    await counters.increment([], MINUTE);
  },
);

counterCase(
  'expires a counter its time to live after its first increment, not its last',
  async (stores, clock) => {
    const counters = stores.counters!;
    const key = `k-${unique()}`;
    clock.set(T0);
    await counters.increment([key], MINUTE);
    clock.set(T0 + MINUTE - 1);
    await counters.increment([key], MINUTE);
    assert.deepEqual(await counters.get([key]), [2]);
    clock.set(T0 + MINUTE);
    assert.deepEqual(await counters.get([key]), [0]);
    await counters.increment([key], MINUTE);
    assert.deepEqual(await counters.get([key]), [1], 'a lapsed counter starts again');
  },
);

counterCase('keeps hostile and Unicode keys apart, as data', async (stores, clock) => {
  const counters = stores.counters!;
  const id = unique();
  clock.set(T0);
  const keys = [...hostileStrings, 'half \uFFFD pair'].map((text) => `${id}:${text}`);
  await counters.increment(keys, MINUTE);
  await counters.increment([keys[0]!], MINUTE);
  assert.deepEqual(
    await counters.get(keys),
    keys.map((_, i) => (i === 0 ? 2 : 1)),
  );
});

/** A new owner token for a claim: as the gate makes one per batch. */
function owner(): string {
  return `o-${unique()}`;
}

idempotencyCase(
  'lets only the first of concurrent claims of a key win, in one batch or across calls',
  async (stores, clock) => {
    const idempotency = stores.idempotency!;
    const id = unique();
    clock.set(T0);
    const [first, second] = await Promise.all([
      idempotency.claim([`1-${id}`, `2-${id}`], MINUTE, owner()),
      idempotency.claim([`1-${id}`, `3-${id}`], MINUTE, owner()),
    ]);
    assert.deepEqual([first![0], second![0]].sort(), [false, true]);
    assert.equal(first![1], true);
    assert.equal(second![1], true);
    assert.deepEqual(await idempotency.claim([`4-${id}`, `4-${id}`, `5-${id}`], MINUTE, owner()), [
      true,
      false,
      true,
    ]);
    assert.deepEqual(await idempotency.claim([], MINUTE, owner()), []);
  },
);

idempotencyCase('claims a key again once its lease lapsed, not before', async (stores, clock) => {
  const idempotency = stores.idempotency!;
  const key = `k-${unique()}`;
  clock.set(T0);
  assert.deepEqual(await idempotency.claim([key], MINUTE, owner()), [true]);
  clock.set(T0 + MINUTE - 1);
  assert.deepEqual(await idempotency.claim([key], MINUTE, owner()), [false]);
  clock.set(T0 + MINUTE);
  assert.deepEqual(await idempotency.claim([key], MINUTE, owner()), [true]);
});

idempotencyCase(
  'gives a claim back on release, but never a confirmed key',
  async (stores, clock) => {
    const idempotency = stores.idempotency!;
    const id = unique();
    const mine = owner();
    clock.set(T0);
    await idempotency.claim([`a-${id}`, `b-${id}`], MINUTE, mine);
    assert.deepEqual(await idempotency.confirm([`b-${id}`], 10 * MINUTE, mine), [true]);
    assert.deepEqual(await idempotency.release([`a-${id}`, `b-${id}`, `never-${id}`], mine), [
      true,
      true,
      true,
    ]);
    assert.deepEqual(await idempotency.claim([`a-${id}`, `b-${id}`], MINUTE, owner()), [
      true,
      false,
    ]);
    assert.deepEqual(await idempotency.release([], mine), []);
  },
);

idempotencyCase(
  'keeps a confirmed key from being claimed until its time to live ends',
  async (stores, clock) => {
    const idempotency = stores.idempotency!;
    const id = unique();
    const mine = owner();
    clock.set(T0);
    await idempotency.claim([`k-${id}`], MINUTE, mine);
    assert.deepEqual(await idempotency.confirm([`k-${id}`, `unclaimed-${id}`], 10 * MINUTE, mine), [
      true,
      true,
    ]);
    clock.set(T0 + 2 * MINUTE);
    assert.deepEqual(await idempotency.claim([`k-${id}`, `unclaimed-${id}`], MINUTE, owner()), [
      false,
      false,
    ]);
    clock.set(T0 + 10 * MINUTE);
    assert.deepEqual(await idempotency.claim([`k-${id}`], MINUTE, owner()), [true]);
    assert.deepEqual(await idempotency.confirm([], MINUTE, mine), []);
  },
);

idempotencyCase(
  'does not release a lapsed lease another claimant took over, and says so',
  async (stores, clock) => {
    const idempotency = stores.idempotency!;
    const id = unique();
    const [first, second] = [owner(), owner()];
    clock.set(T0);
    assert.deepEqual(await idempotency.claim([`a-${id}`, `b-${id}`], MINUTE, first), [true, true]);
    // The first claimant stalls past its lease; the second takes one key over.
    clock.set(T0 + MINUTE);
    assert.deepEqual(await idempotency.claim([`a-${id}`], MINUTE, second), [true]);
    // The first one's send failed: its late release gives back only what is still its own.
    assert.deepEqual(await idempotency.release([`a-${id}`, `b-${id}`], first), [false, true]);
    assert.deepEqual(await idempotency.claim([`a-${id}`, `b-${id}`], MINUTE, owner()), [
      false,
      true,
    ]);
    // The second claimant still owns its claim: its release frees the key.
    assert.deepEqual(await idempotency.release([`a-${id}`], second), [true]);
    assert.deepEqual(await idempotency.claim([`a-${id}`], MINUTE, owner()), [true]);
  },
);

idempotencyCase(
  'keeps a key sent on a late confirm, reports the takeover, and leaves it sent on the other release',
  async (stores, clock) => {
    const idempotency = stores.idempotency!;
    const id = unique();
    const [first, second] = [owner(), owner()];
    clock.set(T0);
    await idempotency.claim([`a-${id}`, `b-${id}`], MINUTE, first);
    clock.set(T0 + MINUTE);
    assert.deepEqual(await idempotency.claim([`a-${id}`], MINUTE, second), [true]);
    // The first one's message went out after all: the key must never be sent again, and
    // the first claimant learns another had taken it over (it may have sent it too).
    assert.deepEqual(await idempotency.confirm([`a-${id}`, `b-${id}`], 10 * MINUTE, first), [
      false,
      true,
    ]);
    // The second one's send failed: its release does not free a key that was sent.
    assert.deepEqual(await idempotency.release([`a-${id}`], second), [false]);
    assert.deepEqual(await idempotency.claim([`a-${id}`, `b-${id}`], MINUTE, owner()), [
      false,
      false,
    ]);
    // A confirm by the second finds the key sent by the first: reported too.
    assert.deepEqual(await idempotency.confirm([`a-${id}`], 10 * MINUTE, second), [false]);
  },
);

idempotencyCase('refuses a call without a usable owner, touching no key', async (stores, clock) => {
  const idempotency = stores.idempotency!;
  const key = `k-${unique()}`;
  clock.set(T0);
  for (const bad of [undefined, '', 'has space', 'x'.repeat(129), 42])
    await assert.rejects(async () => idempotency.claim([key], MINUTE, bad as never));
  const mine = owner();
  assert.deepEqual(await idempotency.claim([key], MINUTE, mine), [true]);
  await assert.rejects(async () => idempotency.release([key], '' as never));
  await assert.rejects(async () => idempotency.confirm([key], MINUTE, undefined as never));
  assert.deepEqual(await idempotency.claim([key], MINUTE, owner()), [false]);
  assert.deepEqual(await idempotency.release([key], mine), [true]);
  assert.deepEqual(await idempotency.claim([key], MINUTE, owner()), [true]);
});

idempotencyCase('keeps hostile and Unicode keys apart, as data', async (stores, clock) => {
  const idempotency = stores.idempotency!;
  const id = unique();
  const mine = owner();
  clock.set(T0);
  const keys = [...hostileStrings, 'half \uFFFD pair'].map((text) => `${id}:${text}`);
  assert.deepEqual(
    await idempotency.claim(keys, MINUTE, mine),
    keys.map(() => true),
  );
  assert.deepEqual(
    await idempotency.claim(keys, MINUTE, owner()),
    keys.map(() => false),
  );
  assert.deepEqual(await idempotency.release([keys[0]!], mine), [true]);
  assert.deepEqual(await idempotency.claim([keys[0]!, keys[1]!], MINUTE, owner()), [true, false]);
});

/**
 * The cases of the store contract, for the stores `stores` has. Run them with
 * `testStores` from `@mailgate/testkit/vitest`, or call `run` from your own runner.
 */
export function storeConformanceCases(
  has: ReadonlyArray<keyof ConformanceStores> = [
    'suppressions',
    'counters',
    'idempotency',
    'mailings',
  ],
): readonly StoreConformanceCase[] {
  return [...cases, ...mailingStoreCases].filter((c) => has.includes(c.store));
}

/** A clock for the cases to move. */
export function conformanceClock(start = T0): ConformanceClock {
  let now = start;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
  };
}
