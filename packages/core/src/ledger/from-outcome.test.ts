import { describe, expect, it } from 'vitest';
import type { NotSent, Sent } from '../outcome';
import { bounceEventType, recordOutcome } from './from-outcome';
import { memoryLedgerStore } from './memory-ledger-store';
import { createMessageId } from './message-id';

const at = Date.UTC(2026, 3, 1);
const context = { tenant: 'acme', category: 'transactional', actor: 'recruiter-4' };

function notSent(overrides: Partial<NotSent>): NotSent {
  return {
    status: 'not_sent',
    reason: 'previously_bounced',
    stage: 'policy',
    permanent: true,
    retryable: false,
    recipientId: 'cand-1',
    address: 'Ada@Example.se',
    ...overrides,
  };
}

describe('bounceEventType', () => {
  it('should tell soft, invalid and hard bounces apart', () => {
    expect(bounceEventType('mailbox_full', false)).toBe('soft_bounce');
    expect(bounceEventType('recipient_unknown', true)).toBe('invalid');
    expect(bounceEventType('mailbox_disabled', true)).toBe('bounce');
  });
});

describe('recordOutcome', () => {
  it('should record a sent message with the provider id', () => {
    const id = createMessageId(at);
    const sent: Sent = {
      status: 'sent',
      recipientId: 'cand-1',
      address: 'ada@example.se',
      transport: 'smtp',
      messageId: '<x@relay>',
      refused: [],
      warnings: [],
    };
    expect(recordOutcome(id, sent, context, at)).toEqual({
      message: {
        id,
        tenant: 'acme',
        recipientId: 'cand-1',
        address: 'ada@example.se',
        category: 'transactional',
        actor: 'recruiter-4',
        transport: 'smtp',
        providerMessageId: '<x@relay>',
        status: 'sent',
        at,
      },
      events: [],
    });
  });

  it('should record a policy refusal as blocked with its reason', () => {
    const { message, events } = recordOutcome('ID', notSent({}), context, at);
    expect(message).toMatchObject({ status: 'blocked', reason: 'previously_bounced' });
    expect(events).toEqual([]);
  });

  it('should record a message with no address chosen, for "why did Ada get nothing?"', () => {
    const outcome = notSent({ reason: 'no_address', stage: 'resolve', address: undefined });
    const { message } = recordOutcome('ID', outcome, context, at);
    expect(message.address).toBeUndefined();
    expect(message).toMatchObject({
      status: 'blocked',
      reason: 'no_address',
      recipientId: 'cand-1',
    });
  });

  it('should turn a permanent refusal at send time into a bounce event', async () => {
    const id = createMessageId(at);
    const outcome = notSent({
      reason: 'recipient_unknown',
      stage: 'transport',
      provider: { name: 'smtp', code: '5.1.1', status: 550, text: '550 5.1.1 no such user' },
    });
    const recorded = recordOutcome(id, outcome, context, at);
    expect(recorded.message).toMatchObject({ status: 'queued', transport: 'smtp' });
    expect(recorded.events).toEqual([
      {
        id: `refusal:${id}`,
        type: 'invalid',
        tenant: 'acme',
        address: 'ada@example.se',
        messageId: id,
        match: 'mailgate_id',
        at,
        reason: 'recipient_unknown',
        source: 'send',
        detail: '550 5.1.1 no such user',
      },
    ]);
    // Through a store, it has the effect of a bounce: the address is a problem, suppressed.
    const store = memoryLedgerStore();
    await store.recordMessages([recorded.message]);
    const result = await store.applyEvents(recorded.events, at);
    expect(result.events[0]?.message?.status).toBe('invalid');
    expect(result.addresses[0]?.problem?.kind).toBe('invalid');
    expect(result.suppressions[0]).toMatchObject({ reason: 'previously_bounced', source: 'send' });
  });

  it('should record a temporary refusal as a soft bounce and a sender failure as blocked', () => {
    const soft = recordOutcome(
      'ID',
      notSent({ reason: 'mailbox_full', stage: 'transport', permanent: false, retryable: true }),
      context,
      at,
    );
    expect(soft.events[0]?.type).toBe('soft_bounce');
    const sender = recordOutcome(
      'ID',
      notSent({ reason: 'inbox_auth_failed', stage: 'transport' }),
      context,
      at,
    );
    expect(sender).toMatchObject({ message: { status: 'blocked' }, events: [] });
  });

  it('should record an uncertain outcome as unknown', () => {
    const { message } = recordOutcome(
      'ID',
      notSent({ reason: 'provider_timeout', stage: 'transport', uncertain: true }),
      context,
      at,
    );
    expect(message.status).toBe('unknown');
  });
});
