import { describeIn, type LocaleTexts } from '../reasons/describe-in';
import type { Locale, ReasonText } from '../reasons/reason-types';
import type { MailingPause } from './types';

// What passed its threshold, and the measurement; title and remedy are those of the
// reason `campaign_paused` (seed 003's cleaning steps), which every gate carries anyway.
const texts: {
  readonly [L in Locale]: readonly [
    hardBounce: string,
    complaint: string,
    unsubscribe: string,
    manual: string,
    measured: string,
  ];
} = {
  en: [
    'too many hard bounces',
    'too many spam reports',
    'too many unsubscribes',
    'paused by hand',
    '{rate} of {sample} messages, the limit is {threshold}',
  ],
  nl: [
    'te veel harde bounces',
    'te veel spammeldingen',
    'te veel afmeldingen',
    'met de hand gepauzeerd',
    '{rate} van {sample} berichten, de grens is {threshold}',
  ],
  sv: [
    'för många hårda studsar',
    'för många spamanmälningar',
    'för många avregistreringar',
    'pausat för hand',
    '{rate} av {sample} meddelanden, gränsen är {threshold}',
  ],
};

const causes = ['hard_bounce_rate', 'complaint_rate', 'unsubscribe_rate'];

const percent = (value: number) => `${Number((value * 100).toPrecision(3))}%`;

/**
 * A pause described with the reason texts in `reasonTexts` (the gate's: English plus the
 * languages its host passed), so that the gate's bundle carries no other language.
 */
export function describePauseIn(
  reasonTexts: LocaleTexts,
  pause: MailingPause,
  locale: Locale,
): ReasonText {
  // One language throughout: English when the gate was not given this locale's texts.
  const language = texts[locale] !== undefined && reasonTexts[locale] !== undefined ? locale : 'en';
  const set = texts[language];
  const base = describeIn(reasonTexts, 'campaign_paused', language);
  const index = causes.indexOf(pause.cause);
  const what = set[index === -1 ? 3 : index]!;
  const measured =
    pause.rate === undefined || pause.threshold === undefined
      ? ''
      : `: ${set[4]
          .replace('{rate}', percent(pause.rate))
          .replace('{sample}', String(pause.sample ?? 0))
          .replace('{threshold}', percent(pause.threshold))}`;
  return {
    title: `${base.title}: ${what}`,
    cause: `${what[0]!.toUpperCase()}${what.slice(1)}${measured}.`,
    remedy: base.remedy,
  };
}
