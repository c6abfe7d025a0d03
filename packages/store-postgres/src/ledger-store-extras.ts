// Test helper (not exported): what the PostgreSQL ledger must show beyond core's
// contract — tenants kept apart, hostile strings kept exactly — for PGlite and server.
import { createMessageId, type LedgerStore } from '@mailgate/core';
import { describe, expect, it } from 'vitest';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export function describeLedgerExtras(name: string, make: () => Promise<LedgerStore>): void {
  describe(`${name}: tenants`, () => {
    it('should keep the same address of two tenants apart in every read and write', async () => {
      const store = await make();
      const a = { id: createMessageId(T0), tenant: 'a', address: 'x@example.se' };
      const b = { id: createMessageId(T0 + 1), tenant: 'b', address: 'x@example.se' };
      await store.recordMessages(
        [a, b].map((m) => ({ ...m, recipientId: 'r1', mailingId: 'm', status: 'sent', at: T0 })),
      );
      const result = await store.applyEvents(
        [{ id: 'e1', type: 'complaint', tenant: 'b', address: 'y@z', messageId: a.id, at: T0 }],
        T0,
      );
      expect(result.suppressions.map((s) => s.scope)).toEqual([{ tenant: 'a' }]);
      const statuses = await store.getAddressStatuses(
        [
          { tenant: 'a', address: 'x@example.se' },
          { tenant: 'b', address: 'x@example.se' },
        ],
        T0,
      );
      expect(statuses.map((s) => s.status)).toEqual(['problem', 'unconfirmed']);
      const listB = await store.listMessages({ tenant: 'b', address: 'x@example.se' }, T0);
      expect(listB.items.map((m) => m.id)).toEqual([b.id]);
      expect((await store.listMessages({ tenant: 'b', mailingId: 'm' }, T0)).items).toHaveLength(1);
      await store.recordAddressChanges([
        { tenant: 'a', recipientId: 'r1', to: 'new@example.se', actor: 'u', at: T0 },
      ]);
      expect(await store.addressHistory('b', ['r1'])).toEqual([[]]);
      await store.setConfirmations([
        { tenant: 'a', address: 'x@example.se', state: 'confirmed', at: T0 },
      ]);
      const [bAfter] = await store.getAddressStatuses(
        [{ tenant: 'b', address: 'x@example.se' }],
        T0,
      );
      expect(bAfter?.confirmation).toBe('unconfirmed');
    });
  });

  describe(`${name}: hostile strings`, () => {
    const hostile = [
      "'; drop table mailgate_ledger_messages; --",
      'nul\u0000inside',
      'lone \uD800 surrogate',
      '\u0001marker %0000 look-alike',
      'tail surrogate \uDC00',
    ];

    it('should store and find every string exactly as given', async () => {
      const store = await make();
      for (const [i, text] of hostile.entries()) {
        const id = createMessageId(T0 + i);
        const input = {
          id,
          tenant: text,
          address: `${text}@example.se`,
          recipientId: text,
          category: text,
          mailingId: text,
          transport: text,
          providerMessageId: `<${text}>`,
          actor: text,
          status: 'sent' as const,
          at: T0 + i,
        };
        expect(await store.recordMessages([input])).toBe(1);
        const event = {
          id: text,
          type: 'bounce' as const,
          tenant: text,
          address: input.address,
          messageId: id,
          at: T0 + 10,
          reason: 'mailbox_disabled' as const,
          source: text,
          subscriptionType: text,
          detail: text,
        };
        const applied = await store.applyEvents([event], T0);
        expect(applied.events[0]?.result).toBe('applied');
        expect(applied.suppressions[0]).toMatchObject({
          key: input.address,
          scope: { tenant: text },
        });
        const { at: _, reason: __, ...rest } = { ...input, reason: undefined };
        const [found] = await store.getMessages([id], T0);
        expect(found).toMatchObject({ ...rest, status: 'bounced', reason: 'mailbox_disabled' });
        expect((await store.getMessagesByProviderId([text], T0))[0]?.id).toBe(id);
        expect(await store.getEvents([id])).toEqual([[event]]);
        const list = await store.listMessages(
          { tenant: text, address: input.address, recipientId: text, mailingId: text },
          T0,
        );
        expect(list.items.map((m) => m.id)).toEqual([id]);
        const [status] = await store.getAddressStatuses(
          [{ tenant: text, address: input.address }],
          T0,
        );
        expect(status).toMatchObject({ tenant: text, address: input.address, status: 'problem' });
        await store.recordAddressChanges([
          { tenant: text, recipientId: text, from: input.address, actor: text, at: T0 },
        ]);
        expect(await store.addressHistory(text, [text])).toEqual([
          [{ tenant: text, recipientId: text, from: input.address, actor: text, at: T0 }],
        ]);
        const [kept] = await store.forget([{ address: input.address, hash: text }], T0);
        expect(kept).toEqual({ hash: text, problems: [{ tenant: text, kind: 'bounced' }], at: T0 });
        expect(await store.isForgotten([text, `${text}x`])).toEqual([true, false]);
        expect(await store.getMessages([id], T0)).toEqual([undefined]);
      }
    });
  });
}
