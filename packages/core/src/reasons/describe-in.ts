// Describing a reason from a given set of texts. The gate uses this with English plus the
// locales its host passed (`texts`), so that a bundle of `createMailgate` carries one
// language, not three: the Dutch and Swedish texts are some 13 KiB min+gzip.
import { en } from './locales/en';
import { isReason, type Reason } from './reason';
import type { Locale, ReasonText, ReasonTexts } from './reason-types';
import { resolveLocale } from './resolve-locale';

/** Reason texts per locale; English is always there, the others when given. */
export type LocaleTexts = { readonly [L in Locale]?: ReasonTexts };

/**
 * The texts of `reason` in `locale`, from `texts`; English when that locale has none,
 * the texts of `unknown` for an unknown reason.
 */
export function describeIn(
  texts: LocaleTexts,
  reason: Reason | string,
  locale: Locale | string,
): ReasonText {
  const chosen = texts[resolveLocale(locale)] ?? en;
  return isReason(reason) ? chosen[reason] : chosen.unknown;
}
