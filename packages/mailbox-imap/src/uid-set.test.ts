import { describe, expect, it } from 'vitest';
import { uidSet } from './uid-set';

describe('uidSet', () => {
  it('should join only consecutive UIDs into ranges', () => {
    expect(uidSet([1, 2, 3, 5, 7, 8, 10])).toBe('1:3,5,7:8,10');
    expect(uidSet([9, 4, 5])).toBe('4:5,9');
    expect(uidSet([3, 3, 4])).toBe('3:4');
    expect(uidSet([42])).toBe('42');
    expect(uidSet([])).toBe('');
  });
});
