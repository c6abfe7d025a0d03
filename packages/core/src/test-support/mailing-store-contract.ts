/**
 * The contract of a `MailingStore`, as vitest tests, for every implementation: the memory
 * store runs it (`memory-mailing-store.test.ts`), and so does the PostgreSQL store (on
 * PGlite and on a server). `make` answers a fresh, empty store.
 */
import { describe, expect, it } from 'vitest';
import { createMessageId } from '../ledger/message-id';
import { defaultMailingThresholds } from '../mailing/thresholds';
import type { MailingStore, RecipientClaim } from '../mailing/types';

const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const LEASE = 60_000;
const ref = { id: 'spring', tenant: 'acme', name: 'Spring', thresholds: defaultMailingThresholds };
const key = { tenant: 'acme', id: 'spring' };

function recipients(count: number, from = 0): RecipientClaim[] {
  return Array.from({ length: count }, (_, n) => ({
    recipientId: `r-${n + from}`,
    address: `person${n + from}@example.se`,
    messageId: createMessageId(T0),
  }));
}

/** Runs the mailing-store contract against the stores `make` answers. */
export function describeMailingStore(
  name: string,
  make: () => MailingStore | Promise<MailingStore>,
): void {
  describe(`${name}: claims`, () => {
    it('should create a running mailing and claim each new recipient once', async () => {
      const store = await make();
      const first = await store.claim(ref, recipients(3), { now: T0, leaseMs: LEASE });
      expect(first.answers).toEqual(['claimed', 'claimed', 'claimed']);
      expect(first.mailing).toMatchObject({
        id: 'spring',
        tenant: 'acme',
        name: 'Spring',
        state: 'running',
        thresholds: defaultMailingThresholds,
        createdAt: T0,
      });
      expect(first.mailing?.counts).toMatchObject({ handedOver: 0, inFlight: 3, uncertain: 0 });
      const again = await store.claim(ref, recipients(4), { now: T0 + 1, leaseMs: LEASE });
      expect(again.answers).toEqual(['in_flight', 'in_flight', 'in_flight', 'claimed']);
    });

    it('should claim a recipient repeated in one call once, the first', async () => {
      const store = await make();
      const [one] = recipients(1);
      const twice = [one!, { ...one!, messageId: createMessageId(T0) }];
      const { answers } = await store.claim(ref, twice, { now: T0, leaseMs: LEASE });
      expect(answers[0]).toBe('claimed');
      expect(answers[1]).not.toBe('claimed');
      const page = await store.recipients(key, {}, T0);
      expect(page.items.map((item) => item.messageId)).toEqual([one!.messageId]);
    });

    it('should read a pending recipient past its lease as uncertain, and never claim it again', async () => {
      const store = await make();
      await store.claim(ref, recipients(2), { now: T0, leaseMs: LEASE });
      const later = T0 + LEASE + 1;
      const { answers, mailing } = await store.claim(ref, recipients(2), {
        now: later,
        leaseMs: LEASE,
      });
      expect(answers).toEqual(['uncertain', 'uncertain']);
      expect(mailing?.counts).toMatchObject({ uncertain: 2, inFlight: 0 });
      const listed = await store.recipients(key, { state: 'uncertain' }, later);
      expect(listed.items.map((item) => item.recipientId)).toEqual(['r-0', 'r-1']);
    });

    it('should give each recipient to exactly one of two concurrent claims', async () => {
      const store = await make();
      const all = recipients(60);
      const [a, b] = await Promise.all([
        store.claim(ref, all.slice(0, 40), { now: T0, leaseMs: LEASE }),
        store.claim(ref, all.slice(20), { now: T0, leaseMs: LEASE }),
      ]);
      const claimedBy = new Map<string, number>();
      a.answers.forEach((answer, i) => {
        if (answer === 'claimed')
          claimedBy.set(all[i]!.recipientId, (claimedBy.get(all[i]!.recipientId) ?? 0) + 1);
      });
      b.answers.forEach((answer, i) => {
        const id = all[i + 20]!.recipientId;
        if (answer === 'claimed') claimedBy.set(id, (claimedBy.get(id) ?? 0) + 1);
      });
      expect(claimedBy.size).toBe(60);
      expect([...claimedBy.values()].every((count) => count === 1)).toBe(true);
    });

    it('should hold every recipient of a paused mailing and write none', async () => {
      const store = await make();
      await store.claim(ref, [], { now: T0, leaseMs: LEASE });
      await store.setState(key, 'paused', { cause: 'manual', at: T0 }, T0);
      const { answers, mailing } = await store.claim(ref, recipients(2), {
        now: T0,
        leaseMs: LEASE,
      });
      expect(answers).toEqual(['held', 'held']);
      expect(mailing?.state).toBe('paused');
      expect((await store.recipients(key, {}, T0)).items).toEqual([]);
    });

    it('should keep mailings of two tenants with the same id apart', async () => {
      const store = await make();
      await store.claim(ref, recipients(1), { now: T0, leaseMs: LEASE });
      const other = await store.claim({ ...ref, tenant: 'globex' }, recipients(1), {
        now: T0,
        leaseMs: LEASE,
      });
      expect(other.answers).toEqual(['claimed']);
      await store.setState(
        { tenant: 'globex', id: 'spring' },
        'paused',
        { cause: 'manual', at: T0 },
        T0,
      );
      const [acme, globex] = await store.get([key, { tenant: 'globex', id: 'spring' }], T0);
      expect([acme?.state, globex?.state]).toEqual(['running', 'paused']);
    });
  });

  describe(`${name}: settling and counts`, () => {
    it('should settle claims, release the ones never handed over, and add the counts', async () => {
      const store = await make();
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
      expect(after?.counts).toEqual({
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
      expect(after?.updatedAt).toBe(T0 + 10);
      const again = await store.claim(ref, recipients(4), { now: T0 + 20, leaseMs: LEASE });
      expect(again.answers).toEqual(['mailed', 'mailed', 'uncertain', 'claimed']);
      const more = await store.settle(
        key,
        [],
        { notSent: { previously_bounced: 1, low_engagement: 1 } },
        T0 + 30,
      );
      expect(more?.counts.notSent).toEqual({ previously_bounced: 3, low_engagement: 1 });
      expect(
        await store.settle({ tenant: 'acme', id: 'nope' }, [], { sent: 1 }, T0),
      ).toBeUndefined();
    });

    it('should record when a contact was mailed, and its engagement', async () => {
      const store = await make();
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
      await store.addEvents(
        [],
        [{ tenant: 'acme', address: 'person0@example.se', at: T0 + 100 }],
        T0 + 200,
      );
      await store.addEvents(
        [],
        [{ tenant: 'acme', address: 'person0@example.se', at: T0 + 50 }],
        T0 + 200,
      );
      const [mailed, failed, unknown] = await store.activity('acme', [
        'person0@example.se',
        'person1@example.se',
        'nobody@example.se',
      ]);
      expect(mailed).toEqual({
        tenant: 'acme',
        address: 'person0@example.se',
        firstSentAt: T0 + 5,
        lastSentAt: T0 + 5,
        lastEngagedAt: T0 + 100,
      });
      expect(failed?.firstSentAt).toBeUndefined();
      expect(unknown).toBeUndefined();
      expect(await store.activity('globex', ['person0@example.se'])).toEqual([undefined]);
    });

    it('should add event counts to the mailings named, and skip unknown ones', async () => {
      const store = await make();
      await store.claim(ref, [], { now: T0, leaseMs: LEASE });
      const [known, unknown] = await store.addEvents(
        [
          { ...key, bounced: 2, complaints: 1 },
          { tenant: 'acme', id: 'nope', bounced: 1 },
        ],
        [],
        T0 + 1,
      );
      expect(known?.counts).toMatchObject({ bounced: 2, complaints: 1, unsubscribes: 0 });
      expect(unknown).toBeUndefined();
      const [again] = await store.addEvents([{ ...key, unsubscribes: 3 }], [], T0 + 2);
      expect(again?.counts).toMatchObject({ bounced: 2, complaints: 1, unsubscribes: 3 });
    });

    it('should count the recipients whose addresses an import names, once each, by tenant or all', async () => {
      const store = await make();
      await store.claim(ref, recipients(4), { now: T0, leaseMs: LEASE });
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
      const other = { ...ref, tenant: 'globex' };
      await store.claim(other, recipients(1), { now: T0, leaseMs: LEASE });
      const changed = await store.addImported(
        'acme',
        ['person0@example.se', 'person2@example.se', 'person3@example.se', 'nobody@example.se'],
        T0 + 2,
      );
      // r-2 is still pending (in the mailing); r-3 was released (not in it).
      expect(changed).toEqual([key]);
      const [counted] = await store.get([key], T0 + 2);
      expect(counted?.counts.importedUnsubscribes).toBe(2);
      expect(counted?.counts.unsubscribes).toBe(0);
      expect(await store.addImported('acme', ['person0@example.se'], T0 + 3)).toEqual([]);
      expect(await store.addImported(undefined, ['person0@example.se'], T0 + 4)).toEqual([
        { tenant: 'globex', id: 'spring' },
      ]);
      const [acme, globex] = await store.get([key, { tenant: 'globex', id: 'spring' }], T0 + 4);
      expect(acme?.counts.importedUnsubscribes).toBe(2);
      expect(globex?.counts.importedUnsubscribes).toBe(1);
      expect(await store.addImported('acme', [], T0 + 5)).toEqual([]);
    });
  });

  describe(`${name}: states`, () => {
    it('should pause a running mailing once, resume it, and end it as done', async () => {
      const store = await make();
      await store.claim(ref, [], { now: T0, leaseMs: LEASE });
      const pause = {
        cause: 'complaint_rate' as const,
        rate: 0.004,
        threshold: 0.003,
        sample: 1000,
        at: T0 + 1,
      };
      const paused = await store.setState(key, 'paused', pause, T0 + 1);
      expect(paused?.changed).toBe(true);
      expect(paused?.mailing).toMatchObject({ state: 'paused', pause });
      const twice = await store.setState(key, 'paused', { cause: 'manual', at: T0 + 2 }, T0 + 2);
      expect(twice?.changed).toBe(false);
      expect(twice?.mailing.pause).toEqual(pause);
      expect((await store.setState(key, 'done', undefined, T0 + 3))?.changed).toBe(false);
      const resumed = await store.setState(key, 'running', undefined, T0 + 4);
      expect(resumed?.changed).toBe(true);
      expect(resumed?.mailing.state).toBe('running');
      expect(resumed?.mailing.pause).toBeUndefined();
      const done = await store.setState(key, 'done', undefined, T0 + 5);
      expect(done?.mailing.state).toBe('done');
      expect((await store.setState(key, 'running', undefined, T0 + 6))?.changed).toBe(false);
      expect(
        await store.setState({ tenant: 'acme', id: 'nope' }, 'paused', undefined, T0),
      ).toBeUndefined();
    });

    it('should list mailings by tenant, state and parent, a page at a time', async () => {
      const store = await make();
      for (const id of ['a', 'b', 'c'])
        await store.claim({ ...ref, id }, [], { now: T0, leaseMs: LEASE });
      await store.claim({ ...ref, id: 'a2', parentId: 'a' }, [], { now: T0, leaseMs: LEASE });
      await store.claim({ ...ref, tenant: 'globex', id: 'g' }, [], { now: T0, leaseMs: LEASE });
      await store.setState({ tenant: 'acme', id: 'b' }, 'paused', { cause: 'manual', at: T0 }, T0);
      const first = await store.list({ tenant: 'acme', limit: 2 }, T0);
      expect(first.items.map((item) => item.id)).toEqual(['a', 'b']);
      const second = await store.list({ tenant: 'acme', limit: 2, cursor: first.cursor! }, T0);
      expect(second.items.map((item) => item.id)).toEqual(['c', 'a2']);
      expect(second.cursor).toBeUndefined();
      expect((await store.list({ state: 'paused' }, T0)).items.map((item) => item.id)).toEqual([
        'b',
      ]);
      const children = await store.list({ parentId: 'a' }, T0);
      expect(children.items.map((item) => [item.id, item.parentId])).toEqual([['a2', 'a']]);
      expect((await store.list({}, T0)).items).toHaveLength(5);
    });

    it('should list recipients in claim order, by state, a page at a time', async () => {
      const store = await make();
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
      expect(first.items.map((item) => item.recipientId)).toEqual(['r-0', 'r-1', 'r-2']);
      const rest = await store.recipients(key, { limit: 3, cursor: first.cursor! }, T0);
      expect(rest.items.map((item) => item.recipientId)).toEqual(['r-3', 'r-4']);
      expect(rest.cursor).toBeUndefined();
      const sent = await store.recipients(key, { state: 'sent' }, T0);
      expect(sent.items.map((item) => [item.recipientId, item.address, item.state])).toEqual([
        ['r-1', 'person1@example.se', 'sent'],
        ['r-3', 'person3@example.se', 'sent'],
      ]);
      expect((await store.recipients({ tenant: 'acme', id: 'nope' }, {}, T0)).items).toEqual([]);
    });
  });

  describe(`${name}: sending to the remaining`, () => {
    it("should leave out the parent mailing's recipients and the unengaged contacts", async () => {
      const store = await make();
      const DAY = 86_400_000;
      // Long ago, r-3 and r-4 were mailed; only r-4 engaged since.
      const old = { ...ref, id: 'winter' };
      await store.claim(old, recipients(2, 3), { now: T0 - 300 * DAY, leaseMs: LEASE });
      await store.settle(
        { tenant: 'acme', id: 'winter' },
        [
          { recipientId: 'r-3', state: 'sent' },
          { recipientId: 'r-4', state: 'sent' },
        ],
        {},
        T0 - 300 * DAY,
      );
      await store.addEvents(
        [],
        [{ tenant: 'acme', address: 'person4@example.se', at: T0 - 10 * DAY }],
        T0,
      );
      await store.claim(ref, recipients(2), { now: T0, leaseMs: LEASE });
      const child = { ...ref, id: 'spring-rest', parentId: 'spring' };
      const remainingOf = { parentId: 'spring', unengagedBefore: T0 - 180 * DAY };
      const { answers, mailing } = await store.claim(child, recipients(6), {
        now: T0,
        leaseMs: LEASE,
        remainingOf,
      });
      expect(answers).toEqual(['mailed', 'mailed', 'claimed', 'unengaged', 'claimed', 'claimed']);
      expect(mailing?.parentId).toBe('spring');
      const orphan = await store.claim({ ...child, id: 'x' }, recipients(1), {
        now: T0,
        leaseMs: LEASE,
        remainingOf: { parentId: 'nope', unengagedBefore: T0 },
      });
      expect(orphan.mailing).toBeUndefined();
      expect(orphan.answers).toEqual(['held']);
    });
  });
}
