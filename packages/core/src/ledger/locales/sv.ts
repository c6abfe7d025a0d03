import type { StatusTexts } from '../status-types';

/** Svenska texter för varje status. */
export const sv: StatusTexts = {
  none: {
    title: 'Ingen',
    description: 'Ingenting har hänt med meddelandet än. Alla meddelanden börjar här.',
  },
  queued: {
    title: 'I kö',
    description: 'Meddelandet är i kö och är på väg att skickas.',
  },
  sent: {
    title: 'Skickat',
    description:
      'Meddelandet har lämnats till e-postleverantören. Om det har kommit fram till mottagarens e-postlåda vet vi inte än.',
  },
  delivered: {
    title: 'Levererat',
    description: 'Den mottagande e-postservern tog emot meddelandet till mottagarens e-postlåda.',
  },
  deferred: {
    title: 'Uppskjuten',
    description:
      'Leveransen har fördröjts: leverantören fortsätter att försöka, och statusen kan ändras.',
  },
  soft_bounced: {
    title: 'Tillfälligt studsat',
    description:
      'Meddelandet kom tillbaka av ett tillfälligt skäl, till exempel en full e-postlåda eller nätverksstörningar. Det försöker skickas under fem dagar och får sedan statusen Studsat.',
  },
  bounced: {
    title: 'Studsat',
    description:
      'Meddelandet kunde inte levereras till mottagarens e-postlåda och kommer inte att försöka skickas igen.',
  },
  invalid: {
    title: 'Felaktigt studsat',
    description:
      'Meddelandet kunde inte levereras eftersom adressen är fel, troligast på grund av ett stavfel.',
  },
  complained: {
    title: 'Spam',
    description:
      'Mottagaren har i sitt e-postprogram markerat meddelandet som spam eller skräppost.',
  },
  unsubscribed: {
    title: 'Vill inte få utskick',
    description: 'Mottagaren har markerat att den inte vill ta emot dessa meddelanden.',
  },
  blocked: {
    title: 'Blockerat',
    description:
      'Meddelandet skickades inte, på grund av en tidigare status hos mottagaren eller en regel. Orsaken säger vilken.',
  },
  opened: {
    title: 'Öppnat',
    description:
      'Meddelandet har öppnats. Det är ett svagt tecken: vissa e-postprogram öppnar alla meddelanden.',
  },
  clicked: {
    title: 'Klickat',
    description: 'Mottagaren har klickat på en länk i meddelandet.',
  },
  unknown: {
    title: 'Okänd',
    description:
      'Något oväntat har inträffat, eller så vet vi inte om meddelandet skickades. Oftast en tillfällig status.',
  },
  unconfirmed: {
    title: 'Obekräftad',
    description: 'Adressen är obekräftad och ingen bekräftelseförfrågan har skickats.',
  },
  confirmation_requested: {
    title: 'Bekräftelse begärd',
    description:
      'En bekräftelseförfrågan har skickats till adressen; mottagaren har inte svarat än.',
  },
  confirmed: {
    title: 'Bekräftad',
    description: 'Mottagaren har bekräftat adressen: utskick får skickas till den.',
  },
  problem_bounced: {
    title: 'Problem (studsad)',
    description:
      'Ett meddelande till adressen har studsat. Inget skickas dit förrän adressen har rättats.',
  },
  problem_complained: {
    title: 'Problem (spam)',
    description:
      'Mottagaren har markerat ett meddelande som spam. Inget skickas längre till adressen.',
  },
  problem_unsubscribed: {
    title: 'Problem (vill inte få utskick)',
    description: 'Mottagaren vill inte få några utskick. Inget skickas till adressen.',
  },
  problem_blocked: {
    title: 'Problem (blockerad)',
    description: 'E-postleverantören blockerar adressen efter tidigare problem. Inget skickas dit.',
  },
  problem_invalid: {
    title: 'Problem (felaktig)',
    description:
      'Ett meddelande till adressen studsade eftersom adressen är fel. Rätta den på medlemskortet.',
  },
};
