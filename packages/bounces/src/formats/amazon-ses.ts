import type { Reason } from '@mailgate/core';
import { cleanAddress, oneLine, type RawRecipient } from '../raw-recipient';
import type { FormatReader } from './context';

/**
 * Amazon SES notifications mailed through SNS: JSON, sometimes wrapped in an SNS
 * envelope (`"Message": "{\"notificationType\":…}"`), and often with its long line
 * folded by the mail system. So the fields are picked out with patterns rather than
 * JSON.parse, which a single fold would defeat.
 */

/** SES's bounce sub-types that name the cause when no diagnostic is given. */
const SUBTYPE: Readonly<Record<string, Reason>> = {
  suppressed: 'suppressed_by_provider',
  onaccountsuppressionlist: 'suppressed_by_provider',
  mailboxfull: 'mailbox_full',
  messagetoolarge: 'message_too_large',
  contentrejected: 'content_rejected',
  attachmentrejected: 'content_rejected',
  noemail: 'recipient_unknown',
};

function field(text: string, name: string): string | undefined {
  return new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text)?.[1];
}

function objectsWith(text: string, key: string): string[] {
  return [...text.matchAll(new RegExp(`\\{[^{}]*"${key}"[^{}]*\\}`, 'g'))].map((m) => m[0]);
}

export const amazonSes: FormatReader = {
  name: 'amazon-ses',
  read(ctx) {
    const body = ctx.body;
    if (!body.includes('"notificationType"') && !body.includes('\\"notificationType\\"')) {
      return undefined;
    }
    // Unwrap the SNS envelope's escaped JSON and undo the mail system's line folding.
    const text = body.replace(/\n /g, '').replace(/\\"/g, '"');
    const type = field(text, 'notificationType')?.toLowerCase();
    const messageId = field(text, 'messageId');
    const result = (recipients: RawRecipient[]) =>
      recipients.length > 0
        ? { recipients, ...(messageId ? { originalMessageId: messageId } : {}) }
        : undefined;

    if (type === 'bounce') {
      const bounceType = field(text, 'bounceType')?.toLowerCase();
      const subType = field(text, 'bounceSubType')?.toLowerCase() ?? '';
      const recipients: RawRecipient[] = [];
      for (const obj of objectsWith(text, 'emailAddress')) {
        const address = cleanAddress(field(obj, 'emailAddress'));
        if (!address) continue;
        const raw: RawRecipient = { address, action: field(obj, 'action') ?? 'failed' };
        const status = field(obj, 'status');
        if (status && /^[245]\.\d+\.\d+$/.test(status)) raw.status = status;
        const code = field(obj, 'diagnosticCode');
        if (code) raw.diagnostic = oneLine(code.replace(/^\s*smtp;\s*/i, ''));
        if (SUBTYPE[subType]) raw.structural = SUBTYPE[subType];
        if (bounceType === 'transient') raw.temporary = true;
        recipients.push(raw);
      }
      return result(recipients);
    }
    if (type === 'complaint') {
      const recipients = objectsWith(text, 'emailAddress')
        .map((obj) => cleanAddress(field(obj, 'emailAddress')))
        .filter((a): a is string => !!a)
        .map((address): RawRecipient => ({ address, action: 'complained' }));
      return result(recipients);
    }
    if (type === 'delivery') {
      const list = /"recipients"\s*:\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
      const smtp = field(text, 'smtpResponse') ?? '';
      const status = /\b2\.\d+\.\d+\b/.exec(smtp)?.[0] ?? '2.0.0';
      const recipients = [...list.matchAll(/"([^"]+)"/g)]
        .map((m) => cleanAddress(m[1]))
        .filter((a): a is string => !!a)
        .map(
          (address): RawRecipient => ({ address, action: 'delivered', status, diagnostic: smtp }),
        );
      return result(recipients);
    }
    return undefined;
  },
};
