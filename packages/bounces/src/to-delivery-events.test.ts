import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBounce } from './parse-bounce';
import { toDeliveryEvents } from './to-delivery-events';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const context = { source: 'test-mailbox', at: 1_700_000_000_000, tenant: 'acme' };

describe('toDeliveryEvents', () => {
  it('should turn a failed recipient into a bounce event with its reason', () => {
    const events = toDeliveryEvents(parseBounce(fixture('dsn-postfix.eml')), context);
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ type: 'bounce', permanent: true, ...context });
    expect(typeof (events[0] as { reason?: unknown }).reason).toBe('string');
  });

  it('should turn a complaint into a complaint event with its feedback type', () => {
    const events = toDeliveryEvents(parseBounce(fixture('arf-abuse.eml')), context);
    expect(events).toMatchObject([
      { type: 'complaint', feedbackType: 'abuse', source: 'test-mailbox' },
    ]);
  });

  it('should give delays and deliveries their own events', () => {
    expect(toDeliveryEvents(parseBounce(fixture('dsn-delayed-qp.eml')), context)[0]?.type).toBe(
      'delayed',
    );
    expect(toDeliveryEvents(parseBounce(fixture('delivered.eml')), context)[0]?.type).toBe(
      'delivered',
    );
  });

  it('should give no event for an auto-reply or a message that is no report', () => {
    expect(toDeliveryEvents(parseBounce(fixture('auto-reply.eml')), context)).toEqual([]);
    expect(toDeliveryEvents(parseBounce('Subject: hello\r\n\r\nhi'), context)).toEqual([]);
  });

  it('should leave out a time that is not a number', () => {
    const [event] = toDeliveryEvents(parseBounce(fixture('dsn-postfix.eml')), {
      source: 's',
      at: Number.NaN,
    });
    expect(event).not.toHaveProperty('at');
    expect(event).not.toHaveProperty('tenant');
  });
});
