import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes';
import { type CliIo, colorsFor, redactingIo } from '../io';
import { printJson } from '../output';
import { secretsOfEnv, secretsOfUrl } from '../url-secrets';

interface VerifyOptions {
  readonly timeout: string;
  readonly json?: boolean;
}

type Verified =
  | { readonly status: 'ok' }
  | {
      readonly status: string;
      readonly reason?: string;
      readonly provider?: { readonly code?: string; readonly text?: string };
    };

export function verifyCommand(program: Command, io: CliIo): void {
  program
    .command('verify')
    .description('check that a transport can be reached and accepts the credentials')
    .argument(
      '<transport-url>',
      'as MAILGATE_TRANSPORT: smtp://user:pass@host:587, smtps://…, ses://eu-west-1, graph://<tenant>/<user> or gmail://<user>',
    )
    .option('--timeout <ms>', 'give up on a server that does not answer after this long', '10000')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      [
        '',
        'The URL is read by @mailgate/config, as MAILGATE_TRANSPORT is; the other options of',
        'SES, Graph and Gmail come from the same variables (AWS_ACCESS_KEY_ID, MAILGATE_SES_ENDPOINT,',
        'MAILGATE_GRAPH_ACCESS_TOKEN, MAILGATE_GMAIL_REFRESH_TOKEN, …), and their packages must be',
        'installed beside the CLI (@mailgate/transport-ses, -graph, -gmail).',
        'Passwords and tokens are never printed. Special characters in a password are percent-encoded (@ as %40).',
        'Exit codes: 0 the transport accepts the credentials, 2 a bad URL or a missing package,',
        '4 the server cannot be reached, 5 it refuses the credentials, 1 another refusal.',
      ].join('\n'),
    )
    .action(async (text: string, options: VerifyOptions) => {
      // Whatever this command prints, from here on, has the secrets taken out.
      const out = redactingIo(io, [...secretsOfUrl(text), ...secretsOfEnv(io.env)]);
      const timeout = Number(options.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) {
        throw new CliError(ExitCode.usage, '--timeout must be a number of milliseconds');
      }
      // Loaded here, not at start-up: the other commands need none of the configuration code.
      const { createTransportFromUrl } = await import('@mailgate/config');
      const built = await createTransportFromUrl(text, {
        env: { MAILGATE_SEND_TIMEOUT_MS: String(timeout), ...io.env },
      });
      if (built.isErr()) {
        const problems = built.error.map((item) => `${item.path} ${item.message}`);
        throw new CliError(ExitCode.usage, `transport URL: ${problems.join('; ')}`);
      }
      const { transport, display } = built.value;
      const result = await verifyWithin(transport.verify?.bind(transport), timeout);
      await Promise.resolve()
        .then(() => transport.close?.())
        .catch(() => {});
      if (result.status === 'ok') {
        if (options.json === true) printJson(out, { ok: true, url: display });
        else
          out.stdout.write(`${colorsFor(out).green('ok')}  ${display} accepts the credentials\n`);
        return;
      }
      const reason = 'reason' in result ? (result.reason ?? 'unknown') : 'unknown';
      const provider = 'provider' in result ? result.provider : undefined;
      const exitCode =
        reason === 'inbox_auth_failed'
          ? ExitCode.refused
          : reason === 'inbox_connection_failed' ||
              reason === 'provider_timeout' ||
              reason === 'network_error'
            ? ExitCode.unavailable
            : ExitCode.no;
      const said = provider?.text ?? provider?.code ?? '';
      if (options.json === true) {
        printJson(out, { ok: false, url: display, reason, provider });
        throw new CliError(exitCode, '');
      }
      throw new CliError(
        exitCode,
        `${display}: ${reason}${said === '' ? '' : ` (${oneLine(said)})`}`,
      );
    });
}

/** The transport's own check, given up on after `timeout` ms as a `provider_timeout`. */
async function verifyWithin(
  verify: (() => PromiseLike<Verified>) | undefined,
  timeout: number,
): Promise<Verified> {
  if (verify === undefined) return { status: 'failed', reason: 'unknown' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Verified>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'failed', reason: 'provider_timeout' }), timeout);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(verify)
        .catch(() => ({ status: 'failed', reason: 'network_error' })),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
