import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRequest } from '../test-support/requests';
import { fastParseRequest } from './fast-parse-request';
import { sendRequestSchema } from './request';

/** Requests near the valid shape, each field sometimes wrong in a way zod cares about. */
const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 60 },
  { arbitrary: fc.constant('x'.repeat(257)), weight: 1 },
  { arbitrary: fc.constant('a\r\nb'), weight: 1 },
  {
    arbitrary: fc.constantFrom('a\u2028b', 'a\u0085', '\v', '\f', 'x\ud800', '\udc00y'),
    weight: 1,
  },
  { arbitrary: fc.integer(), weight: 1 },
);
const key = fc.oneof(
  { arbitrary: fc.string({ maxLength: 4 }), weight: 20 },
  { arbitrary: fc.constantFrom('k\n', 'k\u2029', '\ud83d'), weight: 1 },
);
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 20 }, { arbitrary: invalid, weight: 1 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const nearRequest = fc.record({
  recipient: fc.record({
    id: fc.oneof(
      { arbitrary: fc.string({ minLength: 1, maxLength: 5 }), weight: 20 },
      fc.constant(''),
      fc.integer(),
    ),
    type: maybe(text),
    name: maybe(text),
    addresses: mostly(
      fc.array(
        fc.record({
          address: fc.oneof(fc.emailAddress(), text),
          label: maybe(text),
          state: maybe(
            mostly(
              fc.constantFrom('confirmed', 'unconfirmed', 'flagged_invalid'),
              fc.constant('nope'),
            ),
          ),
        }),
        { maxLength: 3 },
      ),
      fc.constant('not a list'),
    ),
    status: maybe(
      fc.record({ name: text, forbidsMailings: mostly(fc.boolean(), fc.constant('yes')) }),
    ),
    groups: maybe(
      fc.array(fc.record({ name: text, forbidsMailings: fc.boolean() }), { maxLength: 2 }),
    ),
    company: maybe(
      fc.record({ id: maybe(text), optedOut: maybe(mostly(fc.boolean(), fc.integer())) }),
    ),
    subscriptions: maybe(
      fc.record({
        all: maybe(
          mostly(fc.constantFrom('subscribed', 'unsubscribed', 'pending'), fc.constant('maybe')),
        ),
        byType: maybe(
          fc.dictionary(
            fc.string({ maxLength: 4 }),
            mostly(fc.constantFrom('subscribed', 'unsubscribed'), fc.constant('x')),
          ),
        ),
      }),
    ),
    optedOutOfPlatform: maybe(mostly(fc.boolean(), fc.constant(1))),
    lastEngagementAt: maybe(
      mostly(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.date({ noInvalidDate: true }),
          fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-01T10:00:00+02:00'),
        ),
        fc.oneof(
          fc.double(),
          fc.date({ noInvalidDate: false }),
          fc.constantFrom('2026-01-01', 'yesterday'),
        ),
      ),
    ),
  }),
  message: fc.record({
    from: fc.oneof(fc.emailAddress(), text, fc.record({ address: text, name: maybe(text) })),
    subject: text,
    text: maybe(text),
    tags: maybe(fc.dictionary(key, text)),
    addressLabel: maybe(text),
    fallbackToOtherAddress: maybe(mostly(fc.boolean(), fc.constant('true'))),
  }),
  context: fc.record({
    mode: mostly(fc.constantFrom('bulk', 'individual'), fc.constant('both')),
    category: text,
    tenant: maybe(text),
    idempotencyKey: maybe(text),
    sender: maybe(fc.record({ id: text, deleted: maybe(fc.boolean()) })),
  }),
});

describe('fastParseRequest', () => {
  it('should accept the common shape and give what zod gives', () => {
    const request = aRequest({
      context: { idempotencyKey: 'k' },
      message: { tags: { campaign: 'nov' } },
    });
    expect(fastParseRequest(request)).toEqual(sendRequestSchema.parse(request));
  });

  it('should leave rare fields to zod', () => {
    expect(fastParseRequest(aRequest({ message: { cc: ['a@b.example'] } }))).toBeUndefined();
  });

  it('should copy what it returns, so later changes to the input are not seen', () => {
    const request = aRequest();
    const parsed = fastParseRequest(request)!;
    (request.message as { subject: string }).subject = 'changed\r\nBcc: x@y.example';
    expect(parsed.message.subject).toBe('A vacancy for you');
  });

  it('should never accept what zod refuses, and agree with zod where it accepts', () => {
    let accepted = 0;
    let valid = 0;
    fc.assert(
      fc.property(nearRequest, (input) => {
        const fast = fastParseRequest(input);
        const slow = sendRequestSchema.safeParse(input);
        if (slow.success) valid++;
        if (fast === undefined) return;
        accepted++;
        expect(slow.success).toBe(true);
        expect(fast).toEqual(slow.data);
      }),
      { numRuns: 3_000 },
    );
    // The generator must reach both sides, and the fast path must take most valid
    // requests, or it is no faster.
    expect(valid).toBeGreaterThan(300);
    expect(accepted).toBeGreaterThan(valid * 0.5);
  });
});
