import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { untyped } from '../test-support/untyped';
import type { Transport, TransportResult } from '../transport/transport';
import { createMailgate } from './create-mailgate';

/** Requests that are mostly well-formed, with garbage anywhere. */
const anyRequest = fc.oneof(
  fc.anything(),
  fc.record({
    recipient: fc.oneof(
      fc.anything(),
      fc.record({
        id: fc.oneof(fc.string(), fc.integer()),
        type: fc.option(fc.constantFrom('candidate', 'contact'), { nil: undefined }),
        addresses: fc.array(
          fc.record({
            address: fc.oneof(fc.emailAddress(), fc.string(), fc.constant('a@b.co\r\nBcc: x@y.z')),
            label: fc.option(fc.constantFrom('private', 'business'), { nil: undefined }),
            state: fc.option(
              fc.constantFrom('confirmed', 'unconfirmed', 'flagged_invalid', 'bogus'),
              { nil: undefined },
            ),
          }),
          { maxLength: 3 },
        ),
        status: fc.option(fc.record({ name: fc.string(), forbidsMailings: fc.boolean() }), {
          nil: undefined,
        }),
      }),
    ),
    message: fc.oneof(
      fc.anything(),
      fc.record({
        from: fc.oneof(fc.emailAddress(), fc.string()),
        subject: fc.string(),
        addressLabel: fc.option(fc.constantFrom('private', 'business'), { nil: undefined }),
        recipientType: fc.option(fc.constantFrom('candidate', 'contact'), { nil: undefined }),
      }),
    ),
    context: fc.oneof(
      fc.anything(),
      fc.record({
        mode: fc.constantFrom('bulk', 'individual', 'other'),
        category: fc.constantFrom('marketing', 'transactional'),
        idempotencyKey: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
      }),
    ),
  }),
  fc.constant(aRequest()),
);

/** A transport that answers anything, or throws. */
const anyAnswer: fc.Arbitrary<TransportResult | 'throw'> = fc.oneof(
  fc.constant('throw' as const),
  fc.constant({ status: 'accepted', messageId: 'm' } as const),
  fc.anything() as fc.Arbitrary<TransportResult>,
);

function transportAnswering(answers: readonly (TransportResult | 'throw')[]): Transport {
  let call = 0;
  return {
    specificationVersion: 'v1',
    name: 'fuzz',
    async send() {
      const answer = answers[call++ % Math.max(1, answers.length)] ?? { status: 'accepted' };
      if (answer === 'throw') throw new Error('boom');
      return answer;
    },
  };
}

describe('the gate, for arbitrary input', () => {
  it('should never throw from check, explain or send, and give exactly one outcome', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyRequest,
        fc.array(anyAnswer, { maxLength: 3 }),
        async (input, answers) => {
          const request = untyped(input);
          const gate = createMailgate({
            transport: transportAnswering(answers),
            stores: memoryStores(),
          });
          const checked = await gate.check(request);
          expect(checked.isOk() || checked.isErr()).toBe(true);
          const explained = await gate.explain(request);
          expect(Array.isArray(explained)).toBe(true);
          if (checked.isErr()) expect(explained.length).toBeGreaterThan(0);
          const sent = await gate.send(request);
          const outcome = sent.isOk() ? sent.value : sent.error;
          expect(['sent', 'not_sent']).toContain(outcome.status);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('should give sendBulk exactly one outcome per request, each index once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyRequest, { maxLength: 40 }),
        fc.array(anyAnswer, { maxLength: 3 }),
        fc.integer({ min: 1, max: 7 }),
        async (requests, answers, batchSize) => {
          const gate = createMailgate({ transport: transportAnswering(answers) });
          const run = gate.sendBulk(untyped(requests), { batchSize, concurrency: 3 });
          const seen: number[] = [];
          for await (const item of run) seen.push(item.index);
          expect(seen.sort((a, b) => a - b)).toEqual(requests.map((_, i) => i));
          const summary = await run.done();
          expect(summary.total).toBe(requests.length);
          expect(summary.sent + summary.notSent).toBe(requests.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
