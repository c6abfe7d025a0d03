/**
 * A crude measure of classifySmtpReply against the development corpus of bounces
 * (../shared/corpus/bounces, Sisimai's expected reasons in labels.jsonl).
 *
 * For each labelled recipient it pulls the diagnostic text out of the bounce the
 * simple way (the DSN's Diagnostic-Code and Status, else the lines of the human
 * part around the address) and compares the classifier's reason with the label.
 * This is not the bounce parser (that lives in @mailgate/bounces): a miss here may
 * be the extraction's fault. Run: npx tsx packages/core/scripts/eval-classifier.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySmtpReply } from '../src/smtp/classify-smtp-reply';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../../../shared/corpus/bounces');
const labelsPath = join(corpus, 'labels.jsonl');

// Report kinds, not reasons: the classifier is not asked about them.
const notReasons = new Set(['complaint', 'auto_reply', 'delivered']);

interface LabelRecipient {
  address: string | null;
  reason: string;
  status: string;
}
interface Label {
  file: string;
  recipients: LabelRecipient[];
}

interface Part {
  headers: string;
  body: string;
}

function main(): void {
  if (!existsSync(labelsPath)) {
    console.log(`No corpus at ${labelsPath}; nothing to measure.`);
    return;
  }
  const labels = readFileSync(labelsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Label);

  const perReason = new Map<string, { total: number; hits: number }>();
  const misses: string[] = [];
  let total = 0;
  let hits = 0;
  let elapsed = 0;

  for (const label of labels) {
    const path = join(corpus, 'emails', label.file);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path, 'latin1');
    const diagnostics = extractDiagnostics(raw);
    label.recipients.forEach((recipient, index) => {
      if (notReasons.has(recipient.reason)) return;
      const text = pickDiagnostic(diagnostics, recipient, index);
      const started = performance.now();
      const got = classifySmtpReply(text).reason;
      elapsed += performance.now() - started;
      total++;
      const entry = perReason.get(recipient.reason) ?? { total: 0, hits: 0 };
      entry.total++;
      if (got === recipient.reason) {
        hits++;
        entry.hits++;
      } else {
        misses.push(
          `${label.file} [${index}] want ${recipient.reason} got ${got} (label status ${recipient.status})\n    ${oneLine(text).slice(0, 300)}`,
        );
      }
      perReason.set(recipient.reason, entry);
    });
  }

  const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
  console.log(`Overall agreement: ${hits}/${total} = ${pct(hits, total)}`);
  console.log(`Classifier time: ${elapsed.toFixed(1)} ms for ${total} texts\n`);
  console.log('Per reason (worst first):');
  const rows = [...perReason.entries()].sort(
    (a, b) => a[1].hits / a[1].total - b[1].hits / b[1].total,
  );
  for (const [reason, { total: n, hits: h }] of rows) {
    console.log(
      `  ${reason.padEnd(30)} ${String(h).padStart(3)}/${String(n).padEnd(3)} ${pct(h, n)}`,
    );
  }
  console.log(`\nMisses (${misses.length}):`);
  for (const miss of misses) console.log(`  ${miss}`);
}

interface Diagnostic {
  address?: string;
  text: string;
}

/** One entry per DSN recipient group, or one for the whole human-readable part. */
function extractDiagnostics(raw: string): { groups: Diagnostic[]; human: string } {
  const parts = flatten(parsePart(raw.replace(/\r\n?/g, '\n')));
  const groups: Diagnostic[] = [];
  let human = '';
  for (const part of parts) {
    const type = header(part.headers, 'content-type')?.toLowerCase() ?? 'text/plain';
    if (type.startsWith('message/delivery-status') || type.startsWith('message/feedback-report')) {
      groups.push(...deliveryStatusGroups(part.body));
    } else if (type.startsWith('text/plain') && human === '') {
      human = cutReturnedMessage(part.body);
    } else if (type.startsWith('text/html') && human === '') {
      human = cutReturnedMessage(part.body.replace(/<[^>]*>/g, ' '));
    } else if (type.startsWith('message/rfc822') || type.startsWith('text/rfc822-headers')) {
      break;
    }
  }
  // Some MTAs (Amazon WorkMail) put the DSN fields into the text part.
  if (groups.length === 0 && /^final-recipient:/im.test(human))
    groups.push(...deliveryStatusGroups(human));
  return { groups, human };
}

function deliveryStatusGroups(body: string): Diagnostic[] {
  const unfolded = body.replace(/\n[ \t]+/g, ' ');
  const out: Diagnostic[] = [];
  for (const block of unfolded.split(/\n\s*\n/)) {
    const recipient = header(block, 'final-recipient') ?? header(block, 'original-recipient');
    if (!recipient) continue;
    const diagnostic = header(block, 'diagnostic-code') ?? '';
    const status = header(block, 'status') ?? '';
    const address = recipient
      .replace(/^[^;]*;\s*/, '')
      .replace(/[<>]/g, '')
      .trim()
      .toLowerCase();
    let text = diagnostic;
    if (status && !/[245]\.\d{1,3}\.\d{1,3}/.test(diagnostic)) text = `${text} (#${status})`.trim();
    out.push({ address, text });
  }
  return out;
}

function pickDiagnostic(
  found: { groups: Diagnostic[]; human: string },
  recipient: LabelRecipient,
  index: number,
): string {
  const address = recipient.address?.toLowerCase();
  const byAddress = address ? found.groups.find((group) => group.address === address) : undefined;
  const group = byAddress ?? found.groups[index] ?? found.groups[0];
  // A DSN that says only "5.0.0" or nothing: the human part is more telling.
  if (group && hasWords(group.text)) return group.text;
  const near = address ? linesNear(found.human, address) : undefined;
  const human = near ?? found.human.slice(0, 2000);
  return group ? `${group.text}\n${human}` : human;
}

function hasWords(text: string): boolean {
  return /[a-z]{4,}/i.test(text.replace(/\bsmtp;|\bx-\w+;|[245]\.\d{1,3}\.\d{1,3}/gi, ''));
}

/**
 * The line naming the address and the few after it (Exim, qmail, Gmail layouts),
 * up to the line that starts the next recipient's paragraph.
 */
function linesNear(text: string, address: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.toLowerCase().includes(address));
  if (at < 0) return undefined;
  const out = [lines[at] ?? ''];
  for (const line of lines.slice(at + 1, at + 12)) {
    const other = /^\s*[<"]?([^\s<>"@]+@[^\s<>"]+?)[>"]?:?(?:\s|$)/.exec(line)?.[1]?.toLowerCase();
    if (other && other !== address) break;
    out.push(line);
  }
  return out.join('\n');
}

const returnedMarker =
  /^(?:[-=_ ]{2,}.*(?:original message|copy of the message|below this line|message headers follow|returned message|undelivered message|original mail|message header)|.*message headers follow|Content-Type: (?:message|text)\/rfc822)/im;

function cutReturnedMessage(body: string): string {
  const match = returnedMarker.exec(body);
  return match ? body.slice(0, match.index) : body.slice(0, 4000);
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\n\n');
  const headers = split < 0 ? raw : raw.slice(0, split);
  let body = split < 0 ? '' : raw.slice(split + 2);
  const encoding = header(headers, 'content-transfer-encoding')?.toLowerCase();
  if (encoding === 'base64')
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    body = body
      .replace(/=\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
  }
  return { headers, body };
}

function flatten(part: Part): Part[] {
  const type = header(part.headers, 'content-type') ?? '';
  let boundary = /boundary="?([^";\s]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  // Some corpus files declare one boundary and use another: take the one the body uses.
  if (!part.body.includes(`--${boundary}`))
    boundary = /^--(\S+?)\s*$/m.exec(part.body)?.[1] ?? boundary;
  const pieces = part.body.split(`--${boundary}`).slice(1);
  const out: Part[] = [];
  for (const piece of pieces) {
    if (piece.startsWith('--')) break;
    out.push(...flatten(parsePart(piece.replace(/^[ \t]*\n/, ''))));
  }
  return out;
}

function header(block: string, name: string): string | undefined {
  const unfolded = block.replace(/\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
  return match?.[1]?.trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

main();
