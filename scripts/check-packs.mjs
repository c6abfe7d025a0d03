// Packs every package as `pnpm publish` would and checks what a user receives: the
// licence in every tarball, the third-party notices where the package carries such
// material, and no stray sources. Prints each tarball's size.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Packages whose dist contains third-party material (see THIRD-PARTY-NOTICES). */
const withNotices = new Set(['@mailgate/core']);

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'mailgate-packs-'));
const failures = [];
try {
  for (const dir of readdirSync(join(root, 'packages'))) {
    const packageDir = join(root, 'packages', dir);
    const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const before = new Set(readdirSync(out));
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: packageDir, stdio: 'ignore' });
    const tarball = readdirSync(out).find((file) => !before.has(file));
    const files = execFileSync('tar', ['tzf', join(out, tarball)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ''));
    const expected = [
      'LICENSE',
      'package.json',
      ...(withNotices.has(name) ? ['THIRD-PARTY-NOTICES'] : []),
    ];
    for (const file of expected) {
      if (!files.includes(file)) failures.push(`${name}: ${file} is missing from the tarball`);
    }
    const stray = files.filter(
      (file) =>
        !/^(dist\/|LICENSE$|THIRD-PARTY-NOTICES$|README\.md$|CHANGELOG\.md$|package\.json$)/.test(
          file,
        ),
    );
    if (stray.length > 0) failures.push(`${name}: unexpected files ${stray.join(', ')}`);
    const kb = (statSync(join(out, tarball)).size / 1024).toFixed(1);
    console.log(`${name}: ${tarball}, ${kb} KB packed, ${files.length} files`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
