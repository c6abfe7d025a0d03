// Prints the minified + gzipped size of a built entry, its dependencies left out,
// so that every build shows what the package costs a bundle.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = process.argv[2];
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  packages: 'external',
  logLevel: 'silent',
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code).length;
console.log(
  `size of ${entry}: ${code.length} B minified, ${gzip} B minified + gzip (dependencies excluded)`,
);
