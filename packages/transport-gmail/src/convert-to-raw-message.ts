import type { TransportMessage } from '@mailgate/core';
import { toMailOptions } from '@mailgate/transport-smtp';
import MailComposer from 'nodemailer/lib/mail-composer';

/** Options a message may carry for this transport only: `transportOptions.gmail`. */
export interface GmailMessageOptions {
  /** Send into this Gmail thread (`requestBody.threadId`); the headers must match the thread. */
  readonly threadId?: string;
  /** The Message-ID header to use instead of a generated one. */
  readonly messageId?: string;
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
  const own = gmailOptionsOf(message);
  const composer = new MailComposer({
    ...toMailOptions(message),
    ...(own.messageId ? { messageId: own.messageId } : {}),
  });
  const node = composer.compile();
  node.keepBcc = true;
  const built = await node.build();
  return Buffer.from(built).toString('base64url');
}
