import { resolveLocale } from '../reasons/describe-reason';
import type { Locale } from '../reasons/reason-types';
import { en } from './locales/en';
import { nl } from './locales/nl';
import { sv } from './locales/sv';
import type { StatusText, StatusTextId, StatusTexts } from './status-types';
import type { AddressStatus } from './types';

/** The texts of every status, per locale. */
export const statusTexts: { readonly [L in Locale]: StatusTexts } = { en, nl, sv };

/** Every status that has texts, in the order the docs list them. */
export const statusTextIds = Object.keys(en) as StatusTextId[];

/** The text id of an address status: its problem (`problem_bounced`, …) or its confirmation. */
export function addressStatusTextId(
  status: Pick<AddressStatus, 'status' | 'confirmation' | 'problem'>,
): StatusTextId {
  return status.problem === undefined ? status.confirmation : `problem_${status.problem.kind}`;
}

/**
 * A status explained to a person: a title and what it means, in `en`, `nl` or `sv`.
 * Takes a message status, a confirmation state, `problem_<kind>`, or an address status.
 * Never throws: anything unknown gives the texts of `unknown`, an unknown locale English.
 */
export function describeStatus(
  status: StatusTextId | Pick<AddressStatus, 'status' | 'confirmation' | 'problem'> | string,
  locale: Locale | string = 'en',
): StatusText {
  const texts = statusTexts[resolveLocale(locale)];
  const id =
    typeof status === 'object' && status !== null ? safeAddressId(status) : (status as string);
  return Object.hasOwn(texts, id) ? texts[id as StatusTextId] : texts.unknown;
}

function safeAddressId(status: Pick<AddressStatus, 'status' | 'confirmation' | 'problem'>) {
  try {
    return addressStatusTextId(status);
  } catch {
    return 'unknown';
  }
}
