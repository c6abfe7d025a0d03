import { describeReason } from '../reasons/describe-reason';
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
 * Title, cause and remedy of a mailing's pause in `locale`: the cause names the rate that
 * passed its threshold, with the rate, the sample and the threshold.
 */
export function describeMailingPause(pause: MailingPause, locale: Locale = 'en'): ReasonText {
  const set = texts[locale] ?? texts.en;
  const base = describeReason('campaign_paused', texts[locale] ? locale : 'en');
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
