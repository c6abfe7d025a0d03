import {
  isMessageId,
  MAILGATE_ID_HEADER,
  type Mailbox,
  type TransportMessage,
  verpAddress,
} from '@mailgate/core';
import type { SendMailOptions } from 'nodemailer';
import type { SmtpVerpOptions } from './smtp-transport-options';

/** Options a message may carry for this transport only: `transportOptions.smtp`. */
export interface SmtpMessageOptions {
  /** The envelope sender (MAIL FROM), e.g. a VERP bounce address. Default: the from-address. */
  readonly envelopeFrom?: string;
  /** The Message-ID header to use instead of a generated one. */
  readonly messageId?: string;
}

type Address = { name: string; address: string };

function toAddress(mailbox: Mailbox): Address {
  return { name: mailbox.name ?? '', address: mailbox.address };
}

/** Tags become one header, `X-Mailgate-Tags: key=value; other=value` (URI-encoded). */
function tagHeader(tags: Readonly<Record<string, string>>): string | undefined {
  const pairs = Object.entries(tags).map(
    ([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
  );
  return pairs.length ? pairs.join('; ') : undefined;
}

/**
 * A mailgate message as nodemailer's mail options: addresses, bodies, headers (with
 * mailgate's `X-Mailgate-Tags` and `X-Mailgate-Idempotency-Key`) and attachments. For any
 * transport that builds its MIME with nodemailer (SMTP, the Gmail API); options of one
 * transport only (`transportOptions`) are left to that transport.
 */
export function toMailOptions(message: TransportMessage): SendMailOptions {
  const headers: Record<string, string> = { ...message.headers };
  const tags = message.tags ? tagHeader(message.tags) : undefined;
  if (tags) headers['X-Mailgate-Tags'] = tags;
  if (message.idempotencyKey) headers['X-Mailgate-Idempotency-Key'] = message.idempotencyKey;
  return {
    from: toAddress(message.from),
    to: message.to.map(toAddress),
    ...(message.cc?.length ? { cc: message.cc.map(toAddress) } : {}),
    ...(message.bcc?.length ? { bcc: message.bcc.map(toAddress) } : {}),
    ...(message.replyTo ? { replyTo: toAddress(message.replyTo) } : {}),
    subject: message.subject,
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.html !== undefined ? { html: message.html } : {}),
    headers,
    ...(message.attachments?.length
      ? {
          attachments: message.attachments.map((attachment) => ({
            filename: attachment.filename,
            content:
              typeof attachment.content === 'string'
                ? attachment.content
                : Buffer.from(attachment.content),
            ...(attachment.contentType ? { contentType: attachment.contentType } : {}),
          })),
        }
      : {}),
  };
}

export function convertToNodemailerMessage(
  message: TransportMessage,
  verp?: SmtpVerpOptions,
): SendMailOptions {
  const own = (message.transportOptions?.smtp ?? {}) as SmtpMessageOptions;
  const recipients = [...message.to, ...(message.cc ?? []), ...(message.bcc ?? [])];
  const envelopeFrom =
    typeof own.envelopeFrom === 'string' ? own.envelopeFrom : verpReturnPath(message, verp);
  return {
    ...toMailOptions(message),
    ...(typeof own.messageId === 'string' ? { messageId: own.messageId } : {}),
    ...(envelopeFrom !== undefined
      ? { envelope: { from: envelopeFrom, to: recipients.map((mailbox) => mailbox.address) } }
      : {}),
  };
}

/** `bounces+<id>@domain` for a message that carries its mailgate id (the gate puts it in a header). */
function verpReturnPath(message: TransportMessage, verp: SmtpVerpOptions | undefined) {
  if (verp === undefined) return undefined;
  const headers = message.headers ?? {};
  const wanted = MAILGATE_ID_HEADER.toLowerCase();
  const name = Object.keys(headers).find((key) => key.toLowerCase() === wanted);
  const id = name === undefined ? undefined : headers[name];
  if (typeof id !== 'string' || !isMessageId(id)) return undefined;
  return verpAddress(id, verp.domain, verp.prefix);
}
