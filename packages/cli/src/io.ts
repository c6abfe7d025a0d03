import { createColors } from 'picocolors';

/** A stream the CLI writes to: process.stdout, or a buffer in tests. */
export interface OutputStream {
  /** Writes text as it is. */
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Where the CLI reads and writes: the process by default, anything in tests. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Read when a command is given `-` as its input. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The io of the running process. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Colour on a terminal only, and never when `NO_COLOR` is set (https://no-color.org). */
export function colorsFor(io: CliIo, stream: OutputStream = io.stdout) {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
  const enabled = forced || (stream.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  return createColors(enabled);
}

/** Colours of one stream; plain strings when colour is off. */
export type Colors = ReturnType<typeof colorsFor>;

/**
 * Wraps an io so that none of `secrets` is ever written: every occurrence, also
 * percent-encoded, becomes `***`. Commands that hold a password register it here first.
 */
export function redactingIo(io: CliIo, secrets: readonly string[]): CliIo {
  const words = secrets
    .filter((secret) => secret.length > 0)
    .flatMap((secret) => [secret, encodeURIComponent(secret)])
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return io;
  const redact = (text: string) => words.reduce((out, word) => out.split(word).join('***'), text);
  const wrap = (stream: OutputStream): OutputStream => ({
    write: (text: string) => stream.write(redact(text)),
    ...(stream.isTTY === undefined ? {} : { isTTY: stream.isTTY }),
    ...(stream.columns === undefined ? {} : { columns: stream.columns }),
  });
  return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}
