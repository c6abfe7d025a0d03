import type { SendEmailRequest } from '@aws-sdk/client-sesv2';
import type { Mailbox, TransportMessage } from '@mailgate/core';
import type { SesMessageOptions } from './ses-transport-options';

/** SES allows only these characters in tag names and values. */
const tagPattern = /^[A-Za-z0-9_-]{1,256}$/;

/** A message SES cannot be asked to send; nothing was sent. */
export class SesMessageError extends Error {
  override readonly name = 'SesMessageError';
}

/**
 * Builds the SendEmail request: Simple content (subject, text, HTML, headers, attachments,
 * which SES assembles into MIME itself), or Raw content when the message carries a complete
 * MIME message in `transportOptions.ses.raw`. Throws `SesMessageError` for a tag SES would
 * refuse.
 */
export function convertToSesMessage(
  message: TransportMessage,
  defaults: { configurationSetName?: string; tags?: Readonly<Record<string, string>> },
): SendEmailRequest {
  const options = (message.transportOptions?.ses ?? {}) as SesMessageOptions;
  const tags = { ...defaults.tags, ...message.tags };
  for (const [name, value] of Object.entries(tags)) {
    if (!tagPattern.test(name) || !tagPattern.test(value)) {
      throw new SesMessageError(
        `Message tag "${name}": names and values may hold only ASCII letters, digits, _ and - (1 to 256).`,
      );
    }
  }
  const configurationSetName = options.configurationSetName ?? defaults.configurationSetName;
  const destination = {
    ToAddresses: message.to.map(formatMailbox),
    ...(message.cc?.length ? { CcAddresses: message.cc.map(formatMailbox) } : {}),
    ...(message.bcc?.length ? { BccAddresses: message.bcc.map(formatMailbox) } : {}),
  };
  const raw = options.raw;
  return {
    FromEmailAddress: formatMailbox(message.from),
    Destination: destination,
    ...(message.replyTo ? { ReplyToAddresses: [formatMailbox(message.replyTo)] } : {}),
    Content:
      raw !== undefined
        ? { Raw: { Data: typeof raw === 'string' ? new TextEncoder().encode(raw) : raw } }
        : { Simple: simpleContent(message) },
    ...(Object.keys(tags).length
      ? { EmailTags: Object.entries(tags).map(([Name, Value]) => ({ Name, Value })) }
      : {}),
    ...(configurationSetName ? { ConfigurationSetName: configurationSetName } : {}),
  };
}

function simpleContent(message: TransportMessage) {
  const headers = Object.entries(message.headers ?? {}).map(([Name, Value]) => ({ Name, Value }));
  const attachments = (message.attachments ?? []).map((attachment) => ({
    FileName: attachment.filename,
    RawContent:
      typeof attachment.content === 'string'
        ? new TextEncoder().encode(attachment.content)
        : attachment.content,
    ContentDisposition: 'ATTACHMENT' as const,
    ...(attachment.contentType ? { ContentType: attachment.contentType } : {}),
  }));
  return {
    Subject: { Data: message.subject, Charset: 'UTF-8' },
    Body: {
      ...(message.text !== undefined ? { Text: { Data: message.text, Charset: 'UTF-8' } } : {}),
      ...(message.html !== undefined ? { Html: { Data: message.html, Charset: 'UTF-8' } } : {}),
    },
    ...(headers.length ? { Headers: headers } : {}),
    ...(attachments.length ? { Attachments: attachments } : {}),
  };
}

/**
 * `"Name" <address>`, with a non-ASCII name in RFC 2047 encoded words (SES requires 7-bit
 * addresses), or the bare address.
 */
export function formatMailbox(mailbox: Mailbox): string {
  const name = mailbox.name?.trim();
  if (!name) return mailbox.address;
  if (/^[\x20-\x7e]*$/.test(name)) {
    return `"${name.replace(/[\\"]/g, (character) => `\\${character}`)}" <${mailbox.address}>`;
  }
  return `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?= <${mailbox.address}>`;
}
