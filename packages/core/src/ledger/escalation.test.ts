import { describe, expect, it } from 'vitest';
import { defaultLedgerRules, expiryEvent, messageAt, softBounceStreak } from './escalation';
import type { LedgerMessage } from './types';

const DAY = 24 * 60 * 60 * 1000;

const soft: LedgerMessage = {
  id: '01JH0000000000000000000001',
  tenant: 'acme',
  address: 'ada@example.se',
  status: 'soft_bounced',
  reason: 'mailbox_full',
  createdAt: 0,
  statusAt: 60_000,
};

describe('the soft-bounce window', () => {
  it('should default to five days', () => {
    expect(defaultLedgerRules.softBounceWindowMs).toBe(5 * DAY);
  });

  it('should show a soft bounce as bounced once the window has passed, and not before', () => {
    expect(messageAt(soft, 5 * DAY - 1)).toBe(soft);
    expect(messageAt(soft, 5 * DAY)).toEqual({
      ...soft,
      status: 'bounced',
      reason: 'delivery_expired',
      statusAt: 5 * DAY,
    });
    expect(messageAt({ ...soft, status: 'delivered' }, 10 * DAY).status).toBe('delivered');
  });

  it('should write the expiry as an event whose id and time come from the message alone', () => {
    expect(expiryEvent(soft)).toEqual({
      id: `expired:${soft.id}`,
      type: 'expired',
      tenant: 'acme',
      address: 'ada@example.se',
      messageId: soft.id,
      match: 'mailgate_id',
      at: 5 * DAY,
      reason: 'delivery_expired',
      source: 'sweep',
      detail: 'soft-bounced (mailbox_full) with no delivery within 5 days',
    });
  });
});

describe('softBounceStreak', () => {
  const at = (n: number, status: LedgerMessage['status'], day: number) => ({
    id: `01JH00000000000000000000${String(n).padStart(2, '0')}`,
    status,
    statusAt: day * DAY,
    reason: 'mailbox_full' as const,
  });

  it('should need the count and the span both', () => {
    const three = [at(1, 'soft_bounced', 0), at(2, 'soft_bounced', 1), at(3, 'soft_bounced', 2)];
    expect(softBounceStreak(three)).toMatchObject({ count: 3, firstAt: 0, lastAt: 2 * DAY });
    expect(softBounceStreak(three.slice(0, 2))).toBeUndefined();
    const quick = [at(1, 'soft_bounced', 0), at(2, 'soft_bounced', 0), at(3, 'soft_bounced', 1)];
    expect(softBounceStreak(quick)).toBeUndefined();
  });

  it('should count only since the last delivery, and skip messages with no news', () => {
    const messages = [
      at(1, 'soft_bounced', 0),
      at(2, 'soft_bounced', 1),
      at(3, 'delivered', 2),
      at(4, 'soft_bounced', 3),
      at(5, 'sent', 4),
      at(6, 'soft_bounced', 5),
    ];
    expect(softBounceStreak(messages)).toBeUndefined();
    expect(
      softBounceStreak(messages, { ...defaultLedgerRules, softBounceStreak: 2 }),
    ).toMatchObject({
      count: 2,
      detail: '2 messages in a row soft-bounced over 2 days',
    });
  });

  it('should not depend on the order it is given the messages in', () => {
    const messages = [at(3, 'soft_bounced', 2), at(1, 'soft_bounced', 0), at(2, 'soft_bounced', 1)];
    expect(softBounceStreak(messages)).toEqual(softBounceStreak([...messages].reverse()));
  });
});
