import { smtpTransport } from '@mailgate/transport-smtp';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes';
import { type CliIo, colorsFor, redactingIo } from '../io';
import { printJson } from '../output';
import { parseSmtpUrl, secretsOfUrl } from '../transport-url';

interface VerifyOptions {
  readonly timeout: string;
  readonly json?: boolean;
}

export function verifyCommand(program: Command, io: CliIo): void {
  program
    .command('verify')
    .description('check that an SMTP server can be reached and accepts the credentials')
    .argument('<transport-url>', 'smtp://user:pass@host:587 or smtps://user:pass@host:465')
    .option('--timeout <ms>', 'give up on a server that does not answer after this long', '10000')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nThe password is never printed. Special characters in it are percent-encoded (@ as %40).\nExit codes: 0 the server accepts the credentials, 2 a bad URL, 4 the server cannot be reached, 5 it refuses the credentials, 1 another refusal.',
    )
    .action(async (text: string, options: VerifyOptions) => {
      // Whatever this command prints, from here on, has the password taken out.
      const out = redactingIo(io, secretsOfUrl(text));
      const parsed = parseSmtpUrl(text);
      if (!parsed.ok) throw new CliError(ExitCode.usage, `transport URL: ${parsed.problem}`);
      const { url } = parsed;
      const timeout = Number(options.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) {
        throw new CliError(ExitCode.usage, '--timeout must be a number of milliseconds');
      }
      const transport = smtpTransport({
        host: url.host,
        port: url.port,
        secure: url.secure,
        ...(url.user === undefined ? {} : { auth: { user: url.user, pass: url.pass ?? '' } }),
        pool: false,
        retry: false,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      });
      const result = await transport.verify();
      await transport.close();
      if (result.status === 'ok') {
        if (options.json === true) printJson(out, { ok: true, url: url.display });
        else
          out.stdout.write(
            `${colorsFor(out).green('ok')}  ${url.display} accepts the credentials\n`,
          );
        return;
      }
      const exitCode =
        result.reason === 'inbox_auth_failed'
          ? ExitCode.refused
          : result.reason === 'inbox_connection_failed' ||
              result.reason === 'provider_timeout' ||
              result.reason === 'network_error'
            ? ExitCode.unavailable
            : ExitCode.no;
      const said = result.provider?.text ?? result.provider?.code ?? '';
      if (options.json === true) {
        printJson(out, {
          ok: false,
          url: url.display,
          reason: result.reason,
          provider: result.provider,
        });
        throw new CliError(exitCode, '');
      }
      throw new CliError(
        exitCode,
        `${url.display}: ${result.reason}${said === '' ? '' : ` (${oneLine(said)})`}`,
      );
    });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
