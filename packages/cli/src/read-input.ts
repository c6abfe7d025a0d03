import { readFile } from 'node:fs/promises';
import { CliError, ExitCode } from './exit-codes';
import type { CliIo } from './io';

/** The bytes of a file, or of stdin for `-`; a missing or unreadable file is a CliError. */
export async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of io.stdin) {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    }
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new CliError(ExitCode.input, `${path}: ${why}`);
  }
}
