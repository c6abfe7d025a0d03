// A new user's first hour, outside the workspace: packs every package, installs the
// tarballs with npm into a fresh project in the system's temp folder (as the docs say:
// core, the SMTP transport, and the Gmail transport with its peer google-auth-library),
// typechecks the README's example and the Gmail docs' snippet under strict settings
// (`nodenext` and `bundler`), and runs the README's example on Node.js 22 and 24 against
// a local SMTP server. Run it after `pnpm build`: node scripts/fresh-install.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lines = (process.env.MAILGATE_NODE_LINES ?? '22,24').split(',').map((line) => line.trim());
const project = mkdtempSync(join(tmpdir(), 'mailgate-fresh-'));
const tarballs = join(project, 'tarballs');
mkdirSync(tarballs);
const step = (text) => console.log(`\n== ${text}`);
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: project, encoding: 'utf8', ...options });
const nodeOf = (line) =>
  run('npx', ['--yes', '-p', `node@${line}`, 'node', '-p', 'process.execPath']).trim();

step(`packing the packages into ${tarballs}`);
for (const dir of readdirSync(join(root, 'packages'))) {
  run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', dir) });
}
const tarball = (name) =>
  join(
    tarballs,
    readdirSync(tarballs).find((file) => file.startsWith(`mailgate-${name}-`)),
  );
console.log(readdirSync(tarballs).join('\n'));

writeFileSync(
  join(project, 'package.json'),
  `${JSON.stringify({ name: 'mailgate-fresh', private: true, type: 'module' }, null, 2)}\n`,
);

// The README's example, with the SMTP server's host and port from a local test server
// (no test reaches the internet), and the disposable list loaded as the docs say.
writeFileSync(
  join(project, 'example.ts'),
  `import { createMailgate, describeReason, useDisposableDomains } from '@mailgate/core';
import { disposableDomains } from '@mailgate/core/disposable';
import { createSmtpTestServer } from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';

const user = 'mailer';
const pass = 'secret';
const server = await createSmtpTestServer({ auth: { user, pass } });
useDisposableDomains(disposableDomains());

const gate = createMailgate({
  transport: smtpTransport({ host: server.host, port: server.port, auth: { user, pass } }),
});

const result = await gate.send({
  recipient: { id: 'cand-81', type: 'candidate', addresses: [{ address: 'ada@example.com', label: 'private' }] },
  message: { from: 'jobs@agency.example', subject: 'A vacancy for you', text: '…', addressLabel: 'private' },
  context: { mode: 'individual', category: 'recruiting', tenant: 'acme' },
});

result.match(
  (sent) => console.log('sent to', sent.address, sent.messageId),
  (notSent) => console.log(notSent.reason, describeReason(notSent.reason, 'nl').title),
);

const disposable = await gate.check({
  recipient: { id: 'cand-82', addresses: [{ address: 'someone@mailinator.com' }] },
  message: { from: 'jobs@agency.example', subject: 'Hello' },
  context: { mode: 'individual', category: 'recruiting' },
});
console.log('someone@mailinator.com:', disposable.isErr() ? disposable.error.reason : 'would be sent');
await gate.close();
await server.close();
if (result.isErr() || server.messages.length !== 1) process.exit(1);
`,
);

// The Gmail docs' snippet: the user's own OAuth2Client is the one the transport takes.
writeFileSync(
  join(project, 'gmail.ts'),
  `import { createMailgate } from '@mailgate/core';
import { gmailTransport } from '@mailgate/transport-gmail';
import { OAuth2Client } from 'google-auth-library';

const auth = new OAuth2Client({ clientId: 'id', clientSecret: 'secret' });
auth.setCredentials({ refresh_token: 'token' });
export const gate = createMailgate({ transport: gmailTransport({ auth }) });
`,
);

const tsconfig = (module, moduleResolution) => ({
  compilerOptions: {
    strict: true,
    target: 'es2022',
    module,
    moduleResolution,
    noEmit: true,
    types: ['node'],
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
  },
  files: ['example.ts', 'gmail.ts'],
});
writeFileSync(
  join(project, 'tsconfig.nodenext.json'),
  JSON.stringify(tsconfig('nodenext', 'nodenext'), null, 2),
);
writeFileSync(
  join(project, 'tsconfig.bundler.json'),
  JSON.stringify(tsconfig('esnext', 'bundler'), null, 2),
);

const node22 = nodeOf(lines[0]);
// npm itself on a supported Node.js, so that engines are checked as a user's would be.
const npmCli = join(run('npm', ['root', '-g']).trim(), 'npm', 'bin', 'npm-cli.js');
step(
  `npm install (npm ${run(node22, [npmCli, '--version']).trim()} on Node.js ${run(node22, ['--version']).trim()})`,
);
const install = run(
  node22,
  [
    npmCli,
    'install',
    '--no-audit',
    '--no-fund',
    ...['core', 'bounces', 'transport-smtp', 'transport-gmail', 'testkit'].map(tarball),
    'google-auth-library@^11',
    'typescript@~5.9',
    '@types/node@^22',
  ],
  // npm's warnings (an EBADENGINE, a peer conflict) go to the terminal as they would for a user.
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
console.log(install.trim());
const tree = run(node22, [
  npmCli,
  'ls',
  'google-auth-library',
  'neverthrow',
  '@rollup/rollup-linux-x64-gnu',
]);
console.log(tree.trim());

for (const config of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
  step(`tsc -p ${config} (strict)`);
  run(node22, ['node_modules/typescript/bin/tsc', '-p', config], { stdio: 'inherit' });
  console.log('no errors');
}

for (const line of lines) {
  const node = nodeOf(line);
  step(`the README's example on Node.js ${run(node, ['--version']).trim()}`);
  console.log(run(node, ['--no-warnings', 'example.ts']).trim());
}
console.log(`\nThe project stays in ${project}.`);
