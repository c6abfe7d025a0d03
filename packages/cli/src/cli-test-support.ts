import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built binary, as a user runs it: `pnpm build` makes it. */
export const binary = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `mailgate` in a child process, as a script would, with stdin and no terminal.
 * `timeout` (ms) for commands that start slowly, such as PGlite (initdb in WebAssembly);
 * `env`: variables added to the child's environment.
 */
export function mailgate(
  args: readonly string[],
  stdin?: string,
  timeout = 30_000,
  env: Readonly<Record<string, string>> = {},
): Promise<Ran> {
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run pnpm build first`);
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [binary, ...args],
      { env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...env }, timeout },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

/** A fixture of this package's tests. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
}
