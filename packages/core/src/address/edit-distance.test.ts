import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('editDistance', () => {
  it.each([
    ['gmail.com', 'gmail.com', 0],
    ['gmai.com', 'gmail.com', 1],
    ['gnail.com', 'gmail.com', 1],
    ['hotmial.com', 'hotmail.com', 1],
    ['gmail.con', 'gmail.com', 1],
    ['gmx.com', 'gmail.com', 3],
    ['', 'abc', 3],
    ['ca', 'abc', 3],
  ])('should measure %s → %s as %i within a limit of 3', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it('should answer limit + 1 beyond the limit, and for long strings', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a'.repeat(100), 'a'.repeat(100), 2)).toBe(3);
  });
});
