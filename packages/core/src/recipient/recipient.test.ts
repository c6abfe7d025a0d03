import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isDateTime } from './recipient';

/** What mailgate accepted before it checked date-times itself. */
const zodDateTime = z.iso.datetime({ offset: true });

/** Strings close to a date-time: every part sometimes out of range or of the wrong form. */
const nearDateTime = fc
  .tuple(
    fc.constantFrom('2024', '2026', '2100', '2000', '1900', '0000', '0400', '99', '20261'),
    fc.constantFrom('01', '02', '04', '06', '09', '11', '12', '00', '13', '1'),
    fc.constantFrom('01', '09', '28', '29', '30', '31', '00', '32', '1'),
    fc.constantFrom('T', 't', ' ', ''),
    fc.constantFrom('00:00', '23:59', '24:00', '12:60', '9:00', '12:30'),
    fc.constantFrom(':00', ':59', ':60', '', ':5'),
    fc.constantFrom('', '.1', '.123456789', '.', ',5'),
    fc.constantFrom('Z', 'z', '+02:00', '-23:59', '+24:00', '+0200', '+02', '-00:60', ''),
  )
  .map((parts) => parts.join(''));

describe('isDateTime', () => {
  it('should accept exactly the date-times zod accepted, on near misses of every part', () => {
    fc.assert(
      fc.property(nearDateTime, (text) => {
        expect(isDateTime(text)).toBe(zodDateTime.safeParse(text).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('should accept exactly the date-times zod accepted, on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(isDateTime(text)).toBe(zodDateTime.safeParse(text).success);
      }),
    );
  });

  it('should know the days of each month and the leap years', () => {
    expect(isDateTime('2024-02-29T00:00:00Z')).toBe(true);
    expect(isDateTime('2000-02-29T00:00:00Z')).toBe(true);
    expect(isDateTime('2026-02-29T00:00:00Z')).toBe(false);
    expect(isDateTime('1900-02-29T00:00:00Z')).toBe(false);
    expect(isDateTime('2026-04-31T10:00:00+02:00')).toBe(false);
    expect(isDateTime('2026-08-31T10:00:00.5-05:30')).toBe(true);
  });
});
