import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LedgerEventType, ledgerEventTypes, type MessageStatus } from './statuses';
import { applyEvent, applyMessageEvent, deriveStatus, type MessageState } from './transitions';

// The transition table of docs/concepts/ledger.md, written out: the rows are the current
// status, the columns the event, in this order. It extends the table of the research on
// delivery events (research/delivery-events.md §7) with `none`, `blocked`, `expired`,
// `invalid` and `unknown` events; every cell that table has is the same here.
const columns: readonly LedgerEventType[] = [
  'queued',
  'sent',
  'deferred',
  'soft_bounce',
  'blocked',
  'delivered',
  'open',
  'click',
  'expired',
  'bounce',
  'unsubscribe',
  'complaint',
  'invalid',
  'unknown',
];
const table: { readonly [S in MessageStatus]: readonly MessageStatus[] } = {
  none: [
    'queued',
    'sent',
    'deferred',
    'soft_bounced',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'unknown',
  ],
  unknown: [
    'queued',
    'sent',
    'deferred',
    'soft_bounced',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'unknown',
  ],
  queued: [
    'queued',
    'sent',
    'deferred',
    'soft_bounced',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'queued',
  ],
  sent: [
    'sent',
    'sent',
    'deferred',
    'soft_bounced',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'sent',
  ],
  deferred: [
    'deferred',
    'deferred',
    'deferred',
    'soft_bounced',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'deferred',
  ],
  soft_bounced: [
    'soft_bounced',
    'soft_bounced',
    'soft_bounced',
    'soft_bounced',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'soft_bounced',
  ],
  blocked: [
    'blocked',
    'blocked',
    'blocked',
    'blocked',
    'blocked',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'blocked',
  ],
  delivered: [
    'delivered',
    'delivered',
    'delivered',
    'delivered',
    'delivered',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'delivered',
  ],
  opened: [
    'opened',
    'opened',
    'opened',
    'opened',
    'opened',
    'opened',
    'opened',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'opened',
  ],
  clicked: [
    'clicked',
    'clicked',
    'clicked',
    'clicked',
    'clicked',
    'clicked',
    'clicked',
    'clicked',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'clicked',
  ],
  bounced: [
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'bounced',
    'unsubscribed',
    'complained',
    'invalid',
    'bounced',
  ],
  unsubscribed: [
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'unsubscribed',
    'complained',
    'invalid',
    'unsubscribed',
  ],
  complained: [
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'complained',
    'invalid',
    'complained',
  ],
  invalid: [
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
    'invalid',
  ],
};
describe('the transition table', () => {
  it('should list every event type as a column', () => {
    expect([...columns].sort()).toEqual([...ledgerEventTypes].sort());
  });

  const cells = Object.entries(table).flatMap(([status, results]) =>
    columns.map((event, i) => [status as MessageStatus, event, results[i]!] as const),
  );

  it.each(cells)('%s + %s → %s', (status, event, expected) => {
    expect(applyEvent(status, event)).toBe(expected);
  });
});

const eventArbitrary = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6'),
  type: fc.constantFrom(...ledgerEventTypes),
  at: fc.integer({ min: 0, max: 20 }),
  reason: fc.constantFrom(undefined, 'mailbox_full', 'recipient_unknown', 'unknown' as const),
});

/** The same events, shuffled, each repeated up to three times. */
function shuffledWithRepeats<T>(items: readonly T[]) {
  return fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: items.length, maxLength: items.length })
    .chain((repeats) =>
      fc.shuffledSubarray(
        items.flatMap((item, i) => Array.from({ length: repeats[i]! }, () => item)),
        { minLength: items.reduce((n, _, i) => n + repeats[i]!, 0) },
      ),
    );
}

describe('deriveStatus', () => {
  it('should give the same status for any order and repetition of the same events', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...ledgerEventTypes), { maxLength: 8 })
          .chain((events) => fc.tuple(fc.constant(events), shuffledWithRepeats(events))),
        ([events, reordered]) => {
          expect(deriveStatus(reordered)).toBe(deriveStatus(events));
        },
      ),
    );
  });

  it('should start from none', () => {
    expect(deriveStatus([])).toBe('none');
  });
});

describe('applyMessageEvent', () => {
  const start: MessageState = { status: 'sent', statusAt: 0, decidedBy: '' };

  it('should give the same status, reason and time for any order and repetition', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(eventArbitrary, { selector: (event) => event.id, maxLength: 6 })
          .chain((events) => fc.tuple(fc.constant(events), shuffledWithRepeats(events))),
        ([events, reordered]) => {
          const once = events.reduce(applyMessageEvent, start);
          const again = reordered.reduce(applyMessageEvent, start);
          expect(again).toEqual(once);
        },
      ),
    );
  });

  it('should take the reason of the latest event of the winning status', () => {
    const bounced = [
      { id: 'b', type: 'soft_bounce', at: 5, reason: 'mailbox_full' },
      { id: 'a', type: 'soft_bounce', at: 9, reason: 'receiver_system_full' },
      { id: 'c', type: 'deferred', at: 12 },
    ] as const;
    expect(bounced.reduce(applyMessageEvent, start)).toEqual({
      status: 'soft_bounced',
      reason: 'receiver_system_full',
      statusAt: 9,
      decidedBy: 'a',
    });
  });
});
