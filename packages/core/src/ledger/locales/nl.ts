import type { StatusTexts } from '../status-types';

/** Nederlandse teksten voor elke status. */
export const nl: StatusTexts = {
  none: {
    title: 'Geen',
    description: 'Er is nog niets met dit bericht gebeurd. Elk bericht begint hier.',
  },
  queued: {
    title: 'In de wachtrij',
    description: 'Het bericht staat in de wachtrij en wordt zo verstuurd.',
  },
  sent: {
    title: 'Verzonden',
    description:
      'Het bericht is aan de e-mailprovider overgedragen. Of het in de mailbox is aangekomen, is nog niet bekend.',
  },
  delivered: {
    title: 'Afgeleverd',
    description:
      'De ontvangende mailserver heeft het bericht voor de mailbox van de ontvanger aangenomen.',
  },
  deferred: {
    title: 'Uitgesteld',
    description:
      'De aflevering is vertraagd: de provider blijft het proberen, en de status kan nog veranderen.',
  },
  soft_bounced: {
    title: 'Tijdelijk onbestelbaar',
    description:
      'Het bericht kwam terug om een tijdelijke reden, zoals een volle mailbox of een netwerkstoring. Het wordt vijf dagen opnieuw geprobeerd; daarna telt het als onbestelbaar.',
  },
  bounced: {
    title: 'Onbestelbaar',
    description:
      'Het bericht kon niet in de mailbox van de ontvanger worden afgeleverd en wordt niet opnieuw geprobeerd.',
  },
  invalid: {
    title: 'Onjuist adres',
    description:
      'Het bericht kon niet worden afgeleverd omdat het adres niet klopt, waarschijnlijk door een tikfout.',
  },
  complained: {
    title: 'Als spam gemarkeerd',
    description:
      'De ontvanger heeft het bericht in zijn of haar e-mailprogramma als spam of ongewenst gemarkeerd.',
  },
  unsubscribed: {
    title: 'Afgemeld',
    description: 'De ontvanger heeft aangegeven deze berichten niet meer te willen ontvangen.',
  },
  blocked: {
    title: 'Geblokkeerd',
    description:
      'Het bericht is niet verstuurd, vanwege een eerdere status van de ontvanger of een regel. De reden zegt welke.',
  },
  opened: {
    title: 'Geopend',
    description:
      'Het bericht is geopend. Dat zegt niet alles: sommige e-mailprogramma’s openen elk bericht.',
  },
  clicked: {
    title: 'Geklikt',
    description: 'De ontvanger heeft op een link in het bericht geklikt.',
  },
  unknown: {
    title: 'Onbekend',
    description:
      'Er is iets onverwachts gebeurd, of het is niet bekend of het bericht is verstuurd. Meestal is dit tijdelijk.',
  },
  unconfirmed: {
    title: 'Niet bevestigd',
    description: 'Het adres is niet bevestigd en er is nog geen bevestigingsverzoek verstuurd.',
  },
  confirmation_requested: {
    title: 'Bevestiging gevraagd',
    description:
      'Er is een bevestigingsverzoek naar het adres gestuurd; de ontvanger heeft nog niet gereageerd.',
  },
  confirmed: {
    title: 'Bevestigd',
    description: 'De ontvanger heeft het adres bevestigd: er mogen mailings naartoe.',
  },
  problem_bounced: {
    title: 'Probleem (onbestelbaar)',
    description:
      'Een bericht aan dit adres kwam onbestelbaar terug. Er wordt niets meer naartoe gestuurd tot het adres is verbeterd.',
  },
  problem_complained: {
    title: 'Probleem (spam)',
    description:
      'De ontvanger heeft een bericht als spam gemarkeerd. Er wordt niets meer naar dit adres gestuurd.',
  },
  problem_unsubscribed: {
    title: 'Probleem (afgemeld)',
    description:
      'De ontvanger heeft zich voor alle berichten afgemeld. Er wordt niets naar dit adres gestuurd.',
  },
  problem_blocked: {
    title: 'Probleem (geblokkeerd)',
    description:
      'De e-mailprovider blokkeert dit adres na eerdere problemen. Er wordt niets naartoe gestuurd.',
  },
  problem_invalid: {
    title: 'Probleem (onjuist)',
    description:
      'Een bericht aan dit adres kwam terug omdat het adres niet klopt. Verbeter het bij de ontvanger.',
  },
};
