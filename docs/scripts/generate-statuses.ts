/**
 * Writes docs/statuses.md from the ledger's statuses and transition table in @mailgate/core.
 *
 *   tsx scripts/generate-statuses.ts          write the page
 *   tsx scripts/generate-statuses.ts --check  exit 1 when the page is not what would be written
 */
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './page-file';
import { renderStatusesPage } from './render-statuses';

const target = fileURLToPath(new URL('../statuses.md', import.meta.url));

writeOrCheck(
  target,
  'docs/statuses.md',
  renderStatusesPage(),
  process.argv.slice(2).includes('--check'),
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
