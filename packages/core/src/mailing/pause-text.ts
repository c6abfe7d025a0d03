import type { Locale, ReasonText } from '../reasons/reason-types';
import type { MailingPause, MailingPauseCause } from './types';

type Texts = { readonly [C in MailingPauseCause]: readonly [title: string, what: string] };

// The cause names what passed its threshold; the remedy is seed 003's cleaning steps.
const texts: {
  readonly [L in Locale]: Texts & { readonly measured: string; readonly remedy: string };
} = {
  en: {
    hard_bounce_rate: [
      'Mailing paused: too many hard bounces',
      'Too many addresses of this mailing do not exist',
    ],
    complaint_rate: [
      'Mailing paused: too many spam reports',
      'Too many recipients reported this mailing as spam',
    ],
    unsubscribe_rate: [
      'Mailing paused: too many unsubscribes',
      'Too many recipients unsubscribed from this mailing',
    ],
    manual: ['Mailing paused', 'Someone paused this mailing'],
    measured: '{rate} of {sample} messages, the limit is {threshold}.',
    remedy:
      'Remove the contacts without opt-in, import the unsubscribes of your other systems and leave out whoever has not engaged for six months; then resume, or send to the remaining contacts.',
  },
  nl: {
    hard_bounce_rate: [
      'Mailing gepauzeerd: te veel harde bounces',
      'Te veel adressen van deze mailing bestaan niet',
    ],
    complaint_rate: [
      'Mailing gepauzeerd: te veel spammeldingen',
      'Te veel ontvangers hebben deze mailing als spam gemeld',
    ],
    unsubscribe_rate: [
      'Mailing gepauzeerd: te veel afmeldingen',
      'Te veel ontvangers hebben zich via deze mailing afgemeld',
    ],
    manual: ['Mailing gepauzeerd', 'Iemand heeft deze mailing stilgezet'],
    measured: '{rate} van {sample} berichten, de grens is {threshold}.',
    remedy:
      'Haal de contacten zonder opt-in eruit, importeer de afmeldingen uit je andere systemen en laat wie al zes maanden niet reageert weg; hervat daarna, of verstuur naar de overige contacten.',
  },
  sv: {
    hard_bounce_rate: [
      'Utskicket pausat: för många hårda studsar',
      'För många adresser i utskicket finns inte',
    ],
    complaint_rate: [
      'Utskicket pausat: för många spamanmälningar',
      'För många mottagare har anmält utskicket som spam',
    ],
    unsubscribe_rate: [
      'Utskicket pausat: för många avregistreringar',
      'För många mottagare har avregistrerat sig från utskicket',
    ],
    manual: ['Utskicket pausat', 'Någon har pausat utskicket'],
    measured: '{rate} av {sample} meddelanden, gränsen är {threshold}.',
    remedy:
      'Ta bort kontakterna utan samtycke, importera avregistreringarna från dina andra system och hoppa över dem som inte har reagerat på sex månader; återuppta sedan, eller skicka till de återstående kontakterna.',
  },
};

const percent = (value: number) => `${Number((value * 100).toPrecision(3))}%`;

/** Title, cause and remedy of a mailing's pause, in `locale`, with the rate that tripped. */
export function describeMailingPause(pause: MailingPause, locale: Locale = 'en'): ReasonText {
  const set = texts[locale] ?? texts.en;
  const [title, what] = set[pause.cause] ?? set.manual;
  const measured =
    pause.rate === undefined || pause.threshold === undefined
      ? ''
      : ` ${set.measured
          .replace('{rate}', percent(pause.rate))
          .replace('{sample}', String(pause.sample ?? 0))
          .replace('{threshold}', percent(pause.threshold))}`;
  return { title, cause: `${what}:${measured}`.replace(/:$/, '.'), remedy: set.remedy };
}
