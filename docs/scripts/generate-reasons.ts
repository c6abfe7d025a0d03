/**
 * Writes docs/reasons.md from the reason catalogue in @mailgate/core.
 *
 *   tsx scripts/generate-reasons.ts          write the page
 *   tsx scripts/generate-reasons.ts --check  exit 1 when the page is not what would be written
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderReasonsPage } from './render-reasons';

const target = fileURLToPath(new URL('../reasons.md', import.meta.url));
const shown = 'docs/reasons.md';

/** The first line (1-based) where two texts differ. */
function firstDifference(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const length = Math.max(left.length, right.length);
  for (let i = 0; i < length; i++) {
    if (left[i] !== right[i]) return i + 1;
  }
  return length;
}

async function readCurrent(): Promise<string | undefined> {
  try {
    return await readFile(target, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function main(check: boolean): Promise<number> {
  const expected = renderReasonsPage();

  if (!check) {
    await writeFile(target, expected, 'utf8');
    console.log(`Wrote ${shown}.`);
    return 0;
  }

  const current = await readCurrent();
  if (current === undefined) {
    console.error(`${shown} does not exist. Run \`pnpm docs:build\` and commit the result.`);
    return 1;
  }
  if (current !== expected) {
    console.error(
      `${shown} is out of date with the reason catalogue (first difference at line ${firstDifference(current, expected)}). Run \`pnpm docs:build\` and commit the result.`,
    );
    return 1;
  }
  console.log(`${shown} is up to date.`);
  return 0;
}

main(process.argv.slice(2).includes('--check')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
