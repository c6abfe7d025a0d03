import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReason } from '../reasons/reason';
import { classifySmtpReply } from './classify-smtp-reply';

// Pieces of real replies, so that the generated texts reach deep into the rules, not
// only the "no code, no words" path.
const fragments = fc.constantFrom(
  '550',
  '550-',
  '421 ',
  '5.1.1',
  '4.7.0',
  '#5.0.0',
  'smtp;',
  'user unknown',
  'spam',
  'relay access denied',
  'spf',
  'dmarc fail',
  '@',
  '<x@y>',
  '\r\n',
  'x'.repeat(300),
  '          ',
);
const replyLike = fc
  .array(fc.oneof(fragments, fc.string()), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const commands = fc.option(
  fc.oneof(fc.constantFrom('CONN', 'AUTH PLAIN', 'MAIL FROM', 'RCPT TO', 'DATA'), fc.string()),
  {
    nil: undefined,
  },
);

describe('classifySmtpReply, for any input', () => {
  it('should never throw and always answer a catalogue reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), replyLike),
        commands,
        (text, command) => {
          const result = classifySmtpReply(text, command === undefined ? undefined : { command });
          expect(isReason(result.reason)).toBe(true);
          expect(typeof result.permanent).toBe('boolean');
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('should agree with itself: the same text gives the same answer', () => {
    fc.assert(
      fc.property(replyLike, (text) => {
        expect(classifySmtpReply(text)).toEqual(classifySmtpReply(text));
      }),
      { numRuns: 300 },
    );
  });
});
