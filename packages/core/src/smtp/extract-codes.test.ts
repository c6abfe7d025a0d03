import { describe, expect, it } from 'vitest';
import { extractCodes } from './extract-codes';

describe('extractCodes', () => {
  it.each([
    ['550 5.1.1 <a@example.org>: User unknown', { replyCode: 550, enhancedCode: '5.1.1' }],
    ['smtp; 552-5.2.2 The mailbox is full', { replyCode: 552, enhancedCode: '5.2.2' }],
    ['host mx.example.org[192.0.2.1] said: 554 refused', { replyCode: 554 }],
    ['Error: 421 try again later', { replyCode: 421 }],
    ['Sorry, no mailbox here by that name. (#5.1.1)', { enhancedCode: '5.1.1' }],
    // An IP address or a version is not an enhanced code.
    ['deferred: 4.16.55.1 from 192.0.2.1', {}],
  ])('reads the codes of %j', (text, codes) => {
    expect(extractCodes(text)).toEqual(codes);
  });

  it.each([
    'Message too big. Size: 512 kB',
    'Mailbox quota: 450 MB used',
    'retry: 451 seconds',
    'Limit: 500 messages per hour',
    'Spam score: 512%',
  ])('takes no quantity in %j for a reply code', (text) => {
    expect(extractCodes(text).replyCode).toBeUndefined();
  });
});
