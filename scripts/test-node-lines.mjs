// Runs the part of the tests that depends on the Node.js version on each maintained line
// (22 and 24), with Node.js binaries from the npm registry's `node` package:
// - the quickstart demo against the built packages, resolved through their exports;
// - the tests of the packages whose dependencies require Node.js 22 (Gmail, SES) and of
//   the examples, which run every transport end to end over loopback.
// The whole suite runs once, on the Node.js that runs `npm test`: repeating it per line
// would triple the time for code that does not branch on the version.
// MAILGATE_NODE_LINES=22,24 (default) picks the lines; `current` skips this step (CI's
// matrix already runs everything on each line).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const setting = process.env.MAILGATE_NODE_LINES ?? '22,24';
if (setting === 'current') {
  console.log(
    `Node.js lines: only the current one (${process.version}), as MAILGATE_NODE_LINES says`,
  );
  process.exit(0);
}
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });

for (const line of setting.split(',').map((value) => value.trim())) {
  const node = execFileSync(
    'npx',
    ['--yes', '-p', `node@${line}`, 'node', '-p', 'process.execPath'],
    {
      encoding: 'utf8',
    },
  ).trim();
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n== Node.js ${version}: the quickstart demo on the built packages`);
  const demo = execFileSync(node, [`${root}node_modules/tsx/dist/cli.mjs`, 'src/main.ts'], {
    cwd: `${root}examples/quickstart`,
    encoding: 'utf8',
  });
  const accepted = /accepted (\d+) messages/.exec(demo);
  if (accepted === null || Number(accepted[1]) === 0) {
    console.error(demo);
    throw new Error(`the quickstart demo sent nothing on Node.js ${version}`);
  }
  console.log(`the demo's SMTP server accepted ${accepted[1]} messages`);
  console.log(`== Node.js ${version}: Gmail, SES and the examples`);
  run(node, [
    `${root}node_modules/vitest/vitest.mjs`,
    'run',
    'packages/transport-gmail',
    'packages/transport-ses',
    'examples',
  ]);
}
