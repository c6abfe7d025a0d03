// Prints, after a package's build, what each of its entry points costs a program's
// bundle: everything it exports, minified + gzip, dependencies included (the same
// measure as `pnpm size`, whose budgets are per import).
import { bundleSize, entriesOf, kib } from './bundle-size.mjs';

const dir = process.cwd();
const name = dir.split('/').pop();
for (const entry of entriesOf(dir)) {
  const size = await bundleSize({ package: name, entry, imports: ['*'] });
  console.log(
    `size of @mailgate/${name}${entry === 'index' ? '' : `/${entry}`}, all exports: ${kib(size.gzip)} minified + gzip, dependencies included (${kib(size.minified)} minified)`,
  );
}
