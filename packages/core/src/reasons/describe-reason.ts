import { describeIn } from './describe-in';
import { en } from './locales/en';
import { nl } from './locales/nl';
import { sv } from './locales/sv';
import type { Reason } from './reason';
import type { Locale, ReasonText, ReasonTexts } from './reason-types';

export { resolveLocale } from './resolve-locale';

/** The texts of every reason, per locale. */
export const reasonTexts: { readonly [L in Locale]: ReasonTexts } = { en, nl, sv };

/** The locales that have texts, in no particular order. */
export const locales: readonly Locale[] = Object.keys(reasonTexts) as Locale[];

/**
 * A reason explained to a person: a title, what happened and what to do, in `en`, `nl` or
 * `sv`. Never throws: an unknown reason gives the texts of `unknown`, and an unknown locale
 * falls back to English.
 */
export function describeReason(
  reason: Reason | string,
  locale: Locale | string = 'en',
): ReasonText {
  return describeIn(reasonTexts, reason, locale);
}
