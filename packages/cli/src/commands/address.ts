import { suggestAddress, validateAddress } from '@mailgate/core';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes';
import { type CliIo, colorsFor } from '../io';
import { printJson } from '../output';

export function addressCommand(program: Command, io: CliIo): void {
  program
    .command('address')
    .description('check an address: syntax, role or disposable, and a suggestion for a typo')
    .argument('<address>', 'the address, e.g. ann@gmial.com')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExit codes: 0 valid (even a role or disposable address), 1 not valid.')
    .action((address: string, options: { readonly json?: boolean }) => {
      const check = validateAddress(address);
      const suggestion = suggestAddress(address);
      if (options.json === true) {
        printJson(io, { ...check, ...(suggestion === undefined ? {} : { suggestion }) });
      } else {
        const c = colorsFor(io);
        if (check.ok) {
          io.stdout.write(`${c.green('valid')}  ${check.address}\n`);
          io.stdout.write(`role address: ${check.role ? c.yellow('yes') : 'no'}\n`);
          io.stdout.write(`disposable: ${check.disposable ? c.yellow('yes') : 'no'}\n`);
        } else {
          io.stdout.write(`${c.red('not valid')}  ${check.problem}: ${check.detail}\n`);
        }
        if (suggestion !== undefined) io.stdout.write(`did you mean ${c.bold(suggestion)}?\n`);
      }
      if (!check.ok) throw new CliError(ExitCode.no, '');
    });
}
