import { describe, expect, it } from 'vitest';
import type { MessageFilter } from '../ledger/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

async function gateWithThreeMessages() {
  const gate = createMailgate({ transport: recordingTransport() });
  for (const id of ['r-1', 'r-2', 'r-3']) {
    const sent = await gate.send(
      aRequest({ recipient: { id, addresses: [{ address: `${id}@example.com` }] } }),
    );
    expect(sent.isOk()).toBe(true);
  }
  return gate;
}

describe('gate.messages and gate.sweep arguments', () => {
  it('should refuse a filter the store would read as something else, naming the field', async () => {
    const gate = await gateWithThreeMessages();
    const cases: [object, string][] = [
      [{ limit: 'x' }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ limit: -1 }, 'limit'],
      [{ limit: 1.5 }, 'limit'],
      [{ status: 'bogus' }, 'status'],
      [{ order: 'sideways' }, 'order'],
      [{ cursor: 'zzz' }, 'cursor'],
      [{ since: 'yesterday' }, 'since'],
      [{ until: Number.NaN }, 'until'],
      [{ tenant: 5 }, 'tenant'],
      [{ mailingId: 'm'.repeat(300) }, 'mailingId'],
      [{ address: 'not an address' }, 'address'],
    ];
    for (const [filter, field] of cases) {
      const answer = await gate.messages(filter as MessageFilter);
      expect(answer._unsafeUnwrapErr(), JSON.stringify(filter)).toMatchObject({
        type: 'invalid_argument',
        field,
      });
    }
    expect((await gate.messages([] as never))._unsafeUnwrapErr().type).toBe('invalid_argument');
  });

  it('should still answer a well-formed filter, paging by its cursor', async () => {
    const gate = await gateWithThreeMessages();
    const first = (
      await gate.messages({ tenant: 'acme', limit: 2, order: 'oldest' })
    )._unsafeUnwrap();
    expect(first.items).toHaveLength(2);
    const rest = await gate.messages({
      tenant: 'acme',
      limit: 2,
      order: 'oldest',
      status: 'sent',
      since: 0,
      ...(first.cursor === undefined ? {} : { cursor: first.cursor }),
    });
    // Ids made in the same millisecond need not sort in sending order: check the pages
    // together cover the three messages once each, whichever comes last.
    const ids = (page: { items: readonly { recipientId?: string }[] }) =>
      page.items.map((message) => message.recipientId);
    expect(ids(rest._unsafeUnwrap())).toHaveLength(1);
    expect([...ids(first), ...ids(rest._unsafeUnwrap())].sort()).toEqual(['r-1', 'r-2', 'r-3']);
    const byAddress = await gate.messages({ address: 'R-2@Example.com' });
    expect(byAddress._unsafeUnwrap().items.map((message) => message.recipientId)).toEqual(['r-2']);
  });

  it('should refuse a sweep limit that is not a whole number of at least 1', async () => {
    const gate = await gateWithThreeMessages();
    for (const limit of [0, -1, 2.5, Number.NaN, 'x']) {
      expect((await gate.sweep(undefined, limit as number))._unsafeUnwrapErr()).toMatchObject({
        type: 'invalid_argument',
        field: 'limit',
      });
    }
    expect((await gate.sweep(undefined, 10))._unsafeUnwrap()).toEqual({ expired: 0, more: false });
  });
});
