// The cost of an entry point in a program's bundle: esbuild bundles an import of it with
// every dependency, minifies and gzips, as a bundler would for a user; `sideEffects:
// false` lets esbuild drop unused modules. The package's own entry is bundled from its
// sources, not its build: the build splits shared code into chunks in an order that
// varies from one build of the same source to the next, and the bundle's gzip size
// moved with it by up to 900 bytes, which made the budget check pass or fail by chance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `import { ...imports } from '<package>/<entry>'` and returns its size in bytes,
 * minified and minified + gzip, and the heaviest inputs (by package).
 */
export async function bundleSize({ package: name, entry = 'index', imports, node = false }) {
  const dir = join(root, 'packages', name);
  const file = `./src/${entry}.ts`;
  const contents = imports.includes('*')
    ? `export * from '${file}';`
    : `export { ${imports.join(', ')} } from '${file}';`;
  const result = await build({
    stdin: { contents, resolveDir: dir },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: node ? 'node' : 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const byPackage = new Map();
  for (const [path, input] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
    const own = /(?:^|\/)packages\/([^/]+)\//.exec(path);
    const owner = match ? match[1] : own ? `@mailgate/${own[1]}` : path;
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + input.bytesInOutput);
  }
  return {
    minified: code.length,
    gzip: gzipSync(code).length,
    heaviest: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 3),
  };
}

/** `@mailgate/core/disposable { disposableDomains }` */
export function describeEntry({ package: name, entry = 'index', imports }) {
  const specifier = `@mailgate/${name}${entry === 'index' ? '' : `/${entry}`}`;
  return `${specifier} { ${imports.join(', ')} }`;
}

/** The public entry points of the package in `dir`, from its `exports`. */
export function entriesOf(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? 'index' : key.slice(2)));
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
