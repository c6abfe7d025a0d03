import { Reason } from '@mailgate/core';
import type { RawRecipient } from './raw-recipient';

/**
 * Receivers whose usual words mean something narrower than elsewhere, told apart by the
 * recipient's domain or a host in the report. Core's classifier cannot know who spoke; a
 * report can.
 */
interface Receiver {
  /** Matches a host name (the refusing or reporting MTA) of this receiver. */
  readonly hosts: RegExp;
  /** The recipient's domain says it too (mail for it goes nowhere else). */
  readonly byRecipientDomain?: boolean;
  /** Lower-case words of the diagnostic and what they mean here, first match wins. */
  readonly meanings: ReadonlyArray<readonly [words: string, reason: Reason]>;
}

const receivers: readonly Receiver[] = [
  {
    // KDDI (au, ezweb.ne.jp) documents two answers to mail it will not take
    // (https://www.au.com/support/service/internet/trouble/mail/01/): "550 : User unknown",
    // with no address, when the recipient's own reception settings refuse the sender, and
    // "550 <address>: User unknown" when the address does not exist.
    hosts: /(?:^|\.)(?:ezweb\.ne\.jp|au\.com)$/,
    byRecipientDomain: true,
    meanings: [
      ['550 : user unknown', Reason.recipient_filtered],
      ['>: user unknown', Reason.recipient_unknown],
    ],
  },
  {
    // Outlook.com answers a mailbox that does not exist with "550 5.5.0 Requested action not
    // taken: mailbox unavailable"; elsewhere the same words may be a filter.
    hosts: /(?:^|\.)(?:hotmail\.com|outlook\.com|live\.com|msn\.com)\.?$/,
    meanings: [['requested action not taken: mailbox unavailable', Reason.recipient_unknown]],
  },
  {
    // Broadcom's Email Security.cloud (MessageLabs) checks each recipient against the
    // customer's registered addresses and refuses the unknown ones at RCPT
    // (https://knowledge.broadcom.com/external/article/165163): its notices rarely say so.
    hosts: /(?:^|\.)messagelabs\.com\.?$/,
    meanings: [
      ['no such user', Reason.recipient_unknown],
      ['invalid recipient', Reason.recipient_unknown],
      ['mailbox is not allowed', Reason.recipient_unknown],
    ],
  },
];

// Every receiver's words in one test: most diagnostics are passed over at once.
const anyWords = new RegExp(
  receivers
    .flatMap((receiver) => receiver.meanings.map(([words]) => escapeRegExp(words)))
    .join('|'),
  'i',
);

export function reasonByReceiver(raw: RawRecipient): Reason | undefined {
  const text = raw.diagnostic;
  if (!text || !anyWords.test(text)) return undefined;
  const lower = text.toLowerCase();
  const domain = raw.address.slice(raw.address.lastIndexOf('@') + 1);
  const remote = hostOf(raw.remoteMta);
  const reporting = hostOf(raw.reportingMta);
  for (const receiver of receivers) {
    const spoke =
      receiver.hosts.test(remote) ||
      receiver.hosts.test(reporting) ||
      (receiver.byRecipientDomain === true && receiver.hosts.test(domain));
    if (!spoke) continue;
    for (const [words, reason] of receiver.meanings) if (lower.includes(words)) return reason;
  }
  return undefined;
}

/** "lsean.ezweb.ne.jp (TCP|192.0.2.1|…)" → "lsean.ezweb.ne.jp", lower-cased. */
function hostOf(mta: string | undefined): string {
  return (mta ?? '')
    .trim()
    .split(/[\s([;]/, 1)[0]!
    .toLowerCase();
}

function escapeRegExp(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
