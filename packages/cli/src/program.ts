import tab from '@bomb.sh/tab/commander';
import { Command, CommanderError } from 'commander';
import { addressCommand } from './commands/address';
import { bounceCommand } from './commands/bounce';
import { classifyCommand } from './commands/classify';
import { explainCommand } from './commands/explain';
import { suppressionsCommand } from './commands/suppressions';
import { verifyCommand } from './commands/verify';
import { CliError, ExitCode } from './exit-codes';
import { type CliIo, colorsFor, processIo } from './io';
import { openStore as defaultOpenStore, type OpenStore } from './suppressions/open-store';
import { version } from './version';

/** What `run` can be given besides the arguments: the io and the store opener. */
export interface RunOptions {
  readonly io?: CliIo;
  /** How `--store` becomes a store; tests pass one that answers memory stores. */
  readonly openStore?: OpenStore;
}

function createProgram(io: CliIo, openStore: OpenStore): Command {
  const program = new Command('mailgate')
    .description(
      'parse bounces, classify SMTP replies, explain reasons, check addresses, administer suppressions, verify a transport',
    )
    .version(version, '-v, --version')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(colorsFor(io, io.stderr).red(usageLine(text))),
    })
    .addHelpText(
      'after',
      '\nEvery command takes --json. Exit codes: 0 done, 1 the answer is no, 2 bad usage, 3 unreadable input, 4 unreachable server or store, 5 credentials refused.\nShell completion: mailgate complete bash|zsh|fish|powershell',
    );
  program.exitOverride();
  bounceCommand(program, io);
  classifyCommand(program, io);
  explainCommand(program, io);
  addressCommand(program, io);
  verifyCommand(program, io);
  suppressionsCommand(program, io, openStore);
  tab(program);
  for (const command of program.commands) command.exitOverride();
  for (const command of program.commands.flatMap((c) => c.commands)) command.exitOverride();
  return program;
}

/**
 * Commander's usage error ("error: unknown command 'bounced'\n(Did you mean bounce?)\n") as
 * the one line every failure is: `mailgate: …`, the suggestion and the pointer to --help on it.
 */
function usageLine(text: string): string {
  const lines = text
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim());
  return `mailgate: ${[...lines.filter(Boolean), '(run with --help for usage)'].join(' ')}\n`;
}

/**
 * Runs the `mailgate` command line and answers its exit code (see {@link ExitCode}).
 * Never throws: every failure is one line on stderr and a non-zero code.
 *
 * @example
 * ```ts
 * import { run } from '@mailgate/cli';
 *
 * const code = await run(['classify', '550 5.1.1 user unknown', '--json']);
 * process.exitCode = code;
 * ```
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const io = options.io ?? processIo();
  try {
    const program = createProgram(io, options.openStore ?? defaultOpenStore);
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof CliError) {
      if (error.message !== '') io.stderr.write(`mailgate: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`mailgate: unexpected failure: ${message.split('\n', 1)[0]}\n`);
    return ExitCode.no;
  }
}
