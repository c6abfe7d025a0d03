import type { CliIo } from './io';

/** Prints a value as JSON on stdout: what `--json` gives every command. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints rows as aligned columns; the last column is never padded. */
export function printTable(io: CliIo, rows: readonly (readonly string[])[]): void {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  }
  for (const row of rows) {
    const cells = row.map((cell, i) =>
      i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell)),
    );
    io.stdout.write(`${cells.join('  ').trimEnd()}\n`);
  }
}

// Colour codes take no room on the screen.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function visibleLength(text: string): number {
  return text.replace(ansi, '').length;
}
