import { readFile, writeFile } from 'node:fs/promises';

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

async function readCurrent(target: string): Promise<string | undefined> {
  try {
    return await readFile(target, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a generated page, or with `check` compares it with the committed one. Answers
 * the exit code: 1 when the committed page is missing or out of date.
 */
export async function writeOrCheck(
  target: string,
  shown: string,
  expected: string,
  check: boolean,
): Promise<number> {
  if (!check) {
    await writeFile(target, expected, 'utf8');
    console.log(`Wrote ${shown}.`);
    return 0;
  }
  const current = await readCurrent(target);
  if (current === undefined) {
    console.error(`${shown} does not exist. Run \`pnpm docs:build\` and commit the result.`);
    return 1;
  }
  if (current !== expected) {
    console.error(
      `${shown} is out of date (first difference at line ${firstDifference(current, expected)}). Run \`pnpm docs:build\` and commit the result.`,
    );
    return 1;
  }
  console.log(`${shown} is up to date.`);
  return 0;
}
