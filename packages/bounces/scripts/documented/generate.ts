/**
 * Writes the documented development set: every case of cases.ts in each of its report
 * formats, a few reports with two recipients, and the notices of notices.ts, as .eml
 * files with a labels.jsonl beside them (the shape of the development corpus's labels).
 *
 *   pnpm --filter @mailgate/bounces exec tsx scripts/documented/generate.ts
 *
 * The output is committed (packages/bounces/eval/documented); run this again only after
 * changing a case, and review the diff.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Case, cases } from './cases';
import { type Envelope, envelopes, type Failure } from './envelopes';
import { notices } from './notices';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../eval/documented');
const emails = join(out, 'emails');
rmSync(emails, { recursive: true, force: true });
mkdirSync(emails, { recursive: true });

interface LabelRecipient {
  address: string | null;
  reason: string;
  status: string;
  /** For a failure: `failed`, or `delayed` when the report says it is still being tried. */
  event?: 'failed' | 'delayed';
}
const labels: string[] = [];
let n = 0;

function write(name: string, raw: string, source: string, recipients: LabelRecipient[]) {
  n++;
  const file = `${String(n).padStart(3, '0')}-${name}.eml`;
  writeFileSync(join(emails, file), raw);
  labels.push(JSON.stringify({ file, label_source: source, recipients }));
}

const LOCALS = ['ann', 'bob', 'carla', 'dirk', 'eva', 'finn', 'greta', 'henk', 'ines', 'jonas'];

function failure(c: Case, k: number): Failure {
  const local = `${LOCALS[k % LOCALS.length]}.${c.id.split('-')[0]}`;
  const rcpt = `${local}@${c.domain}`;
  const reply = c.reply.replaceAll('{rcpt}', rcpt).replaceAll('{local}', local);
  return {
    rcpt,
    reply,
    status: c.status,
    phase: c.phase,
    mx: c.mx || `mx.${c.domain}`,
    ...(c.delayed ? { delayed: true } : {}),
  };
}

const label = (c: Case, f: Failure, envelope: Envelope): LabelRecipient => ({
  address: f.rcpt,
  reason: c.reason,
  status: c.status,
  event: c.delayed && envelope.warnsOfDelays ? 'delayed' : 'failed',
});

let k = 0;
for (const c of cases) {
  for (const env of c.envs) {
    const f = failure(c, k++);
    const envelope = envelopes[env];
    write(`${env}-${c.id}`, envelope.build([f], n + 1), `${c.source}; format: ${envelope.source}`, [
      label(c, f, envelope),
    ]);
  }
}

// Reports about two recipients at once, each with its own cause.
const byId = new Map(cases.map((c) => [c.id, c]));
const pairs: Array<[string, string, 'postfix' | 'sendmail' | 'exim' | 'exchange' | 'qmail']> = [
  ['postfix-unknown-virtual', 'sendmail-mailbox-full', 'postfix'],
  ['sendmail-user-unknown', 'gmail-over-quota', 'sendmail'],
  ['gmail-no-such-user', 'exim-relay', 'exim'],
  ['exo-5.1.10', 'exo-5.2.2', 'exchange'],
  ['qmail-no-mailbox', 'vpopmail-over-quota', 'qmail'],
  ['icloud-no-user', 'postfix-rbl', 'postfix'],
];
for (const [a, b, env] of pairs) {
  const ca = byId.get(a)!;
  const cb = byId.get(b)!;
  const fa = failure(ca, k++);
  const fb = failure(cb, k++);
  write(
    `${env}-two-${a}+${b}`,
    envelopes[env].build([fa, fb], n + 1),
    `${ca.source}; ${cb.source}; format: ${envelopes[env].source}`,
    [label(ca, fa, envelopes[env]), label(cb, fb, envelopes[env])],
  );
}

for (const notice of notices) {
  write(notice.id, notice.raw, notice.source, [
    { address: notice.address, reason: notice.kind, status: '' },
  ]);
}

writeFileSync(join(out, 'labels.jsonl'), `${labels.join('\n')}\n`);
console.log(`${n} messages written to ${out}`);
