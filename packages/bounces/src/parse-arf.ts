import { MAX_RECIPIENTS } from './limits';
import { cleanAddress, findAddresses } from './raw-recipient';
import type { MimePart } from './split-message';
import type { ComplaintDetails } from './types';

/**
 * RFC 5965 `message/feedback-report` fields. The complained-about recipient is
 * `Original-Rcpt-To` (one per recipient), or `Removal-Recipient` in opt-out reports;
 * many feedback loops redact both, and then the caller falls back to the original's To.
 */
export interface ArfFields {
  readonly details: ComplaintDetails;
  readonly recipients: string[];
  readonly arrivalDate?: string;
}

export function parseArfFields(text: string): ArfFields {
  let feedbackType = 'abuse';
  let userAgent: string | undefined;
  let sourceIp: string | undefined;
  let reportedDomain: string | undefined;
  let arrivalDate: string | undefined;
  const recipients = new Set<string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    switch (name) {
      case 'feedback-type':
        feedbackType = value.toLowerCase() || feedbackType;
        break;
      case 'user-agent':
        userAgent ??= value;
        break;
      case 'source-ip':
        sourceIp ??= value;
        break;
      case 'reported-domain':
        reportedDomain ??= value;
        break;
      case 'arrival-date':
      case 'received-date':
        arrivalDate ??= value;
        break;
      case 'original-rcpt-to':
      case 'removal-recipient': {
        if (recipients.size >= MAX_RECIPIENTS) break;
        const address = cleanAddress(value) ?? findAddresses(value)[0];
        if (address) recipients.add(address);
        break;
      }
    }
  }
  const details: ComplaintDetails = {
    feedbackType,
    ...(userAgent ? { userAgent } : {}),
    ...(sourceIp ? { sourceIp } : {}),
    ...(reportedDomain ? { reportedDomain } : {}),
  };
  return { details, recipients: [...recipients], ...(arrivalDate ? { arrivalDate } : {}) };
}

/**
 * Hotmail/Outlook.com's old complaint format (JMRP): no feedback-report part, just the
 * complained-about message attached, with the complaining recipient in
 * `X-HmXmrOriginalRecipient`.
 */
export function hotmailComplaintRecipients(
  from: string,
  subject: string,
  attached: MimePart | undefined,
): string[] | undefined {
  if (!attached || !/complaint about message/i.test(subject) || !/hotmail|outlook/i.test(from)) {
    return undefined;
  }
  const found = /^X-HmXmrOriginalRecipient:\s*(.+)$/im.exec(attached.text());
  const address = cleanAddress(found?.[1]);
  return address ? [address] : undefined;
}
