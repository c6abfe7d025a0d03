/**
 * The exit codes of `mailgate`, for scripts. Each command documents which it uses; a
 * script can rely on 0 meaning "done, and the answer is yes".
 */
export const ExitCode = {
  /** Done; the answer is yes (the address is valid, the credentials work, …). */
  ok: 0,
  /** Done, and the answer is no: an invalid address, a message that is no report. */
  no: 1,
  /** The command line is wrong: an unknown command, option, reason or URL. */
  usage: 2,
  /** The input cannot be read: a missing file, not a mail message, a malformed CSV row. */
  input: 3,
  /** A server or store could not be reached, or did not answer in time. */
  unavailable: 4,
  /** The server refused the credentials. */
  refused: 5,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure that ends the command: one line on stderr and its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
