import { describe, expect, it } from 'vitest';
import { addressStatusTextId, describeStatus, statusTextIds, statusTexts } from './describe-status';
import { addressStatuses, messageStatuses, problemKinds } from './statuses';

describe('describeStatus', () => {
  it('should have a title and a description for every status in every locale', () => {
    const ids = [
      ...messageStatuses,
      ...addressStatuses.filter((s) => s !== 'problem'),
      ...problemKinds.map((k) => `problem_${k}`),
    ];
    expect([...statusTextIds].sort()).toEqual([...ids].sort());
    for (const texts of Object.values(statusTexts)) {
      for (const id of ids) {
        const text = describeStatus(
          id,
          texts === statusTexts.en ? 'en' : texts === statusTexts.nl ? 'nl' : 'sv',
        );
        expect(text.title.length).toBeGreaterThan(1);
        expect(text.description.length).toBeGreaterThan(10);
      }
    }
  });

  it('should speak the registry’s Swedish', () => {
    expect(describeStatus('soft_bounced', 'sv-SE').title).toBe('Tillfälligt studsat');
    expect(describeStatus('problem_complained', 'sv').title).toBe('Problem (spam)');
    expect(describeStatus('bounced', 'nl').title).toBe('Onbestelbaar');
  });

  it('should describe an address status by its problem, else by its confirmation', () => {
    const problem = { kind: 'invalid', count: 1, lastAt: 0 } as const;
    expect(addressStatusTextId({ status: 'problem', confirmation: 'confirmed', problem })).toBe(
      'problem_invalid',
    );
    expect(describeStatus({ status: 'confirmed', confirmation: 'confirmed' }, 'sv').title).toBe(
      'Bekräftad',
    );
  });

  it('should answer the unknown texts for anything it does not know, in English by default', () => {
    expect(describeStatus('exploded', 'fr')).toEqual(statusTexts.en.unknown);
    expect(describeStatus('toString')).toEqual(statusTexts.en.unknown);
    expect(describeStatus(null as never)).toEqual(statusTexts.en.unknown);
  });
});
