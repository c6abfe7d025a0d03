import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The development corpus: `$BOUNCE_CORPUS`, else `shared/` beside the clone, else beside
 * the folder that holds it (a git worktree under `wt/`). Undefined when none is there.
 */
export function corpusDir(): string | undefined {
  const candidates = [
    process.env.BOUNCE_CORPUS,
    resolve(repoRoot, '../shared/corpus/bounces'),
    resolve(repoRoot, '../../shared/corpus/bounces'),
  ];
  return candidates.find((dir) => dir && existsSync(resolve(dir, 'emails')));
}
