/**
 * The contract of a `LedgerStore`, as vitest tests, for every implementation: the memory
 * store runs it (`memory-ledger-store.test.ts`), and so will the PostgreSQL store. `make`
 * answers a fresh, empty store with the given time rules over `defaultLedgerRules`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessageId } from '../ledger/message-id';
import type {
  LedgerEventInput,
  LedgerMessageInput,
  LedgerRules,
  LedgerStore,
} from '../ledger/types';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function message(overrides: Partial<LedgerMessageInput> = {}): LedgerMessageInput {
  const at = overrides.at ?? T0;
  return {
    id: createMessageId(at),
    tenant: 'acme',
    recipientId: 'r1',
    address: 'ada@example.se',
    category: 'marketing',
    transport: 'ses',
    status: 'sent',
    at,
    ...overrides,
  };
}

function event(m: LedgerMessageInput, overrides: Partial<LedgerEventInput>): LedgerEventInput {
  return {
    id: `${overrides.type ?? 'delivered'}:${m.id}`,
    type: 'delivered',
    tenant: m.tenant,
    address: m.address!,
    messageId: m.id,
    at: m.at + 1000,
    ...overrides,
  };
}

export function describeLedgerStore(
  name: string,
  make: (rules?: Partial<LedgerRules>) => LedgerStore | Promise<LedgerStore>,
): void {
  describe(`${name}: messages`, () => {
    it('should find a recorded message by id, provider id and Message-ID header', async () => {
      const store = await make();
      const m = message({ providerMessageId: '0100018c-ses-id', mailingId: 'm-1', actor: 'u-7' });
      expect(await store.recordMessages([m])).toBe(1);
      const [byId] = await store.getMessages([m.id], T0);
      expect(byId).toEqual({
        id: m.id,
        tenant: 'acme',
        recipientId: 'r1',
        address: 'ada@example.se',
        category: 'marketing',
        mailingId: 'm-1',
        transport: 'ses',
        providerMessageId: '0100018c-ses-id',
        actor: 'u-7',
        status: 'sent',
        createdAt: T0,
        statusAt: T0,
      });
      expect(await store.getMessagesByProviderId(['0100018c-ses-id', 'other'], T0)).toEqual([
        byId,
        undefined,
      ]);
      expect(
        await store.getMessagesByHeader([`<${m.id.toLowerCase()}@mail.example>`, '<x@y>'], T0),
      ).toEqual([byId, undefined]);
    });

    it('should find each of many messages recorded in batches, by id and by provider id', async () => {
      // Enough rows for an in-memory index to grow several times: a key lost while it
      // grows is found here, not by the one-message cases.
      const store = await make();
      const messages = Array.from({ length: 600 }, (_, i) =>
        message({
          id: createMessageId(T0 + i),
          at: T0 + i,
          recipientId: `r${i}`,
          address: `member${i}@example.se`,
          providerMessageId: `ses-${i}`,
        }),
      );
      for (let from = 0; from < messages.length; from += 200)
        expect(await store.recordMessages(messages.slice(from, from + 200))).toBe(200);
      const byId = await store.getMessages(
        messages.map((m) => m.id),
        T0,
      );
      expect(byId.map((found) => found?.recipientId)).toEqual(messages.map((m) => m.recipientId));
      const byProvider = await store.getMessagesByProviderId(
        messages.map((m) => m.providerMessageId!),
        T0,
      );
      expect(byProvider.map((found) => found?.id)).toEqual(messages.map((m) => m.id));
    });

    it('should match an SMTP provider id with or without angle brackets', async () => {
      const store = await make();
      const m = message({ transport: 'smtp', providerMessageId: '<abc@relay.example>' });
      await store.recordMessages([m]);
      const found = await store.getMessagesByProviderId(['abc@relay.example'], T0);
      expect(found[0]?.id).toBe(m.id);
      expect((await store.getMessagesByHeader(['<abc@relay.example>'], T0))[0]?.id).toBe(m.id);
    });

    it('should keep the first recording of an id and skip rows it cannot store', async () => {
      const store = await make();
      const m = message();
      const rows = [
        m,
        { ...m, status: 'bounced' as const },
        message({ tenant: '' }),
        message({ status: 'lost' as never }),
        message({ at: Number.NaN }),
        null as never,
      ];
      expect(await store.recordMessages(rows)).toBe(1);
      expect((await store.getMessages([m.id], T0))[0]?.status).toBe('sent');
    });

    it('should record a not-sent message as blocked with its reason', async () => {
      const store = await make();
      const m = message({ status: 'blocked', reason: 'previously_bounced', transport: undefined });
      await store.recordMessages([m]);
      const [found] = await store.getMessages([m.id], T0);
      expect(found).toMatchObject({ status: 'blocked', reason: 'previously_bounced' });
    });
  });

  describe(`${name}: events`, () => {
    it('should apply an event once and answer a repeat as a duplicate', async () => {
      const store = await make();
      const m = message();
      await store.recordMessages([m]);
      const delivered = event(m, { type: 'delivered' });
      const first = await store.applyEvents([delivered], T0);
      const again = await store.applyEvents([delivered], T0);
      expect(first.events[0]).toMatchObject({ result: 'applied', previousStatus: 'sent' });
      expect(first.events[0]?.message?.status).toBe('delivered');
      expect(again.events[0]?.result).toBe('duplicate');
      expect(await store.getEvents([m.id])).toEqual([[{ ...delivered }]]);
    });

    it('should refuse events for unknown messages and invalid events, storing nothing', async () => {
      const store = await make();
      const m = message();
      await store.recordMessages([m]);
      const result = await store.applyEvents(
        [
          event(m, { messageId: createMessageId(T0) }),
          event(m, { type: 'exploded' as never }),
          event(m, { tenant: '' }),
          event(m, { messageId: undefined, address: '' }),
          event(m, { reason: 'not-a-reason' as never }),
        ],
        T0,
      );
      expect(result.events.map((e) => e.result)).toEqual([
        'unknown_message',
        'invalid',
        'invalid',
        'invalid',
        'invalid',
      ]);
      expect(await store.getEvents([m.id])).toEqual([[]]);
      expect(result.suppressions).toEqual([]);
    });

    it('should take tenant and address from the matched message, not from the event', async () => {
      const store = await make();
      const m = message({ tenant: 'acme' });
      await store.recordMessages([m]);
      const result = await store.applyEvents(
        [
          event(m, {
            type: 'bounce',
            reason: 'recipient_moved',
            tenant: 'other',
            address: 'x@y.z',
          }),
        ],
        T0,
      );
      expect(result.suppressions).toEqual([
        expect.objectContaining({ key: 'ada@example.se', scope: { tenant: 'acme' } }),
      ]);
      expect(result.addresses.map((a) => [a.tenant, a.address])).toEqual([
        ['acme', 'ada@example.se'],
      ]);
    });

    it('should make a hard bounce an address problem and imply its suppression', async () => {
      const store = await make();
      const m = message();
      await store.recordMessages([m]);
      const bounce = event(m, { type: 'bounce', reason: 'mailbox_disabled', source: 'ses' });
      const result = await store.applyEvents([bounce], T0);
      expect(result.addresses[0]).toMatchObject({
        status: 'problem',
        confirmation: 'unconfirmed',
        problem: { kind: 'bounced', count: 1, lastReason: 'mailbox_disabled' },
      });
      expect(result.suppressions).toContainEqual({
        key: 'ada@example.se',
        scope: { tenant: 'acme' },
        reason: 'previously_bounced',
        source: 'ses',
        createdAt: bounce.at,
      });
      // Applying the same batch again (say, after the suppression write failed) changes
      // nothing in the ledger and answers the same suppressions.
      const retry = await store.applyEvents([bounce], T0);
      expect(retry.events[0]?.result).toBe('duplicate');
      expect(retry.suppressions).toEqual(result.suppressions);
      expect(retry.addresses[0]?.problem?.count).toBe(1);
    });

    it('should not blame the address for a bounce about the content', async () => {
      const store = await make();
      const m = message();
      await store.recordMessages([m]);
      const result = await store.applyEvents(
        [event(m, { type: 'bounce', reason: 'rejected_as_spam' })],
        T0,
      );
      expect(result.events[0]?.message?.status).toBe('bounced');
      expect(result.addresses[0]?.status).toBe('unconfirmed');
      expect(result.suppressions).toEqual([]);
    });

    it('should count problems and show the heaviest kind and the latest reason', async () => {
      const store = await make();
      const a = message({ at: T0 });
      const b = message({ at: T0 + DAY });
      await store.recordMessages([a, b]);
      const result = await store.applyEvents(
        [
          event(b, { type: 'complaint', at: T0 + DAY + 5 }),
          event(a, { type: 'invalid', reason: 'recipient_unknown', at: T0 + 5 }),
        ],
        T0 + 2 * DAY,
      );
      expect(result.addresses[0]?.problem).toEqual({
        kind: 'complained',
        count: 2,
        lastAt: T0 + DAY + 5,
      });
    });

    it('should suppress an unsubscribe from one type without making the address a problem', async () => {
      const store = await make();
      const m = message();
      await store.recordMessages([m]);
      const result = await store.applyEvents(
        [event(m, { type: 'unsubscribe', subscriptionType: 'newsletter' })],
        T0,
      );
      expect(result.addresses[0]?.status).toBe('unconfirmed');
      expect(result.suppressions).toEqual([
        expect.objectContaining({
          reason: 'unsubscribed_from_type',
          subscriptionType: 'newsletter',
        }),
      ]);
    });

    it('should apply an event about an address that matched no message, once', async () => {
      const store = await make();
      const unmatched: LedgerEventInput = {
        id: 'mailbox:17',
        type: 'complaint',
        tenant: 'acme',
        address: 'bo@example.nl',
        at: T0,
      };
      const first = await store.applyEvents([unmatched], T0);
      const again = await store.applyEvents([unmatched], T0);
      expect(first.events[0]).toEqual({ id: 'mailbox:17', result: 'applied' });
      expect(again.events[0]?.result).toBe('duplicate');
      expect(again.addresses[0]?.problem).toMatchObject({ kind: 'complained', count: 1 });
    });

    it('should end in the same statuses for any order and repetition of the same events', async () => {
      const a = message({ at: T0 });
      const b = message({ at: T0 + DAY });
      const events: LedgerEventInput[] = [
        event(a, { id: 'e1', type: 'soft_bounce', reason: 'mailbox_full', at: T0 + 10 }),
        event(a, { id: 'e2', type: 'delivered', at: T0 + 20 }),
        event(a, { id: 'e3', type: 'open', at: T0 + 5 }),
        event(b, { id: 'e4', type: 'bounce', reason: 'recipient_moved', at: T0 + DAY + 9 }),
        event(b, { id: 'e5', type: 'delivered', at: T0 + DAY + 3 }),
        event(b, { id: 'e6', type: 'complaint', at: T0 + DAY + 30 }),
      ];
      const snapshot = async (batches: LedgerEventInput[][]) => {
        const store = await make();
        await store.recordMessages([a, b]);
        for (const batch of batches) await store.applyEvents(batch, T0 + 2 * DAY);
        return {
          messages: await store.getMessages([a.id, b.id], T0 + 2 * DAY),
          address: await store.getAddressStatuses(
            [{ tenant: 'acme', address: 'ada@example.se' }],
            T0 + 2 * DAY,
          ),
        };
      };
      const expected = await snapshot([events]);
      expect(expected.messages.map((m) => m?.status)).toEqual(['opened', 'complained']);
      await fc.assert(
        fc.asyncProperty(
          fc.shuffledSubarray([...events, ...events, ...events.slice(0, 3)], {
            minLength: events.length * 2 + 3,
          }),
          fc.integer({ min: 1, max: 5 }),
          async (shuffled, size) => {
            const batches: LedgerEventInput[][] = [];
            for (let i = 0; i < shuffled.length; i += size)
              batches.push(shuffled.slice(i, i + size));
            expect(await snapshot(batches)).toEqual(expected);
          },
        ),
        { numRuns: 50 },
      );
    });
  });

  describe(`${name}: soft bounces over time`, () => {
    it('should count a soft bounce as bounced after five days without a delivery (seed 004)', async () => {
      const store = await make();
      const full = message({ address: 'full@example.se' });
      const recovers = message({ address: 'back@example.se', recipientId: 'r2' });
      await store.recordMessages([full, recovers]);
      await store.applyEvents(
        [
          event(full, { type: 'soft_bounce', reason: 'mailbox_full', at: T0 + 60_000 }),
          event(recovers, { type: 'soft_bounce', reason: 'mailbox_full', at: T0 + 60_000 }),
          event(recovers, { type: 'delivered', at: T0 + 3 * DAY }),
        ],
        T0 + 3 * DAY,
      );
      const day4 = await store.getMessages([full.id, recovers.id], T0 + 4 * DAY);
      expect(day4.map((m) => m?.status)).toEqual(['soft_bounced', 'delivered']);

      // On day 5 a read already shows it bounced, before any sweep…
      const day5 = T0 + 5 * DAY;
      const [read] = await store.getMessages([full.id], day5);
      expect(read).toMatchObject({ status: 'bounced', reason: 'delivery_expired' });
      const [pending] = await store.getAddressStatuses(
        [{ tenant: 'acme', address: 'full@example.se' }],
        day5,
      );
      expect(pending?.problem).toMatchObject({ kind: 'bounced', lastReason: 'delivery_expired' });

      // …and the sweep writes it down, with the suppression it implies.
      const swept = await store.sweep(day5);
      expect(swept.more).toBe(false);
      expect(swept.events).toEqual([
        expect.objectContaining({ id: `expired:${full.id}`, result: 'applied' }),
      ]);
      expect(swept.suppressions).toContainEqual(
        expect.objectContaining({ key: 'full@example.se', reason: 'previously_bounced' }),
      );
      expect((await store.getMessages([full.id], day5))[0]?.status).toBe('bounced');
      expect((await store.sweep(day5 + DAY)).events).toEqual([]);
      const statuses = await store.getAddressStatuses(
        [
          { tenant: 'acme', address: 'full@example.se' },
          { tenant: 'acme', address: 'back@example.se' },
        ],
        day5,
      );
      expect(statuses.map((s) => s.status)).toEqual(['problem', 'unconfirmed']);
    });

    it('should screen a batch: forgotten hashes and soft bounces past the window, nothing else', async () => {
      const store = await make();
      const keys = [
        { tenant: 'acme', address: 'full@example.se' },
        { tenant: 'acme', address: 'fine@example.se', hash: 'hmac-sha256:fine' },
        { tenant: 'other', address: 'full@example.se' },
        { tenant: 'acme', address: 'gone@example.se', hash: 'hmac-sha256:gone' },
      ];
      expect(await store.screen(keys, T0)).toEqual([]);
      const full = message({ address: 'full@example.se' });
      const fine = message({ address: 'fine@example.se', recipientId: 'r2' });
      await store.recordMessages([full, fine]);
      await store.applyEvents(
        [
          event(full, { type: 'soft_bounce', reason: 'mailbox_full', at: T0 + 60_000 }),
          event(fine, { type: 'delivered', at: T0 + 60_000 }),
        ],
        T0,
      );
      await store.forget([{ address: 'gone@example.se', hash: 'hmac-sha256:gone' }], T0);
      expect(await store.screen(keys, T0 + 4 * DAY)).toEqual([{ index: 3, forgotten: true }]);
      expect(await store.screen(keys, T0 + 5 * DAY)).toEqual([
        {
          index: 0,
          problem: expect.objectContaining({ kind: 'bounced', lastReason: 'delivery_expired' }),
        },
        { index: 3, forgotten: true },
      ]);
      expect(await store.screen([], T0 + 5 * DAY)).toEqual([]);
      // Once swept, the suppression list holds it: nothing is due any more.
      await store.sweep(T0 + 5 * DAY);
      expect(await store.screen(keys, T0 + 6 * DAY)).toEqual([{ index: 3, forgotten: true }]);
    });

    it("should screen a batch of one tenant without hashes, and not find another tenant's soft bounce", async () => {
      // A mailing's batch: every entry of one tenant, no erasure key (a store may send
      // such a batch in a shorter form, which must say the same).
      const store = await make();
      const full = message({ address: 'full@example.se' });
      await store.recordMessages([full]);
      await store.applyEvents(
        [event(full, { type: 'soft_bounce', reason: 'mailbox_full', at: T0 + 60_000 })],
        T0,
      );
      const batch = (tenant: string) =>
        ['fine@example.se', 'full@example.se', 'other@example.se'].map((address) => ({
          tenant,
          address,
        }));
      expect(await store.screen(batch('acme'), T0 + 5 * DAY)).toEqual([
        {
          index: 1,
          problem: expect.objectContaining({ kind: 'bounced', lastReason: 'delivery_expired' }),
        },
      ]);
      expect(await store.screen(batch('other'), T0 + 5 * DAY)).toEqual([]);
      expect(await store.screen([...batch('other'), ...batch('acme')], T0 + 5 * DAY)).toEqual([
        { index: 4, problem: expect.objectContaining({ kind: 'bounced' }) },
      ]);
    });

    it('should sweep a page at a time and say when there is more', async () => {
      const store = await make();
      const messages = [0, 1, 2].map((i) => message({ address: `p${i}@example.se`, at: T0 + i }));
      await store.recordMessages(messages);
      await store.applyEvents(
        messages.map((m) => event(m, { type: 'soft_bounce', reason: 'mailbox_full' })),
        T0,
      );
      const first = await store.sweep(T0 + 6 * DAY, 2);
      const second = await store.sweep(T0 + 6 * DAY, 2);
      expect([first.events.length, first.more, second.events.length, second.more]).toEqual([
        2,
        true,
        1,
        false,
      ]);
    });

    it('should make an address whose messages keep soft-bouncing a problem, saying why', async () => {
      const store = await make();
      const messages = [0, 1, 2].map((day) => message({ at: T0 + day * DAY }));
      await store.recordMessages(messages);
      const bounces = messages.map((m) =>
        event(m, { type: 'soft_bounce', reason: 'mailbox_full', at: m.at + 60_000 }),
      );
      const twoOf = await store.applyEvents(bounces.slice(0, 2), T0 + 2 * DAY);
      expect(twoOf.addresses[0]?.status).toBe('unconfirmed');
      const third = await store.applyEvents(bounces.slice(2), T0 + 2 * DAY);
      expect(third.addresses[0]?.problem).toEqual({
        kind: 'bounced',
        count: 3,
        lastAt: messages[2]!.at + 60_000,
        lastReason: 'mailbox_full',
        detail: '3 messages in a row soft-bounced over 2 days',
      });
      expect(third.suppressions).toContainEqual(
        expect.objectContaining({ key: 'ada@example.se', reason: 'previously_bounced' }),
      );
    });

    it('should let a delivery in between break the streak', async () => {
      const store = await make({ softBounceStreak: 2 });
      const [a, b, c] = [0, 1, 3].map((day) => message({ at: T0 + day * DAY }));
      await store.recordMessages([a!, b!, c!]);
      const result = await store.applyEvents(
        [
          event(a!, { type: 'soft_bounce', reason: 'mailbox_full' }),
          event(b!, { type: 'delivered' }),
          event(c!, { type: 'soft_bounce', reason: 'mailbox_full' }),
        ],
        T0 + 3 * DAY,
      );
      expect(result.addresses[0]?.status).toBe('unconfirmed');
    });
  });

  describe(`${name}: lists`, () => {
    const rows = Array.from({ length: 7 }, (_, i) =>
      message({
        at: T0 + i * 1000,
        tenant: i < 6 ? 'acme' : 'other',
        recipientId: `r${i % 3}`,
        address: `a${i % 2}@example.se`,
        mailingId: i < 4 ? 'spring' : undefined,
      }),
    );
    let store: LedgerStore;
    const ready = (async () => {
      store = await make();
      await store.recordMessages(rows);
      await store.applyEvents([event(rows[1]!, { type: 'delivered' })], T0);
    })();
    const ids = (indexes: number[]) => indexes.map((i) => rows[i]!.id);

    it('should filter by tenant, recipient, address, mailing and status', async () => {
      await ready;
      const list = async (filter: object) =>
        (await store.listMessages(filter, T0)).items.map((m) => m.id);
      expect(await list({ tenant: 'acme', recipientId: 'r0' })).toEqual(ids([0, 3]));
      expect(await list({ tenant: 'acme', address: 'a1@example.se' })).toEqual(ids([1, 3, 5]));
      expect(await list({ address: 'a0@example.se' })).toEqual(ids([0, 2, 4, 6]));
      expect(await list({ mailingId: 'spring', status: 'sent' })).toEqual(ids([0, 2, 3]));
      expect(await list({ tenant: 'nobody' })).toEqual([]);
      expect(await list({ since: T0 + 5000, until: T0 + 6000 })).toEqual(ids([5]));
    });

    it('should page with a cursor, oldest or newest first', async () => {
      await ready;
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listMessages({ tenant: 'acme', limit: 4, cursor }, T0);
        seen.push(...page.items.map((m) => m.id));
        cursor = page.cursor;
      } while (cursor !== undefined);
      expect(seen).toEqual(ids([0, 1, 2, 3, 4, 5]));
      const newest = await store.listMessages({ order: 'newest', limit: 2 }, T0);
      expect(newest.items.map((m) => m.id)).toEqual(ids([6, 5]));
      const next = await store.listMessages(
        { order: 'newest', limit: 2, cursor: newest.cursor },
        T0,
      );
      expect(next.items.map((m) => m.id)).toEqual(ids([4, 3]));
    });

    it('should answer in id order when messages were recorded out of order', async () => {
      const late = await make();
      const [early, later] = [message({ at: T0 }), message({ at: T0 + 1 })];
      await late.recordMessages([later!, early!]);
      const page = await late.listMessages({}, T0);
      expect(page.items.map((m) => m.id)).toEqual([early!.id, later!.id]);
    });
  });

  describe(`${name}: confirmation and address changes`, () => {
    it('should move through the confirmation states, the latest change winning', async () => {
      const store = await make();
      const key = { tenant: 'acme', address: 'ada@example.se' };
      await store.setConfirmations([
        { ...key, state: 'confirmed', at: T0 + 2 },
        { ...key, state: 'confirmation_requested', at: T0 + 1 },
      ]);
      expect((await store.getAddressStatuses([key], T0))[0]).toMatchObject({
        status: 'confirmed',
        confirmationAt: T0 + 2,
      });
      // A new confirmation request (seed 004), later on.
      const [again] = await store.setConfirmations([
        { ...key, state: 'confirmation_requested', at: T0 + 3 },
      ]);
      expect(again?.status).toBe('confirmation_requested');
    });

    it('should record who changed which address, and start the new one unconfirmed', async () => {
      const store = await make();
      const old = { tenant: 'acme', address: 'ada@old.se' };
      const fresh = { tenant: 'acme', address: 'ada@new.se' };
      await store.setConfirmations([
        { ...old, state: 'confirmed', at: T0 },
        { ...fresh, state: 'confirmed', at: T0 },
      ]);
      const change = {
        tenant: 'acme',
        recipientId: 'r1',
        from: 'ada@old.se',
        to: 'ada@new.se',
        actor: 'user-9',
        at: T0 + DAY,
      };
      await store.recordAddressChanges([change]);
      expect(await store.addressHistory('acme', ['r1', 'r2'])).toEqual([[change], []]);
      const statuses = await store.getAddressStatuses([old, fresh], T0 + DAY);
      expect(statuses.map((s) => s.status)).toEqual(['confirmed', 'unconfirmed']);
      expect(await store.addressHistory('other', ['r1'])).toEqual([[]]);
    });
  });

  describe(`${name}: forget`, () => {
    it('should leave no trace of the address in any query, yet remember its hash', async () => {
      const store = await make();
      const ada = message({ providerMessageId: 'p-ada' });
      const other = message({ address: 'bo@example.se', recipientId: 'r2' });
      await store.recordMessages([ada, other]);
      await store.applyEvents(
        [
          event(ada, {
            type: 'bounce',
            reason: 'recipient_moved',
            detail: '550 ada@example.se moved',
          }),
        ],
        T0,
      );
      await store.recordAddressChanges([
        {
          tenant: 'acme',
          recipientId: 'r1',
          from: 'ada@old.se',
          to: 'ada@example.se',
          actor: 'u',
          at: T0,
        },
      ]);
      const kept = await store.forget(
        [{ address: 'Ada@Example.se', hash: 'hmac-sha256:abc' }],
        T0 + DAY,
      );
      expect(kept).toEqual([
        { hash: 'hmac-sha256:abc', problems: [{ tenant: 'acme', kind: 'bounced' }], at: T0 + DAY },
      ]);
      expect(await store.getMessages([ada.id], T0)).toEqual([undefined]);
      expect(await store.getMessagesByProviderId(['p-ada'], T0)).toEqual([undefined]);
      expect(await store.getEvents([ada.id])).toEqual([[]]);
      const all = await store.listMessages({}, T0);
      expect(JSON.stringify(all)).not.toContain('ada@');
      expect(all.items.map((m) => m.id)).toEqual([other.id]);
      expect(await store.addressHistory('acme', ['r1'])).toEqual([[]]);
      const [status] = await store.getAddressStatuses(
        [{ tenant: 'acme', address: 'ada@example.se' }],
        T0,
      );
      expect(status).toEqual({
        tenant: 'acme',
        address: 'ada@example.se',
        status: 'unconfirmed',
        confirmation: 'unconfirmed',
      });
      expect(await store.isForgotten(['hmac-sha256:abc', 'hmac-sha256:def'])).toEqual([
        true,
        false,
      ]);
      // An event naming the forgotten message finds nothing to store.
      const late = await store.applyEvents([event(ada, { id: 'late', type: 'complaint' })], T0);
      expect(late.events[0]?.result).toBe('unknown_message');
    });
  });
}
