import type { Reason } from '@mailgate/core';
import { MAX_RECIPIENTS } from '../limits';
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

/** How many places a field name is tried at, and how long a value may run. */
const MAX_TRIES = 8;
const MAX_VALUE = 4096;

/**
 * The first `"name": "value"` (JSON-escaped value, kept escaped), read by scanning from
 * each place the quoted name stands: a pattern would rescan an unterminated value once
 * per repetition of its name.
 */
function field(text: string, name: string): string | undefined {
  const key = `"${name}"`;
  let tries = 0;
  for (let at = text.indexOf(key); at >= 0 && tries < MAX_TRIES; at = text.indexOf(key, at + 1)) {
    tries++;
    let i = skipBlanks(text, at + key.length);
    if (text.charCodeAt(i) !== 58) continue; // `:`
    i = skipBlanks(text, i + 1);
    if (text.charCodeAt(i) !== 34) continue; // `"`
    const start = i + 1;
    const limit = Math.min(text.length, start + MAX_VALUE);
    for (i = start; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) return text.slice(start, i);
      if (c === 92) i++; // `\` escapes the next character
    }
  }
  return undefined;
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); (c >= 9 && c <= 13) || c === 32 || c === 160; ) {
    c = text.charCodeAt(++i);
  }
  return i;
}

/** Each innermost `{…}` (no braces inside) that holds `"key"`, found in one pass. */
function objectsWith(text: string, key: string): string[] {
  const quoted = `"${key}"`;
  const found: string[] = [];
  let open = text.indexOf('{');
  while (open >= 0 && found.length < MAX_RECIPIENTS) {
    let end = open + 1;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 123 || c === 125) break;
      end++;
    }
    if (end >= text.length) break;
    if (text.charCodeAt(end) === 125) {
      const object = text.slice(open, end + 1);
      if (object.includes(quoted)) found.push(object);
      open = text.indexOf('{', end + 1);
    } else {
      open = end; // a nested `{` opens the next candidate
    }
  }
  return found;
}

/** The inside of the first `"key": [ … ]`. */
function listOf(text: string, key: string): string {
  const at = text.indexOf(`"${key}"`);
  if (at < 0) return '';
  let i = skipBlanks(text, at + key.length + 2);
  if (text.charCodeAt(i) !== 58) return '';
  i = skipBlanks(text, i + 1);
  if (text.charCodeAt(i) !== 91) return '';
  const close = text.indexOf(']', i + 1);
  return close < 0 ? '' : text.slice(i + 1, close);
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
      const list = listOf(text, 'recipients');
      const smtp = field(text, 'smtpResponse') ?? '';
      const status = /\b2\.\d+\.\d+\b/.exec(smtp)?.[0] ?? '2.0.0';
      const recipients = [...list.matchAll(/"([^"]+)"/g)]
        .slice(0, MAX_RECIPIENTS)
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
