import { classifySmtpReply, describeReason, reasonInfo } from '@mailgate/core';
import type { Command } from 'commander';
import { type CliIo, colorsFor } from '../io';
import { printJson } from '../output';

interface ClassifyOptions {
  readonly command?: string;
  readonly json?: boolean;
}

export function classifyCommand(program: Command, io: CliIo): void {
  program
    .command('classify')
    .description('classify an SMTP reply or diagnostic text: its reason, and why')
    .argument('<reply>', 'the reply, e.g. "550 5.1.1 <ann@example.com>: user unknown"')
    .option(
      '--command <command>',
      'the SMTP command it answered: CONN, EHLO, AUTH, MAIL, RCPT, DATA',
    )
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExit codes: 0 always, once the reply is classified.')
    .action((reply: string, options: ClassifyOptions) => {
      const result = classifySmtpReply(
        reply,
        options.command === undefined ? {} : { command: options.command },
      );
      const info = reasonInfo[result.reason];
      const text = describeReason(result.reason, 'en');
      const why = explainWhy(result);
      if (options.json === true) {
        printJson(io, { ...result, category: info.category, why, ...text });
        return;
      }
      const c = colorsFor(io);
      io.stdout.write(
        `${c.bold(result.reason)}  ${result.permanent ? c.red('permanent') : c.yellow('temporary')}\n`,
      );
      io.stdout.write(
        `${text.title}\n\nwhy: ${why}\n${text.cause}\n\nwhat to do: ${text.remedy}\n`,
      );
    });
}

function explainWhy(result: ReturnType<typeof classifySmtpReply>): string {
  const codes: string[] = [];
  if (result.replyCode !== undefined) codes.push(`reply code ${result.replyCode}`);
  if (result.enhancedCode !== undefined) codes.push(`status ${result.enhancedCode}`);
  const read =
    codes.length > 0
      ? `read from ${codes.join(' and ')} and the words`
      : 'read from the words alone (no code)';
  const permanence = result.permanent
    ? 'retrying unchanged will fail again'
    : 'it may succeed when tried again later';
  return `${read}; ${permanence}.`;
}
