import { Reason } from '@mailgate/core';
import type { RawRecipient } from './raw-recipient';

/**
 * Receivers whose usual words mean something narrower than elsewhere, told apart by the
 * recipient's domain or the receiving host. Core's classifier cannot know who spoke; a
 * report can.
 *
 * KDDI (au, ezweb.ne.jp) documents two answers to mail it will not take
 * (https://www.au.com/support/service/internet/trouble/mail/01/): "550 : User unknown",
 * with no address, when the recipient's own reception settings refuse the sender, and
 * "550 <address>: User unknown" when the address does not exist.
 */
const kddiDomains = /(?:^|\.)(?:ezweb\.ne\.jp|au\.com)$/;

/**
 * Outlook.com (hotmail.com, outlook.com, live.com, msn.com) answers a mailbox that does not
 * exist with "550 5.5.0 Requested action not taken: mailbox unavailable"; elsewhere the
 * same words may be a filter. Told apart by the host that refused or wrote the report.
 */
const outlookHosts = /(?:^|\.)(?:hotmail\.com|outlook\.com|live\.com|msn\.com)\.?$/;

/**
 * Broadcom's Email Security.cloud (MessageLabs) checks each recipient against the
 * customer's registered addresses and refuses the unknown ones at RCPT with "No such
 * user", "Invalid recipient" or "Recipient mailbox is not allowed"
 * (https://knowledge.broadcom.com/external/article/165163): its notices rarely say so.
 */
const messageLabsHosts = /(?:^|\.)messagelabs\.com\.?$/;
const messageLabsUnknown = /no such user|invalid recipient|mailbox is not allowed/;

// The only words these receivers' rules read: most diagnostics are passed over at once.
const words =
  /user unknown|requested action not taken: mailbox unavailable|no such user|invalid recipient|mailbox is not allowed/i;

export function reasonByReceiver(raw: RawRecipient): Reason | undefined {
  const text = raw.diagnostic;
  if (!text || !words.test(text)) return undefined;
  const lower = text.toLowerCase();
  const domain = raw.address.slice(raw.address.lastIndexOf('@') + 1);
  const remote = hostOf(raw.remoteMta);
  if (kddiDomains.test(domain) || kddiDomains.test(remote)) {
    if (lower.includes('550 : user unknown')) return Reason.recipient_filtered;
    if (lower.includes('>: user unknown')) return Reason.recipient_unknown;
  }
  if (outlookHosts.test(remote) || outlookHosts.test(hostOf(raw.reportingMta))) {
    if (lower.includes('requested action not taken: mailbox unavailable')) {
      return Reason.recipient_unknown;
    }
  }
  if (
    (messageLabsHosts.test(remote) || messageLabsHosts.test(hostOf(raw.reportingMta))) &&
    messageLabsUnknown.test(lower)
  ) {
    return Reason.recipient_unknown;
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
