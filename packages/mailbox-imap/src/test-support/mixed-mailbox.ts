import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBounce } from '@mailgate/bounces';

const fixtures = fileURLToPath(new URL('../../../bounces/src/__fixtures__/', import.meta.url));

/** Hard and soft bounces, complaints, auto-replies and delivery reports from the bounces package. */
const reports = readdirSync(fixtures)
  .filter((file) => file.endsWith('.eml'))
  .sort()
  .map((file) => {
    const raw = readFileSync(join(fixtures, file), 'latin1');
    return { file, raw, addresses: parseBounce(raw).recipients.map((r) => r.address) };
  });

function ordinary(n: number): string {
  return [
    'From: Colleague <colleague@sender.test>',
    'To: bounces@sender.test',
    `Subject: Lunch on day ${n}`,
    `Message-ID: <lunch-${n}@sender.test>`,
    'Date: Mon, 3 Mar 2025 12:00:00 +0100',
    '',
    'Shall we have lunch?',
    '',
  ].join('\r\n');
}

/**
 * `count` messages, cycling through every fixture and two ordinary mails, each with its
 * recipients' addresses made unique (`local+m<n>@domain`), so that every report stands for
 * its own suppression.
 */
export function mixedMailbox(count: number): { name: string; raw: string }[] {
  const kinds = reports.length + 2;
  const messages: { name: string; raw: string }[] = [];
  for (let n = 0; n < count; n++) {
    const fixture = reports[n % kinds];
    if (!fixture) {
      messages.push({ name: `ordinary-${n}`, raw: ordinary(n) });
      continue;
    }
    let raw = fixture.raw;
    for (const address of fixture.addresses) {
      const [local, domain] = address.split('@');
      raw = raw.replace(new RegExp(escapeRegExp(address), 'gi'), `${local}+m${n}@${domain}`);
    }
    messages.push({ name: `${fixture.file}-${n}`, raw });
  }
  return messages;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
