import type { Mailbox, TransportMessage } from '@mailgate/core';
import MailComposer from 'nodemailer/lib/mail-composer';

/** Options a message may carry for this transport only: `transportOptions.gmail`. */
export interface GmailMessageOptions {
  /** Send into this Gmail thread (`requestBody.threadId`); the headers must match the thread. */
  readonly threadId?: string;
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

/** The transport's own options of a message, typed. */
export function gmailOptionsOf(message: TransportMessage): GmailMessageOptions {
  const own = message.transportOptions?.gmail ?? {};
  return {
    ...(typeof own.threadId === 'string' ? { threadId: own.threadId } : {}),
    ...(typeof own.messageId === 'string' ? { messageId: own.messageId } : {}),
  };
}

/**
 * Builds the RFC 822 message with nodemailer's MailComposer and encodes it as base64url, as
 * `users.messages.send` wants it in `raw`. Bcc stays in the headers: Gmail reads the recipients
 * from To, Cc and Bcc, and removes Bcc before delivery.
 */
export async function convertToRawMessage(message: TransportMessage): Promise<string> {
  const headers: Record<string, string> = { ...message.headers };
  const tags = message.tags ? tagHeader(message.tags) : undefined;
  if (tags) headers['X-Mailgate-Tags'] = tags;
  if (message.idempotencyKey) headers['X-Mailgate-Idempotency-Key'] = message.idempotencyKey;
  const own = gmailOptionsOf(message);
  const composer = new MailComposer({
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
    ...(own.messageId ? { messageId: own.messageId } : {}),
  });
  const node = composer.compile();
  node.keepBcc = true;
  const built = await node.build();
  return Buffer.from(built).toString('base64url');
}
