import { describe, expect, it } from 'vitest';
import { messageIdHeader } from './id-carriers';
import { matchEvents } from './match-events';
import { matchEvent } from './matching';
import { memoryLedgerStore } from './memory-ledger-store';
import { createMessageId } from './message-id';
import type { LedgerMessage } from './types';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 2, 1);

function message(overrides: Partial<LedgerMessage>): LedgerMessage {
  const createdAt = overrides.createdAt ?? T0;
  return {
    id: createMessageId(createdAt),
    tenant: 'acme',
    address: 'ada@example.se',
    status: 'sent',
    createdAt,
    statusAt: createdAt,
    ...overrides,
  };
}

describe('matchEvent', () => {
  const ours = message({ providerMessageId: 'ses-1' });
  const other = message({ providerMessageId: ours.id, address: 'bo@example.se' });
  const quoted = message({ providerMessageId: '<abc@relay.example>' });
  const candidates = [other, ours, quoted];

  it('should match by mailgate id first, even when a provider id says the same', () => {
    expect(matchEvent({ messageId: ours.id, at: T0 }, candidates)).toEqual({
      message: ours,
      by: 'mailgate_id',
    });
  });

  it('should match by provider id next, with or without brackets', () => {
    expect(matchEvent({ messageId: 'ses-1', at: T0 }, candidates)?.by).toBe('provider_id');
    expect(matchEvent({ messageId: 'abc@relay.example', at: T0 }, candidates)?.message).toBe(
      quoted,
    );
  });

  it('should match a Message-ID quoted in the report, ours or the provider’s', () => {
    const header = messageIdHeader(ours.id, 'mail.example.se');
    expect(matchEvent({ quotedMessageIds: [header], at: T0 }, candidates)).toEqual({
      message: ours,
      by: 'message_id_header',
    });
    expect(
      matchEvent({ quotedMessageIds: ['<abc@relay.example>'], at: T0 }, candidates)?.message,
    ).toBe(quoted);
  });

  it('should fall back to the latest message to the address within the window, saying so', () => {
    const older = message({ createdAt: T0 - 3 * DAY });
    const newer = message({ createdAt: T0 - DAY });
    const future = message({ createdAt: T0 + DAY });
    const otherTenant = message({ createdAt: T0 - 1000, tenant: 'globex' });
    const match = matchEvent({ address: 'ada@example.se', tenant: 'acme', at: T0 }, [
      older,
      newer,
      future,
      otherTenant,
    ]);
    expect(match).toEqual({ message: newer, by: 'address_time' });
    expect(
      matchEvent({ address: 'ada@example.se', at: T0 + 40 * DAY }, [older, newer]),
    ).toBeUndefined();
  });

  it('should match nothing when nothing fits', () => {
    expect(matchEvent({ messageId: 'nope', at: T0 }, candidates)).toBeUndefined();
    expect(matchEvent({ at: T0 }, [])).toBeUndefined();
  });
});

describe('matchEvents', () => {
  it('should match a batch through the store, falling back to address and time', async () => {
    const store = memoryLedgerStore();
    const a = {
      id: createMessageId(T0),
      tenant: 'acme',
      address: 'ada@example.se',
      providerMessageId: 'ses-a',
      status: 'sent' as const,
      at: T0,
    };
    const b = {
      id: createMessageId(T0 + 1),
      tenant: 'acme',
      address: 'bo@example.se',
      status: 'sent' as const,
      at: T0 + 1,
    };
    await store.recordMessages([a, b]);
    const matches = await matchEvents(
      store,
      [
        { messageId: 'ses-a', at: T0 + DAY },
        { messageId: b.id.toLowerCase(), at: T0 + DAY },
        { quotedMessageIds: [messageIdHeader(a.id, 'x.se')], at: T0 + DAY },
        { address: 'bo@example.se', tenant: 'acme', at: T0 + DAY },
        { address: 'nobody@example.se', at: T0 + DAY },
      ],
      T0 + DAY,
    );
    expect(matches.map((m) => m && [m.message.id, m.by])).toEqual([
      [a.id, 'provider_id'],
      [b.id, 'mailgate_id'],
      [a.id, 'message_id_header'],
      [b.id, 'address_time'],
      undefined,
    ]);
  });
});
