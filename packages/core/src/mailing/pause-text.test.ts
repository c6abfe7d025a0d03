import { describe, expect, it } from 'vitest';
import { describeMailingPause } from './describe-mailing-pause';

describe('describeMailingPause', () => {
  it('should name the rate, its sample and threshold, in each language', () => {
    const pause = {
      cause: 'complaint_rate' as const,
      rate: 0.0054,
      threshold: 0.003,
      sample: 920,
      at: 0,
    };
    expect(describeMailingPause(pause).cause).toBe(
      'Too many spam reports: 0.54% of 920 messages, the limit is 0.3%.',
    );
    expect(describeMailingPause(pause, 'sv')).toMatchObject({
      title: 'Utskicket har pausats: för många spamanmälningar',
      cause: 'För många spamanmälningar: 0.54% av 920 meddelanden, gränsen är 0.3%.',
    });
    expect(describeMailingPause(pause, 'nl').remedy).toMatch(/zes maanden/);
  });

  it('should say a manual pause was made by hand, without figures', () => {
    expect(describeMailingPause({ cause: 'manual', at: 0 }, 'en')).toMatchObject({
      title: 'Mailing paused: paused by hand',
      cause: 'Paused by hand.',
    });
  });
});
