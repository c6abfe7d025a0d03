import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBounce } from './index';

// The documented development set (eval/documented, written by scripts/documented from the
// servers' documented formats and texts and labelled by what they say): a floor under
// `pnpm eval:bounces`'s second figure, so that a rule fitted elsewhere cannot quietly
// break what servers document.
const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../eval/documented');
const KINDS = new Set(['complaint', 'auto_reply', 'delivered', 'not_a_report']);

interface Label {
  file: string;
  recipients: Array<{ address: string | null; reason: string; event?: 'failed' | 'delayed' }>;
}

const labels = readFileSync(join(dir, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Label);

describe('the documented development set', () => {
  it('has a label for every message and at least 200 of them', () => {
    const files = readdirSync(join(dir, 'emails')).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThanOrEqual(200);
    expect(new Set(labels.map((l) => l.file))).toEqual(new Set(files));
  });

  it('reads every delay warning as delayed and every failure as failed', () => {
    const wrong: string[] = [];
    let delayed = 0;
    for (const label of labels) {
      const report = parseBounce(readFileSync(join(dir, 'emails', label.file)));
      for (const want of label.recipients) {
        if (!want.event) continue;
        if (want.event === 'delayed') delayed++;
        const ours = report.recipients.find((r) => r.address === want.address);
        if (ours?.event !== want.event) wrong.push(`${label.file}: ${ours?.event}`);
      }
    }
    expect(delayed).toBeGreaterThanOrEqual(10);
    expect(wrong).toEqual([]);
  });

  it('is read with ≥ 95% reason and ≥ 98% address agreement', () => {
    let n = 0;
    let reasonOk = 0;
    let addrN = 0;
    let addrOk = 0;
    for (const label of labels) {
      const report = parseBounce(readFileSync(join(dir, 'emails', label.file)));
      for (const want of label.recipients) {
        n++;
        const ours = want.address
          ? report.recipients.find((r) => r.address === want.address)
          : undefined;
        const got = KINDS.has(want.reason)
          ? report.kind
          : report.kind === 'bounce'
            ? ours?.reason
            : report.kind;
        if (got === want.reason) reasonOk++;
        if (want.address) {
          addrN++;
          if (ours) addrOk++;
        }
      }
    }
    expect(reasonOk / n).toBeGreaterThanOrEqual(0.95);
    expect(addrOk / addrN).toBeGreaterThanOrEqual(0.98);
  });
});
