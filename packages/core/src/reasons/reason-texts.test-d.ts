import { describe, expectTypeOf, it } from 'vitest';
import { describeReason, reasonTexts } from './describe-reason';
import { en } from './locales/en';
import type { Reason } from './reason';
import { reasonInfo } from './reason-info';
import type { Locale, ReasonInfo, ReasonText, ReasonTexts } from './reason-types';

describe('reason catalogue types', () => {
  it('should key the locales by exactly the Reason union', () => {
    expectTypeOf<keyof typeof en>().toEqualTypeOf<Reason>();
    expectTypeOf<keyof typeof reasonInfo>().toEqualTypeOf<Reason>();
    expectTypeOf(reasonTexts).toEqualTypeOf<{ readonly [L in Locale]: ReasonTexts }>();
    expectTypeOf(reasonInfo.recipient_unknown).toEqualTypeOf<ReasonInfo>();
  });

  it('should reject a locale with a missing reason', () => {
    const { mailbox_full: _dropped, ...partial } = en;
    // @ts-expect-error: a missing reason is a type error
    const incomplete: ReasonTexts = partial;
    expectTypeOf(incomplete).toEqualTypeOf<ReasonTexts>();
  });

  it('should accept any string and return a ReasonText', () => {
    expectTypeOf(describeReason).parameter(0).toEqualTypeOf<Reason | string>();
    expectTypeOf(describeReason('x', 'nl-NL')).toEqualTypeOf<ReasonText>();
  });
});
