import { reasonTexts } from '../reasons/describe-reason';
import type { Locale, ReasonText } from '../reasons/reason-types';
import { describePauseIn } from './pause-text';
import type { MailingPause } from './types';

/**
 * Title, cause and remedy of a mailing's pause in `locale` (en, nl or sv): the cause names
 * the rate that passed its threshold, with the rate, the sample and the threshold.
 */
export function describeMailingPause(pause: MailingPause, locale: Locale = 'en'): ReasonText {
  return describePauseIn(reasonTexts, pause, locale);
}
