import type { Mailbox, TransportMessage } from '@mailgate/core';

interface GraphRecipient {
  readonly emailAddress: { readonly address: string; readonly name?: string };
}

/** The JSON body of `POST /users/{id}/sendMail`. */
export interface GraphSendMailBody {
  readonly message: Readonly<Record<string, unknown>>;
  readonly saveToSentItems: boolean;
}

/** The header that carries the request's idempotency key, so a sent copy can be found later. */
export const idempotencyHeader = 'X-Mailgate-Idempotency-Key';

/**
 * Converts a transport message into Graph's `message` resource. Graph takes one body (HTML when
 * there is one, else text) and only `X-` headers (`internetMessageHeaders`); other headers and
 * tags are left out. A message with `List-Unsubscribe` goes in the MIME form instead
 * (build-mime-message.ts), which keeps every header.
 */
export function convertToGraphMessage(
  message: TransportMessage,
  saveToSentItems: boolean,
): GraphSendMailBody {
  const headers = Object.entries(message.headers ?? {})
    .filter(([name]) => /^x-/i.test(name))
    .map(([name, value]) => ({ name, value }));
  if (message.idempotencyKey)
    headers.push({ name: idempotencyHeader, value: message.idempotencyKey });
  const body =
    message.html !== undefined
      ? { contentType: 'HTML', content: message.html }
      : { contentType: 'Text', content: message.text ?? '' };
  return {
    message: {
      subject: message.subject,
      body,
      from: recipient(message.from),
      toRecipients: message.to.map(recipient),
      ...(message.cc?.length ? { ccRecipients: message.cc.map(recipient) } : {}),
      ...(message.bcc?.length ? { bccRecipients: message.bcc.map(recipient) } : {}),
      ...(message.replyTo ? { replyTo: [recipient(message.replyTo)] } : {}),
      ...(headers.length ? { internetMessageHeaders: headers } : {}),
      ...(message.attachments?.length
        ? {
            attachments: message.attachments.map((attachment) => ({
              '@odata.type': '#microsoft.graph.fileAttachment',
              name: attachment.filename,
              contentType: attachment.contentType ?? 'application/octet-stream',
              contentBytes: Buffer.from(attachment.content).toString('base64'),
            })),
          }
        : {}),
    },
    saveToSentItems,
  };
}

function recipient(mailbox: Mailbox): GraphRecipient {
  return {
    emailAddress: {
      address: mailbox.address,
      ...(mailbox.name ? { name: mailbox.name } : {}),
    },
  };
}
