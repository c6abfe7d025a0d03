import { type ParsedReport, parseBounce, splitMbox } from '@mailgate/bounces';
import { describeReason, type Reason } from '@mailgate/core';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes';
import { type CliIo, colorsFor } from '../io';
import { printJson, printTable } from '../output';
import { startProgress } from '../progress';
import { readInput } from '../read-input';

/** More messages than this print a summary by reason instead of one line per recipient. */
const listLimit = 20;

interface BounceOptions {
  readonly json?: boolean;
  readonly summary?: boolean;
}

export function bounceCommand(program: Command, io: CliIo): void {
  program
    .command('bounce')
    .description('parse bounces, complaints and auto-replies: one message, an mbox, or stdin')
    .argument('<file>', 'a message (.eml), an mbox file, or - for stdin')
    .option('--summary', `count by reason even for ${listLimit} messages or fewer`)
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `\nPrints recipient, reason, permanence and diagnostic; more than ${listLimit} messages print a summary by reason.\nExit codes: 0 reports found, 1 no message is a report, 3 unreadable input or not mail.`,
    )
    .action(async (file: string, options: BounceOptions) => {
      const bytes = await readInput(io, file);
      const name = file === '-' ? 'stdin' : file;
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
      if (!looksLikeMail(text)) throw new CliError(ExitCode.input, `${name}: not a mail message`);
      const messages = text.startsWith('From ') ? splitMbox(text) : [text];
      const json = options.json === true;
      const progress = startProgress(io, { total: messages.length, label: 'parsing', json });
      const reports: ParsedReport[] = [];
      for (const message of messages) {
        reports.push(parseBounce(message));
        progress.tick();
      }
      progress.stop();
      const summary = summarize(reports);
      if (json) printJson(io, { summary, reports });
      else if (options.summary === true || reports.length > listLimit) printSummary(io, summary);
      else printRecipients(io, name, reports);
      if (summary.reports === 0) throw new CliError(ExitCode.no, `${name}: no bounce report found`);
    });
}

/**
 * Mail starts with header fields (or an mbox `From ` line); anything else — a picture, a
 * spreadsheet, a note — is refused before the parser is asked.
 */
export function looksLikeMail(text: string): boolean {
  if (text.slice(0, 4096).includes('\u0000')) return false;
  const first = text.replace(/^\s+/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.startsWith('From ') || /^[!-9;-~]+:/.test(first);
}

export interface BounceSummary {
  readonly messages: number;
  /** Messages that are a report of any kind. */
  readonly reports: number;
  readonly byKind: Record<string, number>;
  /** Failed recipients, by reason, the most frequent first. */
  readonly byReason: readonly {
    readonly reason: Reason;
    readonly recipients: number;
    readonly permanent: number;
  }[];
}

export function summarize(reports: readonly ParsedReport[]): BounceSummary {
  const byKind: Record<string, number> = {};
  const byReason = new Map<Reason, { recipients: number; permanent: number }>();
  for (const report of reports) {
    byKind[report.kind] = (byKind[report.kind] ?? 0) + 1;
    for (const recipient of report.recipients) {
      if (recipient.reason === undefined) continue;
      const row = byReason.get(recipient.reason) ?? { recipients: 0, permanent: 0 };
      row.recipients++;
      if (recipient.permanent) row.permanent++;
      byReason.set(recipient.reason, row);
    }
  }
  return {
    messages: reports.length,
    reports: reports.filter((report) => report.kind !== 'not_a_report').length,
    byKind,
    byReason: [...byReason]
      .map(([reason, row]) => ({ reason, ...row }))
      .sort((a, b) => b.recipients - a.recipients || a.reason.localeCompare(b.reason)),
  };
}

function printSummary(io: CliIo, summary: BounceSummary): void {
  const c = colorsFor(io);
  const kinds = Object.entries(summary.byKind)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  io.stdout.write(`${summary.messages} messages: ${kinds}\n\n`);
  const failed = summary.byReason.reduce((total, row) => total + row.recipients, 0);
  printTable(io, [
    [c.bold('recipients'), c.bold('permanent'), c.bold('reason'), c.bold('what it means')],
    ...summary.byReason.map((row) => [
      String(row.recipients),
      String(row.permanent),
      row.reason,
      describeReason(row.reason, 'en').title,
    ]),
    [c.bold(String(failed)), '', c.bold('failed recipients in all'), ''],
  ]);
}

function printRecipients(io: CliIo, name: string, reports: readonly ParsedReport[]): void {
  const c = colorsFor(io);
  reports.forEach((report, i) => {
    const where = reports.length === 1 ? name : `${name} #${i + 1}`;
    const format = report.format === undefined ? '' : ` (${report.format})`;
    io.stdout.write(`${c.bold(where)}: ${report.kind}${format}\n`);
    for (const recipient of report.recipients) {
      const permanence =
        recipient.reason === undefined
          ? recipient.event
          : recipient.permanent
            ? c.red('permanent')
            : c.yellow('temporary');
      const codes = [recipient.replyCode, recipient.enhancedCode].filter((x) => x !== undefined);
      io.stdout.write(
        `  ${recipient.address}  ${recipient.reason ?? '-'}  ${permanence}${codes.length > 0 ? `  ${codes.join(' ')}` : ''}\n`,
      );
      if (recipient.diagnostic) io.stdout.write(`    ${c.dim(recipient.diagnostic)}\n`);
    }
  });
}
