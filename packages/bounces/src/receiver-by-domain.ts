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

export function reasonByReceiver(raw: RawRecipient): Reason | undefined {
  const text = raw.diagnostic;
  if (!text) return undefined;
  const domain = raw.address.slice(raw.address.lastIndexOf('@') + 1);
  if (kddiDomains.test(domain) || kddiDomains.test(raw.remoteMta ?? '')) {
    const lower = text.toLowerCase();
    if (lower.includes('550 : user unknown')) return Reason.recipient_filtered;
    if (lower.includes('>: user unknown')) return Reason.recipient_unknown;
  }
  return undefined;
}
