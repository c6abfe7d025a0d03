// Prints what each entry point costs a bundle (minified + gzip, dependencies included)
// against its budget in size-budgets.mjs; with --check, fails when one is over.
import { bundleSize, describeEntry, kib } from './bundle-size.mjs';
import { budgets } from './size-budgets.mjs';

const check = process.argv.includes('--check');
const over = [];
for (const budget of budgets) {
  const size = await bundleSize(budget);
  const parts = size.heaviest.map(([owner, bytes]) => `${owner} ${kib(bytes)}`).join(', ');
  const line = `${describeEntry(budget)}: ${kib(size.gzip)} min+gzip (${kib(size.minified)} min), budget ${budget.kib} KiB  [${parts}]`;
  console.log(line);
  if (size.gzip > budget.kib * 1024) over.push(line);
}
if (check && over.length > 0) {
  console.error(`\nOver budget:\n${over.join('\n')}`);
  process.exit(1);
}
