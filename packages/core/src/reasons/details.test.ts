import { describe, expect, it } from 'vitest';
import { details } from './details';

// Every detail mailgate writes itself, read once as a sentence: this table is the proof-read.
const table: [string, string][] = [
  [details.noAddress(undefined), 'the recipient has no address'],
  [details.noAddress('private'), 'the recipient has no address labelled "private"'],
  [
    details.wrongRecipientType('candidate', 'contact'),
    'the message is for recipients of type "candidate"; this recipient is of type "contact"',
  ],
  [
    details.wrongRecipientType('applicant', 'employee'),
    'the message is for recipients of type "applicant"; this recipient is of type "employee"',
  ],
  [details.flaggedInvalid(), 'the address was marked invalid after an earlier bounce'],
  [details.addressNotConfirmed('unconfirmed'), 'the address is not confirmed'],
  [
    details.addressNotConfirmed('confirmation_requested'),
    'the address is not confirmed yet: a confirmation was requested',
  ],
  [details.subscriptionPending(), 'the subscription is waiting for confirmation'],
  [details.frequencyCapped(2, 2, 30), '2 of 2 mailings in 30 days'],
  [details.frequencyCapped(1, 1, 1), '1 of 1 mailing in 1 day'],
  [details.monthlyLimit(3, 3), '3 of 3 messages this month'],
  [details.monthlyLimit(1, 1), '1 of 1 message this month'],
  [details.lowEngagement(181), 'no engagement for 181 days'],
  [details.lowEngagement(1), 'no engagement for 1 day'],
  [details.sentBefore(), 'this idempotency key was sent before'],
];

describe('the details mailgate writes', () => {
  it.each(table)('should read "%s" as written', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('should never put an article before a name or a number, nor double a word', () => {
    for (const [text] of table) {
      expect(text).not.toMatch(/\b(a|an) (a|an|the|\d)\b/);
      expect(text).not.toMatch(/\b(\w+) \1\b/);
      expect(text).not.toMatch(/\b1 \w+s\b/);
    }
  });
});
