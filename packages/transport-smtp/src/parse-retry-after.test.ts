import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after';

describe('parseRetryAfter', () => {
  it.each([
    ['421 4.7.0 Try again in 5 minutes', 300_000],
    ['450 4.7.1 Greylisted, please retry after 60 seconds', 60_000],
    ['451 4.7.1 Please try again later in 2 min', 120_000],
    ['421 4.7.28 Rate limited, wait 30s', 30_000],
    ['452 4.2.2 Mailbox full', undefined],
    ['421 4.7.0 Try again later', undefined],
    [undefined, undefined],
  ])('should read %s as %s ms', (text, expected) => {
    expect(parseRetryAfter(text)).toBe(expected);
  });
});
