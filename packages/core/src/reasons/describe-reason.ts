import { en } from './locales/en';
import { nl } from './locales/nl';
import { sv } from './locales/sv';
import { isReason, type Reason } from './reason';
import type { Locale, ReasonText, ReasonTexts } from './reason-types';

/** The texts of every reason, per locale. */
export const reasonTexts: { readonly [L in Locale]: ReasonTexts } = { en, nl, sv };

/** The locales that have texts, in no particular order. */
export const locales: readonly Locale[] = Object.keys(reasonTexts) as Locale[];

/**
 * The supported locale for a tag such as 'nl', 'nl-NL', 'sv_SE' or 'EN-gb': its language
 * part, when that is a supported locale; otherwise 'en'.
 */
export function resolveLocale(locale: unknown): Locale {
  if (typeof locale !== 'string') return 'en';
  const language = locale.trim().toLowerCase().split(/[-_]/, 1)[0];
  return language === 'nl' || language === 'sv' ? language : 'en';
}

/**
 * A reason explained to a person: a title, what happened and what to do, in `en`, `nl` or
 * `sv`. Never throws: an unknown reason gives the texts of `unknown`, and an unknown locale
 * falls back to English.
 */
export function describeReason(
  reason: Reason | string,
  locale: Locale | string = 'en',
): ReasonText {
  const texts = reasonTexts[resolveLocale(locale)];
  return isReason(reason) ? texts[reason] : texts.unknown;
}
