import assert from 'node:assert/strict';
import type {
  MailingRecord,
  MailingStore,
  MailingThresholds,
  RecipientClaim,
  Stores,
} from '@mailgate/core';
import { all, type StoreConformanceCase, unique } from './store-conformance';

/*
 * The contract of a `MailingStore` (`stores.mailings`), as cases of the store conformance
 * suite. Each case works in tenants of its own, so the store may hold other mailings; time
 * is passed to the store, as its contract says, so the suite's clock is not used.
 */

/** The stores the conformance suite tests: `Stores`, and a `MailingStore` when there is one. */
export type ConformanceStores = Partial<Stores> & { readonly mailings?: MailingStore };

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const LEASE = 60_000;
const DAY = 86_400_000;
/** Core's `defaultMailingThresholds`, spelled out: the suite does not import core's code. */
const thresholds: MailingThresholds = {
  hardBounceRate: 0.05,
  complaintRate: 0.003,
  unsubscribeRate: 0.01,
  minSample: 500,
};

/** A mailing 'spring' in a tenant of the case's own, and another tenant for the case. */
function arrange(stores: ConformanceStores) {
  assert.ok(stores.mailings, 'no mailing store');
  const id = unique();
  const tenant = `t-${id}`;
  return {
    store: stores.mailings,
    tenant,
    other: `g-${id}`,
    ref: { id: 'spring', tenant, name: 'Spring', thresholds },
    key: { tenant, id: 'spring' },
  };
}

function recipients(count: number, from = 0): RecipientClaim[] {
  return Array.from({ length: count }, (_, n) => ({
    recipientId: `r-${n + from}`,
    address: `person${n + from}@example.se`,
    messageId: `mg-${unique()}`,
  }));
}

/** `actual` has every field of `expected` (deeply), whatever else it has. */
function matches(actual: unknown, expected: Record<string, unknown>, path = 'value'): void {
  assert.ok(typeof actual === 'object' && actual !== null, `${path} must be an object`);
  for (const [field, want] of Object.entries(expected)) {
    const got: unknown = (actual as Record<string, unknown>)[field];
    if (typeof want === 'object' && want !== null && !Array.isArray(want))
      matches(got, want as Record<string, unknown>, `${path}.${field}`);
    else assert.deepEqual(got, want, `${path}.${field}`);
  }
}

const counts = (record: MailingRecord | undefined) => {
  assert.ok(record, 'the mailing must be answered');
  return record.counts;
};

export const mailingStoreCases: StoreConformanceCase[] = [];
const mailingCase = (name: string, run: (stores: ConformanceStores) => Promise<void>) =>
  mailingStoreCases.push({ store: 'mailings', name, run });

mailingCase('creates a running mailing and claims each new recipient once', async (stores) => {
  const { store, ref } = arrange(stores);
  const first = await store.claim(ref, recipients(3), { now: T0, leaseMs: LEASE });
  assert.deepEqual(first.answers, ['claimed', 'claimed', 'claimed']);
  matches(first.mailing, {
    id: 'spring',
    tenant: ref.tenant,
    name: 'Spring',
    state: 'running',
    thresholds,
    createdAt: T0,
  });
  matches(counts(first.mailing), { handedOver: 0, inFlight: 3, uncertain: 0 });
  const again = await store.claim(ref, recipients(4), { now: T0 + 1, leaseMs: LEASE });
  assert.deepEqual(again.answers, ['in_flight', 'in_flight', 'in_flight', 'claimed']);
});

mailingCase('claims a recipient repeated in one call once, the first', async (stores) => {
  const { store, ref, key } = arrange(stores);
  const [one] = recipients(1);
  const twice = [one!, { ...one!, messageId: `mg-${unique()}` }];
  const { answers } = await store.claim(ref, twice, { now: T0, leaseMs: LEASE });
  assert.equal(answers[0], 'claimed');
  assert.notEqual(answers[1], 'claimed');
  const page = await store.recipients(key, {}, T0);
  assert.deepEqual(
    page.items.map((item) => item.messageId),
    [one!.messageId],
  );
});

mailingCase(
  'reads a pending recipient past its lease as uncertain, and never claims it again',
  async (stores) => {
    const { store, ref, key } = arrange(stores);
    await store.claim(ref, recipients(2), { now: T0, leaseMs: LEASE });
    const later = T0 + LEASE + 1;
    const { answers, mailing } = await store.claim(ref, recipients(2), {
      now: later,
      leaseMs: LEASE,
    });
    assert.deepEqual(answers, ['uncertain', 'uncertain']);
    matches(counts(mailing), { uncertain: 2, inFlight: 0 });
    const listed = await store.recipients(key, { state: 'uncertain' }, later);
    assert.deepEqual(
      listed.items.map((item) => item.recipientId),
      ['r-0', 'r-1'],
    );
  },
);

mailingCase('gives each recipient to exactly one of two concurrent claims', async (stores) => {
  const { store, ref } = arrange(stores);
  const everyone = recipients(60);
  const [a, b] = await Promise.all([
    store.claim(ref, everyone.slice(0, 40), { now: T0, leaseMs: LEASE }),
    store.claim(ref, everyone.slice(20), { now: T0, leaseMs: LEASE }),
  ]);
  const claimedBy = new Map<string, number>();
  const tally = (answers: readonly string[], from: number) =>
    answers.forEach((answer, i) => {
      const id = everyone[i + from]!.recipientId;
      if (answer === 'claimed') claimedBy.set(id, (claimedBy.get(id) ?? 0) + 1);
    });
  tally(a.answers, 0);
  tally(b.answers, 20);
  assert.equal(claimedBy.size, 60);
  assert.ok(
    [...claimedBy.values()].every((count) => count === 1),
    'a recipient claimed twice',
  );
});

mailingCase('holds every recipient of a paused mailing and writes none', async (stores) => {
  const { store, ref, key } = arrange(stores);
  await store.claim(ref, [], { now: T0, leaseMs: LEASE });
  await store.setState(key, 'paused', { cause: 'manual', at: T0 }, T0);
  const { answers, mailing } = await store.claim(ref, recipients(2), {
    now: T0,
    leaseMs: LEASE,
  });
  assert.deepEqual(answers, ['held', 'held']);
  assert.equal(mailing?.state, 'paused');
  assert.deepEqual((await store.recipients(key, {}, T0)).items, []);
});

mailingCase('keeps mailings of two tenants with the same id apart', async (stores) => {
  const { store, ref, key, other } = arrange(stores);
  await store.claim(ref, recipients(1), { now: T0, leaseMs: LEASE });
  const second = await store.claim({ ...ref, tenant: other }, recipients(1), {
    now: T0,
    leaseMs: LEASE,
  });
  assert.deepEqual(second.answers, ['claimed']);
  await store.setState({ tenant: other, id: 'spring' }, 'paused', { cause: 'manual', at: T0 }, T0);
  const [mine, theirs] = await store.get([key, { tenant: other, id: 'spring' }], T0);
  assert.deepEqual([mine?.state, theirs?.state], ['running', 'paused']);
});

mailingCase(
  'settles claims, releases the ones never handed over, and adds the counts',
  async (stores) => {
    const { store, ref, key, tenant } = arrange(stores);
    await store.claim(ref, recipients(4), { now: T0, leaseMs: LEASE });
    const after = await store.settle(
      key,
      [
        { recipientId: 'r-0', state: 'sent' },
        { recipientId: 'r-1', state: 'refused' },
        { recipientId: 'r-2', state: 'uncertain' },
        { recipientId: 'r-3', state: 'released' },
      ],
      { handedOver: 3, sent: 1, refused: 1, uncertain: 1, notSent: { previously_bounced: 2 } },
      T0 + 10,
    );
    assert.deepEqual(counts(after), {
      handedOver: 3,
      sent: 1,
      refused: 1,
      failed: 0,
      uncertain: 1,
      inFlight: 0,
      bounced: 0,
      complaints: 0,
      unsubscribes: 0,
      importedUnsubscribes: 0,
      notSent: { previously_bounced: 2 },
    });
    assert.equal(after?.updatedAt, T0 + 10);
    const again = await store.claim(ref, recipients(4), { now: T0 + 20, leaseMs: LEASE });
    assert.deepEqual(again.answers, ['mailed', 'mailed', 'uncertain', 'claimed']);
    const more = await store.settle(
      key,
      [],
      { notSent: { previously_bounced: 1, low_engagement: 1 } },
      T0 + 30,
    );
    assert.deepEqual(counts(more).notSent, { previously_bounced: 3, low_engagement: 1 });
    assert.equal(await store.settle({ tenant, id: 'nope' }, [], { sent: 1 }, T0), undefined);
  },
);

mailingCase('records when a contact was mailed, and its engagement', async (stores) => {
  const { store, ref, key, tenant, other } = arrange(stores);
  await store.claim(ref, recipients(2), { now: T0, leaseMs: LEASE });
  await store.settle(
    key,
    [
      { recipientId: 'r-0', state: 'sent' },
      { recipientId: 'r-1', state: 'failed' },
    ],
    {},
    T0 + 5,
  );
  await store.addEvents([], [{ tenant, address: 'person0@example.se', at: T0 + 100 }], T0 + 200);
  await store.addEvents([], [{ tenant, address: 'person0@example.se', at: T0 + 50 }], T0 + 200);
  const [mailed, failed, unknown] = await store.activity(tenant, [
    'person0@example.se',
    'person1@example.se',
    'nobody@example.se',
  ]);
  assert.deepEqual(mailed, {
    tenant,
    address: 'person0@example.se',
    firstSentAt: T0 + 5,
    lastSentAt: T0 + 5,
    lastEngagedAt: T0 + 100,
  });
  assert.equal(failed?.firstSentAt, undefined);
  assert.equal(unknown, undefined);
  assert.deepEqual(await store.activity(other, ['person0@example.se']), [undefined]);
});

mailingCase('adds event counts to the mailings named, and skips unknown ones', async (stores) => {
  const { store, ref, key, tenant } = arrange(stores);
  await store.claim(ref, [], { now: T0, leaseMs: LEASE });
  const [known, unknown] = await store.addEvents(
    [
      { ...key, bounced: 2, complaints: 1 },
      { tenant, id: 'nope', bounced: 1 },
    ],
    [],
    T0 + 1,
  );
  matches(counts(known), { bounced: 2, complaints: 1, unsubscribes: 0 });
  assert.equal(unknown, undefined);
  const [again] = await store.addEvents([{ ...key, unsubscribes: 3 }], [], T0 + 2);
  matches(counts(again), { bounced: 2, complaints: 1, unsubscribes: 3 });
});

mailingCase(
  'counts the recipients whose addresses an import names, once each, by tenant or all',
  async (stores) => {
    const { store, ref, key, tenant, other } = arrange(stores);
    // Addresses of this case only: an import for every tenant reaches every mailing.
    const domain = `${unique()}.example.se`;
    const of = (list: RecipientClaim[]) =>
      list.map((claim, n) => ({ ...claim, address: `person${n}@${domain}` }));
    await store.claim(ref, of(recipients(4)), { now: T0, leaseMs: LEASE });
    await store.settle(
      key,
      [
        { recipientId: 'r-0', state: 'sent' },
        { recipientId: 'r-1', state: 'sent' },
        { recipientId: 'r-3', state: 'released' },
      ],
      { handedOver: 2, sent: 2 },
      T0 + 1,
    );
    const otherKey = { tenant: other, id: 'spring' };
    await store.claim({ ...ref, tenant: other }, of(recipients(1)), { now: T0, leaseMs: LEASE });
    const named = ['person0', 'person2', 'person3', 'nobody'].map((name) => `${name}@${domain}`);
    // r-2 is still pending (in the mailing); r-3 was released (not in it).
    assert.deepEqual(await store.addImported(tenant, named, T0 + 2), [key]);
    matches(counts((await store.get([key], T0 + 2))[0]), {
      importedUnsubscribes: 2,
      unsubscribes: 0,
    });
    assert.deepEqual(await store.addImported(tenant, [`person0@${domain}`], T0 + 3), []);
    assert.deepEqual(await store.addImported(undefined, [`person0@${domain}`], T0 + 4), [otherKey]);
    const [mine, theirs] = await store.get([key, otherKey], T0 + 4);
    matches(counts(mine), { importedUnsubscribes: 2 });
    matches(counts(theirs), { importedUnsubscribes: 1 });
    assert.deepEqual(await store.addImported(tenant, [], T0 + 5), []);
  },
);

mailingCase('pauses a running mailing once, resumes it, and ends it as done', async (stores) => {
  const { store, ref, key, tenant } = arrange(stores);
  await store.claim(ref, [], { now: T0, leaseMs: LEASE });
  const pause = {
    cause: 'complaint_rate' as const,
    rate: 0.004,
    threshold: 0.003,
    sample: 1000,
    at: T0 + 1,
  };
  const paused = await store.setState(key, 'paused', pause, T0 + 1);
  assert.equal(paused?.changed, true);
  matches(paused?.mailing, { state: 'paused', pause });
  const twice = await store.setState(key, 'paused', { cause: 'manual', at: T0 + 2 }, T0 + 2);
  assert.equal(twice?.changed, false);
  assert.deepEqual(twice?.mailing.pause, pause);
  // `done` applies to a running mailing only: a paused one stays paused.
  const notDone = await store.setState(key, 'done', undefined, T0 + 3);
  assert.equal(notDone?.changed, false);
  assert.equal(notDone?.mailing.state, 'paused');
  const resumed = await store.setState(key, 'running', undefined, T0 + 4);
  assert.equal(resumed?.changed, true);
  assert.equal(resumed?.mailing.state, 'running');
  assert.equal(resumed?.mailing.pause, undefined);
  const done = await store.setState(key, 'done', undefined, T0 + 5);
  assert.equal(done?.changed, true);
  assert.equal(done?.mailing.state, 'done');
  // Done twice (the last two workers of a queue both see every job ended): one change.
  assert.equal((await store.setState(key, 'done', undefined, T0 + 6))?.changed, false);
  assert.equal((await store.setState(key, 'running', undefined, T0 + 6))?.changed, false);
  assert.equal(await store.setState({ tenant, id: 'nope' }, 'paused', undefined, T0), undefined);
});

mailingCase('lists mailings by tenant, state and parent, a page at a time', async (stores) => {
  const { store, ref, tenant, other } = arrange(stores);
  for (const id of ['a', 'b', 'c'])
    await store.claim({ ...ref, id }, [], { now: T0, leaseMs: LEASE });
  await store.claim({ ...ref, id: 'a2', parentId: 'a' }, [], { now: T0, leaseMs: LEASE });
  await store.claim({ ...ref, tenant: other, id: 'g' }, [], { now: T0, leaseMs: LEASE });
  await store.setState({ tenant, id: 'b' }, 'paused', { cause: 'manual', at: T0 }, T0);
  const first = await store.list({ tenant, limit: 2 }, T0);
  assert.deepEqual(
    first.items.map((item) => item.id),
    ['a', 'b'],
  );
  assert.ok(first.cursor !== undefined, 'a first page of more must have a cursor');
  const second = await store.list({ tenant, limit: 2, cursor: first.cursor }, T0);
  assert.deepEqual(
    second.items.map((item) => item.id),
    ['c', 'a2'],
  );
  assert.equal(second.cursor, undefined);
  // Without a tenant the store answers other tests' mailings too: look at the case's own.
  const mine = (items: MailingRecord[]) =>
    items.filter((item) => item.tenant === tenant || item.tenant === other);
  const read = (filter: { state?: 'paused'; parentId?: string }) =>
    all((cursor) =>
      store.list({ ...filter, limit: 1_000, ...(cursor === undefined ? {} : { cursor }) }, T0),
    );
  const paused = await read({ state: 'paused' });
  assert.ok(paused.every((item) => item.state === 'paused'));
  assert.deepEqual(
    mine(paused).map((item) => item.id),
    ['b'],
  );
  const children = await read({ parentId: 'a' });
  assert.ok(children.every((item) => item.parentId === 'a'));
  assert.deepEqual(
    mine(children).map((item) => [item.id, item.parentId]),
    [['a2', 'a']],
  );
  assert.equal(mine(await read({})).length, 5);
});

mailingCase('lists recipients in claim order, by state, a page at a time', async (stores) => {
  const { store, ref, key, tenant } = arrange(stores);
  await store.claim(ref, recipients(5), { now: T0, leaseMs: LEASE });
  await store.settle(
    key,
    [
      { recipientId: 'r-1', state: 'sent' },
      { recipientId: 'r-3', state: 'sent' },
    ],
    {},
    T0,
  );
  const first = await store.recipients(key, { limit: 3 }, T0);
  assert.deepEqual(
    first.items.map((item) => item.recipientId),
    ['r-0', 'r-1', 'r-2'],
  );
  assert.ok(first.cursor !== undefined, 'a first page of more must have a cursor');
  const rest = await store.recipients(key, { limit: 3, cursor: first.cursor }, T0);
  assert.deepEqual(
    rest.items.map((item) => item.recipientId),
    ['r-3', 'r-4'],
  );
  assert.equal(rest.cursor, undefined);
  const sent = await store.recipients(key, { state: 'sent' }, T0);
  assert.deepEqual(
    sent.items.map((item) => [item.recipientId, item.address, item.state]),
    [
      ['r-1', 'person1@example.se', 'sent'],
      ['r-3', 'person3@example.se', 'sent'],
    ],
  );
  assert.deepEqual((await store.recipients({ tenant, id: 'nope' }, {}, T0)).items, []);
});

mailingCase(
  "leaves out the parent mailing's recipients and the unengaged contacts (sendToRemaining)",
  async (stores) => {
    const { store, ref, tenant } = arrange(stores);
    // Long ago, r-3 and r-4 were mailed; only r-4 engaged since.
    const old = { ...ref, id: 'winter' };
    await store.claim(old, recipients(2, 3), { now: T0 - 300 * DAY, leaseMs: LEASE });
    await store.settle(
      { tenant, id: 'winter' },
      [
        { recipientId: 'r-3', state: 'sent' },
        { recipientId: 'r-4', state: 'sent' },
      ],
      {},
      T0 - 300 * DAY,
    );
    await store.addEvents([], [{ tenant, address: 'person4@example.se', at: T0 - 10 * DAY }], T0);
    await store.claim(ref, recipients(2), { now: T0, leaseMs: LEASE });
    const child = { ...ref, id: 'spring-rest', parentId: 'spring' };
    const remainingOf = { parentId: 'spring', unengagedBefore: T0 - 180 * DAY };
    const { answers, mailing } = await store.claim(child, recipients(6), {
      now: T0,
      leaseMs: LEASE,
      remainingOf,
    });
    assert.deepEqual(answers, ['mailed', 'mailed', 'claimed', 'unengaged', 'claimed', 'claimed']);
    assert.equal(mailing?.parentId, 'spring');
    const orphan = await store.claim({ ...child, id: 'x' }, recipients(1), {
      now: T0,
      leaseMs: LEASE,
      remainingOf: { parentId: 'nope', unengagedBefore: T0 },
    });
    assert.equal(orphan.mailing, undefined);
    assert.deepEqual(orphan.answers, ['held']);
  },
);
