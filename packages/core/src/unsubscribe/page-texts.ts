/** The languages of the preference page. */
export type UnsubscribeLanguage = 'en' | 'nl' | 'sv';

/** The languages of the preference page, in the order a tie is broken. */
export const unsubscribeLanguages: readonly UnsubscribeLanguage[] = ['en', 'nl', 'sv'];

/** The words of the preference page in one language; `{type}` and `{address}` are filled in. */
export interface PageTexts {
  readonly title: string;
  readonly intro: string;
  readonly legend: string;
  readonly fromType: string;
  readonly fromAll: string;
  readonly resubscribe: string;
  readonly save: string;
  readonly doneType: string;
  readonly doneAll: string;
  readonly doneResubscribe: string;
  readonly failed: string;
  readonly refused: string;
}

export const pageTexts: Readonly<Record<UnsubscribeLanguage, PageTexts>> = {
  en: {
    title: 'Email preferences',
    intro: 'Choose which emails {address} gets from us.',
    legend: 'What would you like?',
    fromType: 'Unsubscribe from “{type}”',
    fromAll: 'Unsubscribe from all our emails',
    resubscribe: 'Resubscribe: I want these emails again',
    save: 'Save',
    doneType: 'Done: you will no longer get “{type}” emails.',
    doneAll: 'Done: you will no longer get any emails from us.',
    doneResubscribe: 'Done: you are subscribed again.',
    failed: 'Your choice could not be saved just now. Please try again later.',
    refused: 'This unsubscribe link is not valid or has expired.',
  },
  nl: {
    title: 'E-mailvoorkeuren',
    intro: 'Kies welke e-mails {address} van ons krijgt.',
    legend: 'Wat wilt u?',
    fromType: 'Afmelden voor “{type}”',
    fromAll: 'Afmelden voor al onze e-mails',
    resubscribe: 'Opnieuw aanmelden: ik wil deze e-mails weer krijgen',
    save: 'Opslaan',
    doneType: 'Gelukt: u krijgt geen e-mails van het type “{type}” meer.',
    doneAll: 'Gelukt: u krijgt geen enkele e-mail meer van ons.',
    doneResubscribe: 'Gelukt: u bent weer aangemeld.',
    failed: 'Uw keuze kon nu niet worden bewaard. Probeer het later nog eens.',
    refused: 'Deze afmeldlink is ongeldig of verlopen.',
  },
  sv: {
    title: 'E-postinställningar',
    intro: 'Välj vilken e-post {address} får från oss.',
    legend: 'Vad vill du göra?',
    fromType: 'Avsluta prenumerationen på ”{type}”',
    fromAll: 'Avsluta all e-post från oss',
    resubscribe: 'Prenumerera igen: jag vill få den här e-posten igen',
    save: 'Spara',
    doneType: 'Klart: du får inte längre e-post av typen ”{type}”.',
    doneAll: 'Klart: du får ingen mer e-post från oss.',
    doneResubscribe: 'Klart: du prenumererar igen.',
    failed: 'Ditt val kunde inte sparas just nu. Försök igen senare.',
    refused: 'Den här avregistreringslänken är ogiltig eller har gått ut.',
  },
};
