import { describe, expect, it } from 'vitest';
import { addProblem, addressEffect, problemSuppression } from './address-effects';
import type { LedgerEventInput } from './types';

const base: LedgerEventInput = {
  id: 'e1',
  type: 'bounce',
  tenant: 'acme',
  address: 'ada@example.se',
  at: 1000,
  source: 'ses',
};

describe('addressEffect', () => {
  const cases: Array<[Partial<LedgerEventInput>, string | undefined, string | undefined]> = [
    [{ type: 'bounce', reason: 'mailbox_disabled' }, 'bounced', 'previously_bounced'],
    [{ type: 'bounce', reason: 'rejected_as_spam' }, undefined, undefined],
    [{ type: 'bounce' }, undefined, undefined],
    [{ type: 'invalid', reason: 'recipient_unknown' }, 'invalid', 'previously_bounced'],
    [{ type: 'expired', reason: 'delivery_expired' }, 'bounced', 'previously_bounced'],
    [{ type: 'complaint' }, 'complained', 'previously_complained'],
    [{ type: 'unsubscribe' }, 'unsubscribed', 'unsubscribed_from_all'],
    [{ type: 'unsubscribe', subscriptionType: 'news' }, undefined, 'unsubscribed_from_type'],
    [{ type: 'blocked', reason: 'suppressed_by_provider' }, 'blocked', 'previously_bounced'],
    [{ type: 'blocked', reason: 'frequency_capped' }, undefined, undefined],
    [{ type: 'soft_bounce', reason: 'mailbox_full' }, undefined, undefined],
    [{ type: 'delivered' }, undefined, undefined],
  ];

  it.each(cases)('%o → problem %s, suppression %s', (event, problem, suppression) => {
    const effect = addressEffect({ ...base, ...event });
    expect(effect.problem).toBe(problem);
    expect(effect.suppression?.reason).toBe(suppression);
  });

  it('should suppress in the tenant of the event, from its source, at its time', () => {
    expect(addressEffect({ ...base, type: 'complaint' }).suppression).toEqual({
      key: 'ada@example.se',
      scope: { tenant: 'acme' },
      reason: 'previously_complained',
      source: 'ses',
      createdAt: 1000,
    });
  });

  it('should give every problem kind a suppression (one truth)', () => {
    for (const kind of ['blocked', 'bounced', 'invalid', 'unsubscribed', 'complained'] as const) {
      const entry = problemSuppression('acme', 'a@b.se', { kind, count: 1, lastAt: 5 }, 'ledger');
      expect(entry.reason).toMatch(
        /^(previously_bounced|previously_complained|unsubscribed_from_all)$/,
      );
    }
  });
});

describe('addProblem', () => {
  it('should count, keep the heaviest kind and the latest reason in any order', () => {
    const events = [
      { kind: 'bounced', at: 5, reason: 'mailbox_disabled' },
      { kind: 'complained', at: 3 },
      { kind: 'invalid', at: 9, reason: 'recipient_unknown' },
    ] as const;
    const forward = events.reduce(
      (p, e) => addProblem(p, e.kind, e),
      undefined as ReturnType<typeof addProblem> | undefined,
    );
    const backward = [...events]
      .reverse()
      .reduce(
        (p, e) => addProblem(p, e.kind, e),
        undefined as ReturnType<typeof addProblem> | undefined,
      );
    expect(forward).toEqual({
      kind: 'complained',
      count: 3,
      lastAt: 9,
      lastReason: 'recipient_unknown',
    });
    expect(backward).toEqual(forward);
  });
});
