/**
 * Measures parseBounce against two development sets, each reported on its own: the
 * development corpus with its Sisimai-derived labels, and the documented set written from
 * mail servers' documented formats and texts (eval/documented, made by
 * scripts/documented/generate.ts). For each: recipient-reason and recipient-address
 * agreement (overall and per reason), the exceptions, and messages per second — on the
 * files as they are and on CRLF copies.
 *
 *   pnpm eval:bounces            # the figures
 *   pnpm eval:bounces --verbose  # plus every disagreement
 *   pnpm eval:bounces --quick    # agreement only: no throughput, no CRLF copies
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBounce } from '../src/index';
import type { ParsedReport } from '../src/types';
import { corpusDir } from './corpus-dir';

const corpus = corpusDir() ?? 'shared/corpus/bounces';
const documented = resolve(dirname(fileURLToPath(import.meta.url)), '../eval/documented');
const verbose = process.argv.includes('--verbose');
const quick = process.argv.includes('--quick');

interface LabelRecipient {
  address: string | null;
  reason: string;
  status: string;
  /** The documented set's failures: `failed`, or `delayed` (still being tried). */
  event?: 'failed' | 'delayed';
}
interface Label {
  file: string;
  label_source: string | null;
  recipients: LabelRecipient[];
}

interface DevSet {
  files: string[];
  labels: Map<string, Label>;
  lf: Buffer[];
  crlf: Buffer[];
}

function loadSet(dir: string): DevSet | undefined {
  const labelsPath = join(dir, 'labels.jsonl');
  if (!existsSync(labelsPath) || !existsSync(join(dir, 'emails'))) return undefined;
  const labels = new Map<string, Label>();
  for (const line of readFileSync(labelsPath, 'utf8').split('\n')) {
    if (line.trim()) {
      const label = JSON.parse(line) as Label;
      labels.set(label.file, label);
    }
  }
  const emailDir = join(dir, 'emails');
  const files = readdirSync(emailDir)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const lf = files.map((f) => readFileSync(join(emailDir, f)));
  // CRLF copies made in memory; latin1 keeps every byte as it is.
  const crlf = lf.map((b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'));
  return { files, labels, lf, crlf };
}

const original = loadSet(corpus);
const written = loadSet(documented);
// Without the corpus there is nothing to measure: say so and fail, so that a run that
// measured nothing is never read as a pass.
if (!original) {
  console.error(
    `The development corpus is not at ${corpus} (labels.jsonl and emails/ beside the repository, in ../shared/corpus/bounces): nothing was evaluated.`,
  );
}
if (!written) console.error(`The documented set is not at ${documented}.`);
if (!original || !written) process.exit(1);

const KINDS = new Set(['complaint', 'auto_reply', 'delivered', 'not_a_report']);

interface Tally {
  n: number;
  reasonOk: number;
  addrN: number;
  addrOk: number;
  eventN: number;
  eventOk: number;
}
const tally = (): Tally => ({ n: 0, reasonOk: 0, addrN: 0, addrOk: 0, eventN: 0, eventOk: 0 });

/**
 * Pairs each labelled recipient with one of ours: by address first (the labels' order
 * follows Sisimai's reading, which is not always the report's), then the leftovers in
 * order (labels whose address Sisimai could not pin down carry `null`).
 */
function pair(label: LabelRecipient[], ours: ParsedReport['recipients']) {
  const used = new Set<number>();
  const pairs: Array<number | undefined> = label.map((l) => {
    if (!l.address) return undefined;
    const i = ours.findIndex((r, j) => !used.has(j) && r.address === l.address!.toLowerCase());
    if (i >= 0) used.add(i);
    return i >= 0 ? i : undefined;
  });
  return pairs.map((p) => {
    if (p !== undefined) return p;
    const i = ours.findIndex((_, j) => !used.has(j));
    if (i >= 0) used.add(i);
    return i >= 0 ? i : undefined;
  });
}

function evaluate({ files, labels }: DevSet, buffers: Buffer[], name: string) {
  const overall = tally();
  const perReason = new Map<string, Tally>();
  const disagreements: string[] = [];
  let exceptions = 0;
  const kinds = new Map<string, number>();
  let unlabelled = 0;
  buffers.forEach((buf, idx) => {
    const file = files[idx]!;
    let result: ParsedReport;
    try {
      result = parseBounce(buf);
    } catch (error) {
      exceptions++;
      disagreements.push(`${file}: EXCEPTION ${String(error)}`);
      return;
    }
    kinds.set(result.kind, (kinds.get(result.kind) ?? 0) + 1);
    const label = labels.get(file);
    if (!label || label.recipients.length === 0) {
      unlabelled++;
      return;
    }
    const pairs = pair(label.recipients, result.recipients);
    label.recipients.forEach((l, i) => {
      const t = perReason.get(l.reason) ?? tally();
      perReason.set(l.reason, t);
      const ours = pairs[i] === undefined ? undefined : result.recipients[pairs[i]!];
      // A report kind is judged on the report; a reason on the paired recipient.
      const got = KINDS.has(l.reason)
        ? result.kind
        : result.kind === 'bounce'
          ? (ours?.reason ?? '(none)')
          : `(${result.kind})`;
      const reasonOk = got === l.reason;
      for (const x of [overall, t]) {
        x.n++;
        if (reasonOk) x.reasonOk++;
      }
      let addrOk = true;
      if (l.address) {
        addrOk = result.recipients.some((r) => r.address === l.address!.toLowerCase());
        for (const x of [overall, t]) {
          x.addrN++;
          if (addrOk) x.addrOk++;
        }
      }
      // A delay warning is not a failure: where the label says which, the event must agree.
      let eventOk = true;
      if (l.event) {
        eventOk = ours?.event === l.event;
        overall.eventN++;
        if (eventOk) overall.eventOk++;
      }
      if (!reasonOk || !addrOk || !eventOk) {
        disagreements.push(
          `${file} #${i}: label ${l.event ?? ''} ${l.reason} ${l.status || '-'} <${l.address}> | ours ${ours?.event ?? ''} ${got} ${ours?.enhancedCode ?? '-'} <${ours?.address ?? '-'}> ${ours?.diagnostic?.slice(0, 140) ?? ''}`,
        );
      }
    });
  });

  const pct = (a: number, b: number) =>
    b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1)}%`.padStart(6);
  console.log(
    `\n== ${name}: ${buffers.length} files, ${labels.size} labelled, ${unlabelled} without labelled recipients`,
  );
  console.log(
    `recipient reason agreement : ${pct(overall.reasonOk, overall.n)}  (${overall.reasonOk}/${overall.n})`,
  );
  console.log(
    `recipient address agreement: ${pct(overall.addrOk, overall.addrN)}  (${overall.addrOk}/${overall.addrN})`,
  );
  if (overall.eventN > 0) {
    console.log(
      `failed/delayed agreement  : ${pct(overall.eventOk, overall.eventN)}  (${overall.eventOk}/${overall.eventN})`,
    );
  }
  console.log(`exceptions: ${exceptions}`);
  console.log(`kinds: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log('\nper labelled reason            n  reason  address');
  for (const [reason, t] of [...perReason].sort((a, b) => b[1].n - a[1].n)) {
    console.log(
      `  ${reason.padEnd(28)} ${String(t.n).padStart(3)}  ${pct(t.reasonOk, t.n)}  ${pct(t.addrOk, t.addrN)}`,
    );
  }
  if (verbose) for (const d of disagreements) console.log(`  ✗ ${d}`);
  return { overall, exceptions };
}

/**
 * Steady-state messages per second: passes over the corpus until the JIT has settled (at
 * least 20 passes and 1 s), then every message of at least 30 passes and 2 s of timed
 * passes, divided by their total time (no best-of).
 */
function throughput(buffers: Buffer[]): number {
  const warmUpEnd = performance.now() + 1000;
  for (let i = 0; i < 20 || performance.now() < warmUpEnd; i++)
    for (const b of buffers) parseBounce(b);
  const start = performance.now();
  let passes = 0;
  while (passes < 30 || performance.now() - start < 2000) {
    for (const b of buffers) parseBounce(b);
    passes++;
  }
  const seconds = (performance.now() - start) / 1000;
  return Math.round((passes * buffers.length) / seconds);
}

const rateLabel = 'messages/s (one core, steady state: ≥ 1 s warm-up, then ≥ 2 s of whole passes)';
const summary: string[] = [];
for (const [title, set] of [
  ['development corpus', original],
  ['documented set', written],
] as const) {
  console.log(`\n######## ${title}`);
  const lfResult = evaluate(set, set.lf, `${title}, LF (as stored)`);
  const lfRate = quick ? 0 : throughput(set.lf);
  if (quick) {
    const o = lfResult.overall;
    summary.push(
      `${title.padEnd(20)} reason ${((100 * o.reasonOk) / o.n).toFixed(1)}% (${o.reasonOk}/${o.n}), address ${((100 * o.addrOk) / o.addrN).toFixed(1)}% (${o.addrOk}/${o.addrN}), exceptions ${lfResult.exceptions}`,
    );
    continue;
  }
  console.log(`${rateLabel}: ${lfRate}`);
  const crlfResult = evaluate(set, set.crlf, `${title}, CRLF copies`);
  console.log(`${rateLabel}: ${throughput(set.crlf)}`);
  const same =
    lfResult.overall.reasonOk === crlfResult.overall.reasonOk &&
    lfResult.overall.addrOk === crlfResult.overall.addrOk;
  console.log(`\nCRLF results identical to LF: ${same ? 'yes' : 'NO'}`);
  const o = lfResult.overall;
  summary.push(
    `${title.padEnd(20)} reason ${((100 * o.reasonOk) / o.n).toFixed(1)}% (${o.reasonOk}/${o.n}), address ${((100 * o.addrOk) / o.addrN).toFixed(1)}% (${o.addrOk}/${o.addrN}), exceptions ${lfResult.exceptions}, ${lfRate} messages/s`,
  );
}
console.log('\n######## summary');
for (const line of summary) console.log(line);
