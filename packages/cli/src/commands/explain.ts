import {
  describeReason,
  isReason,
  type Locale,
  type Reason,
  reasonIds,
  reasonInfo,
} from '@mailgate/core';
import { type Command, Option } from 'commander';
import { CliError, ExitCode } from '../exit-codes';
import { type CliIo, colorsFor } from '../io';
import { printJson, printTable } from '../output';

const localeOption = () =>
  new Option('--locale <locale>', 'the language of the texts')
    .choices(['en', 'nl', 'sv'])
    .default('en');

interface TextOptions {
  readonly locale: Locale;
  readonly json?: boolean;
}

export function explainCommand(program: Command, io: CliIo): void {
  program
    .command('explain')
    .description('what a reason means and what to do about it')
    .argument('<reason>', 'a reason id, e.g. mailbox_full')
    .addOption(localeOption())
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExit codes: 0 explained, 2 not a reason (`mailgate reasons` lists them).',
    )
    .action((reason: string, options: TextOptions) => {
      if (!isReason(reason)) {
        const near = reasonIds.filter((id) => id.includes(reason) || reason.includes(id));
        const hint = near.length > 0 ? `; did you mean ${near.slice(0, 3).join(', ')}?` : '';
        throw new CliError(
          ExitCode.usage,
          `"${reason}" is not a reason${hint} (see: mailgate reasons)`,
        );
      }
      const text = describeReason(reason, options.locale);
      const info = reasonInfo[reason];
      if (options.json === true) {
        printJson(io, { reason, ...info, ...text });
        return;
      }
      const c = colorsFor(io);
      io.stdout.write(`${c.bold(reason)}: ${text.title}\n\n${text.cause}\n\n${text.remedy}\n\n`);
      io.stdout.write(c.dim(`${facts(reason)}\n`));
    });

  program
    .command('reasons')
    .description('list every reason of the catalogue')
    .addOption(localeOption())
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExit codes: 0.')
    .action((options: TextOptions) => {
      if (options.json === true) {
        printJson(
          io,
          reasonIds.map((reason) => ({
            reason,
            ...reasonInfo[reason],
            title: describeReason(reason, options.locale).title,
          })),
        );
        return;
      }
      const c = colorsFor(io);
      printTable(io, [
        [c.bold('reason'), c.bold('category'), c.bold('permanent'), c.bold('title')],
        ...reasonIds.map((reason) => [
          reason,
          reasonInfo[reason].category,
          reasonInfo[reason].permanent ? 'yes' : 'no',
          describeReason(reason, options.locale).title,
        ]),
      ]);
    });
}

function facts(reason: Reason): string {
  const info = reasonInfo[reason];
  return [
    `category: ${info.category}`,
    `permanent: ${info.permanent ? 'yes' : 'no'}`,
    `retryable: ${info.retryable ? 'yes' : 'no'}`,
    `suppresses the address: ${info.suppress ? 'yes' : 'no'}`,
  ].join(' · ');
}
