import { randomUUID } from 'node:crypto';
import type { Mailbox, TransportMessage } from '@mailgate/core';
import { idempotencyHeader } from './convert-to-graph-message';

/*
 * Graph's JSON `message` takes only `X-` headers, so `List-Unsubscribe` and
 * `List-Unsubscribe-Post` (which Gmail, Yahoo and Outlook.com require of bulk mail) cannot
 * travel in it. sendMail also takes a whole MIME message (base64, `Content-Type:
 * text/plain`); this builds one, small on purpose: addresses, subject, every header,
 * text and HTML bodies, attachments. Lines end in CRLF; long header lines are folded at
 * the spaces of the value, never inside a word; bodies are base64.
 */

/** Whether the message carries a header Graph's JSON form would drop and must not be lost. */
export function needsMime(message: TransportMessage): boolean {
  return Object.keys(message.headers ?? {}).some((name) => /^list-unsubscribe/i.test(name));
}

/** The message as MIME text (RFC 5322, RFC 2045–2047). */
export function buildMimeMessage(message: TransportMessage, now: Date = new Date()): string {
  const lines: string[] = [];
  const header = (name: string, value: string) => lines.push(fold(`${name}: ${value}`));
  header('From', mailbox(message.from));
  header('To', message.to.map(mailbox).join(', '));
  if (message.cc?.length) header('Cc', message.cc.map(mailbox).join(', '));
  // Graph reads the recipients of the MIME form from To, Cc and Bcc, and drops Bcc.
  if (message.bcc?.length) header('Bcc', message.bcc.map(mailbox).join(', '));
  if (message.replyTo) header('Reply-To', mailbox(message.replyTo));
  header('Subject', encodeWords(message.subject));
  header('Date', now.toUTCString().replace('GMT', '+0000'));
  for (const [name, value] of Object.entries(message.headers ?? {})) header(name, value);
  if (message.idempotencyKey) header(idempotencyHeader, message.idempotencyKey);
  header('MIME-Version', '1.0');
  const body = bodyPart(message);
  const attachments = message.attachments ?? [];
  if (attachments.length === 0) return [...lines, ...body].join('\r\n');
  const boundary = `mixed-${randomUUID()}`;
  const parts = [
    body,
    ...attachments.map((attachment) => [
      `Content-Type: ${attachment.contentType ?? 'application/octet-stream'}`,
      'Content-Transfer-Encoding: base64',
      fold(
        `Content-Disposition: attachment; filename="${encodeWords(attachment.filename).replace(/"/g, '')}"`,
      ),
      '',
      base64Lines(Buffer.from(attachment.content)),
    ]),
  ];
  return [
    ...lines,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.flatMap((part) => [`--${boundary}`, ...part]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function bodyPart(message: TransportMessage): string[] {
  const text = message.text;
  const html = message.html;
  const single = (type: string, content: string) => [
    `Content-Type: ${type}; charset=utf-8`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(content, 'utf8')),
  ];
  if (text === undefined || html === undefined)
    return html !== undefined ? single('text/html', html) : single('text/plain', text ?? '');
  const boundary = `alt-${randomUUID()}`;
  return [
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...single('text/plain', text),
    `--${boundary}`,
    ...single('text/html', html),
    `--${boundary}--`,
    '',
  ];
}

function mailbox(box: Mailbox): string {
  const name = box.name?.trim();
  if (!name) return box.address;
  const shown = /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replace(/[\\"]/g, (character) => `\\${character}`)}"`
    : encodeWords(name);
  return `${shown} <${box.address}>`;
}

/** Text as is when it is printable ASCII, else RFC 2047 encoded words of at most 75 characters. */
function encodeWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (Buffer.byteLength(chunk + character, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words
    .map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`)
    .join(' ');
}

/** Folds a header line longer than 78 characters at its spaces (RFC 5322 §2.2.3). */
function fold(line: string): string {
  if (line.length <= 78) return line;
  const words = line.split(' ');
  const out: string[] = [];
  let current = words[0]!;
  for (const word of words.slice(1)) {
    // A fold before an empty word would leave a line of white space only.
    if (word !== '' && current.length + 1 + word.length > 78) {
      out.push(current);
      current = ` ${word}`;
    } else current += ` ${word}`;
  }
  out.push(current);
  return out.join('\r\n');
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? ['']).join('\r\n');
}
