import type { Locale, Reason, SendRequestInput, SuppressionInput } from '@mailgate/core';

/** A recruitment CRM sends its weekly "new vacancies" mailing to candidates. */
const mailing = {
  from: { address: 'jobs@talentbureau.nl', name: 'Talent Bureau' },
  subject: 'New vacancies this week',
  text: 'Hello! Three new vacancies match your profile.',
  recipientType: 'candidate',
  addressLabel: 'private',
} as const;

const bulk = {
  mode: 'bulk',
  category: 'marketing',
  subscriptionType: 'vacancies',
  tenant: 'talentbureau',
} as const;

/** One row of the demo: who, what is sent, and the reason we expect (undefined: sent). */
export interface DemoCase {
  readonly label: string;
  readonly request: SendRequestInput;
  readonly expected: Reason | 'sent';
  /** Shown next to a sent message that has no warning to explain it. */
  readonly note?: Readonly<Record<Locale, string>>;
}

const candidate = (
  id: string,
  name: string,
  address: string,
  extra: Partial<SendRequestInput['recipient']> = {},
): SendRequestInput['recipient'] => ({
  id,
  type: 'candidate',
  name,
  addresses: [{ address, label: 'private', state: 'confirmed' }],
  subscriptions: { all: 'subscribed' },
  ...extra,
});

const request = (
  recipient: SendRequestInput['recipient'],
  overrides: {
    message?: Partial<SendRequestInput['message']>;
    context?: Partial<SendRequestInput['context']>;
  } = {},
): SendRequestInput => ({
  recipient,
  message: { ...mailing, ...overrides.message },
  context: { ...bulk, idempotencyKey: `vacancies-w47-${recipient.id}`, ...overrides.context },
});

/** The address the test server refuses with 550 5.1.1, and the one whose mailbox is full. */
export const unknownAddress = 'kees.dekker@ziggo.nl';
export const fullAddress = 'lotta.holm@telia.se';

const onlyBusiness = candidate('c-anna', 'Anna de Vries', 'anna@devries-bouw.nl', {
  addresses: [{ address: 'anna@devries-bouw.nl', label: 'business', state: 'confirmed' }],
});
const statusBlocked = candidate('c-carla', 'Carla Smit', 'carla.smit@kpnmail.nl', {
  status: { name: 'Deceased', forbidsMailings: true },
});

export const demoCases: readonly DemoCase[] = [
  {
    label: 'only a business address; the template wants the private one',
    request: request(onlyBusiness),
    expected: 'no_address',
  },
  {
    label: 'the same, with fallback to another address',
    request: request(onlyBusiness, {
      message: { fallbackToOtherAddress: true },
      context: { idempotencyKey: 'vacancies-w47-c-anna-fallback' },
    }),
    expected: 'sent',
  },
  {
    label: 'a contact, where the template is for candidates',
    request: request({
      id: 'p-bram',
      type: 'contact',
      name: 'Bram Jansen',
      addresses: [{ address: 'bram.jansen@hema.nl', label: 'private' }],
    }),
    expected: 'wrong_recipient_type',
  },
  {
    label: 'status "Deceased" forbids mailings',
    request: request(statusBlocked),
    expected: 'recipient_status_blocked',
  },
  {
    label: 'the same candidate, one message from the record page',
    request: request(statusBlocked, {
      message: { subject: 'About your application' },
      context: { mode: 'individual', category: 'transactional', idempotencyKey: 'note-c-carla' },
    }),
    expected: 'sent',
    note: {
      en: 'Sent individually from the record: the status only stops mailings.',
      nl: 'Los verstuurd vanaf het dossier: de status houdt alleen mailings tegen.',
      sv: 'Skickat enskilt från posten: statusen stoppar bara utskick.',
    },
  },
  {
    label: 'group "Do not mail" forbids mailings',
    request: request(
      candidate('c-daan', 'Daan Bakker', 'daan.bakker@xs4all.nl', {
        groups: [{ name: 'Do not mail', forbidsMailings: true }],
      }),
    ),
    expected: 'recipient_group_blocked',
  },
  {
    label: 'unsubscribed from "vacancies"',
    request: request(
      candidate('c-erik', 'Erik Nilsson', 'erik.nilsson@bredband.net', {
        subscriptions: { all: 'subscribed', byType: { vacancies: 'unsubscribed' } },
      }),
    ),
    expected: 'unsubscribed_from_type',
  },
  {
    label: 'hard-bounced before',
    request: request(candidate('c-fatima', 'Fatima El Amrani', 'fatima.elamrani@planet.nl')),
    expected: 'previously_bounced',
  },
  {
    label: 'a role address',
    request: request(candidate('c-info', 'Bakkerij Visser', 'info@bakkerijvisser.nl')),
    expected: 'role_address',
  },
  {
    label: 'a throw-away address',
    request: request(candidate('c-temp', 'J. Doe', 'jdoe@mailinator.com')),
    expected: 'disposable_address',
  },
  {
    label: 'a typo in the domain: sent, with a suggestion',
    request: request(candidate('c-greta', 'Greta Lind', 'greta.lind@gamil.com')),
    expected: 'sent',
  },
  {
    label: 'the server answers 550 5.1.1',
    request: request(candidate('c-kees', 'Kees Dekker', unknownAddress)),
    expected: 'recipient_unknown',
  },
  {
    label: 'the server answers 452 4.2.2 (mailbox full)',
    request: request(candidate('c-lotta', 'Lotta Holm', fullAddress)),
    expected: 'mailbox_full',
  },
  {
    label: 'nothing in the way',
    request: request(candidate('c-johan', 'Johan Berg', 'johan.berg@outlook.com')),
    expected: 'sent',
  },
];

/** What the tenant's suppression list already knows. */
export const knownSuppressions: readonly SuppressionInput[] = [
  {
    key: 'fatima.elamrani@planet.nl',
    scope: { tenant: 'talentbureau' },
    reason: 'previously_bounced',
    source: 'bounce',
  },
];
