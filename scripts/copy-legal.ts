import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('..', import.meta.url);

/**
 * Copies the licence, and the third-party notices where the package's `files` asks for
 * them, from the repository root into the package being built, so that every tarball
 * carries the texts the root holds once. Runs from tsup's onSuccess, in the package's
 * directory.
 */
export async function copyLegalFiles(packageDir: string = process.cwd()): Promise<void> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    files?: string[];
  };
  for (const name of ['LICENSE', 'THIRD-PARTY-NOTICES']) {
    if (name === 'LICENSE' || manifest.files?.includes(name)) {
      await copyFile(new URL(name, root), join(packageDir, name));
    }
  }
}
