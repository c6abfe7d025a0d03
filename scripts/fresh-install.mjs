// A new user's first hour, outside the workspace: packs every package (printing each
// tarball's size), installs the tarballs with npm into a fresh project in the system's temp
// folder (as the docs say: core, the SMTP transport, and the Gmail transport with its peer
// google-auth-library), typechecks the README's example, the Gmail docs' snippet and a
// CommonJS module under strict settings (`nodenext` and `bundler`), and runs the README's
// example (TypeScript, ESM), a plain-JavaScript ESM script and a plain CommonJS script on
// Node.js 22 and 24 against a local SMTP server. A second project installs only core,
// config and transport-smtp and sends from MAILGATE_TRANSPORT=smtp://… (issue 21).
// Run it after `pnpm build`: node scripts/fresh-install.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lines = (process.env.MAILGATE_NODE_LINES ?? '22,24').split(',').map((line) => line.trim());
const project = mkdtempSync(join(tmpdir(), 'mailgate-fresh-'));
const tarballs = join(project, 'tarballs');
mkdirSync(tarballs);
const step = (text) => console.log(`\n== ${text}`);
// pnpm's own npm_config_* variables (this runs under `pnpm test:fresh-install`) would make
// npm warn about settings a user's npm never sees.
const userEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)),
);
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: project, encoding: 'utf8', env: userEnv, ...options });
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
for (const file of readdirSync(tarballs).sort()) {
  const files = run('tar', ['-tzf', join(tarballs, file)])
    .trim()
    .split('\n').length;
  const kib = (statSync(join(tarballs, file)).size / 1024).toFixed(1);
  console.log(`${file.padEnd(40)} ${kib.padStart(7)} KiB packed, ${files} files`);
}

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

// CommonJS, typechecked (`.cts` under nodenext) and run as plain JavaScript (`.cjs`): the
// gate, the Dutch texts from their own entry point, and a check that sends nothing.
const commonJs = `const { createMailgate, describeReason } = require('@mailgate/core');
const { nl } = require('@mailgate/core/locales');
const { smtpTransport } = require('@mailgate/transport-smtp');

const gate = createMailgate({
  transport: smtpTransport({ host: '127.0.0.1', port: 2525 }),
  locale: 'nl',
  texts: { nl },
});
gate
  .check({
    recipient: { id: 'cand-83', addresses: [{ address: 'not an address' }] },
    message: { from: 'jobs@agency.example', subject: 'Hello' },
    context: { mode: 'individual', category: 'recruiting' },
  })
  .then(async (checked) => {
    const reason = checked.isErr() ? checked.error.reason : 'ready';
    const same = gate.describe('mailbox_full').title === describeReason('mailbox_full', 'nl').title;
    console.log('CommonJS:', reason, '/', gate.describe('mailbox_full').title, same ? '(nl)' : '(not nl!)');
    await gate.close();
    if (reason !== 'invalid_recipient_address' || !same) process.exit(1);
  });
`;
writeFileSync(join(project, 'example.cjs'), commonJs);
// The same as TypeScript: in a .cts file the imports are require calls, typed by the
// packages' CommonJS declarations (the "require" condition).
writeFileSync(
  join(project, 'types.cts'),
  commonJs.replace(/^const \{ (.+) \} = require\('(.+)'\);$/gm, "import { $1 } from '$2';"),
);

// Plain JavaScript, ESM: what a user without TypeScript writes.
writeFileSync(
  join(project, 'plain.mjs'),
  `import { classifySmtpReply, createMailgate } from '@mailgate/core';
import { parseBounce } from '@mailgate/bounces';
import { smtpTransport } from '@mailgate/transport-smtp';

const gate = createMailgate({ transport: smtpTransport({ host: '127.0.0.1', port: 2525 }) });
const checked = await gate.check({
  recipient: { id: 'cand-84', addresses: [{ address: 'ada@example.com' }] },
  message: { from: 'jobs@agency.example', subject: 'Hello' },
  context: { mode: 'individual', category: 'recruiting' },
});
const reply = classifySmtpReply('550 5.1.1 <ada@example.com>: user unknown');
const report = parseBounce('Subject: hello\\r\\n\\r\\nnot a report');
console.log('plain JS:', checked.isOk() ? checked.value.status : checked.error.reason, '/', reply.reason, '/', report.kind);
await gate.close();
if (checked.isErr() || reply.reason !== 'recipient_unknown') process.exit(1);
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
  files: ['example.ts', 'gmail.ts', ...(module === 'nodenext' ? ['types.cts'] : [])],
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
  console.log(run(node, ['plain.mjs']).trim());
  console.log(run(node, ['example.cjs']).trim());
}

await smtpOnly();
console.log(`\nThe projects stay in ${project}.`);

/**
 * Issue 21: a project with only core, config and transport-smtp starts from
 * MAILGATE_TRANSPORT=smtp://… and sends through the testkit SMTP server (run from the first
 * project, which has the testkit); naming SES is refused with the package to add.
 */
async function smtpOnly() {
  const app = join(project, 'smtp-only');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'mailgate-smtp-only', private: true, type: 'module' }, null, 2)}\n`,
  );
  step('an SMTP-only project: npm install core, config, transport-smtp');
  run(
    node22,
    [
      npmCli,
      'install',
      '--no-audit',
      '--no-fund',
      ...['core', 'config', 'transport-smtp'].map(tarball),
    ],
    { cwd: app, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  console.log(
    `node_modules/@mailgate: ${readdirSync(join(app, 'node_modules', '@mailgate')).join(', ')}`,
  );
  const absent = ['@aws-sdk', 'googleapis', 'google-auth-library', '@microsoft'].filter((name) => {
    try {
      statSync(join(app, 'node_modules', name));
      return true;
    } catch {
      return false;
    }
  });
  console.log(`SDKs installed: ${absent.length === 0 ? 'none' : absent.join(', ')}`);
  writeFileSync(
    join(project, 'smtp-server.mjs'),
    `import { createSmtpTestServer } from '@mailgate/testkit';
const server = await createSmtpTestServer({ auth: { user: 'mailer', pass: 's@cret' } });
console.log(\`port \${server.port}\`);
process.stdin.on('end', async () => { console.log(\`messages \${server.messages.length}\`); await server.close(); });
process.stdin.resume();
`,
  );
  writeFileSync(
    join(app, 'send.mjs'),
    `import { createMailgateFromConfig } from '@mailgate/config';
const built = await createMailgateFromConfig();
if (built.isErr()) { console.log(JSON.stringify(built.error)); process.exit(1); }
const gate = built.value;
const result = await gate.send({
  recipient: { id: 'ada', addresses: [{ address: 'ada@example.com' }] },
  message: { from: { address: 'jobs@agency.example' }, subject: 'Hello', text: 'Hello' },
  context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
});
console.log(result.isOk() ? \`sent via \${result.value.transport}\` : \`not sent: \${result.error.reason}\`);
await gate.close();
const ses = await createMailgateFromConfig({ env: { MAILGATE_TRANSPORT: 'ses://eu-west-1' } });
console.log(ses.isErr() ? \`ses refused: \${ses.error.map((p) => p.message).join('; ')}\` : 'ses built?!');
if (result.isErr() || ses.isOk()) process.exit(1);
`,
  );
  for (const line of lines) {
    const node = nodeOf(line);
    const server = spawn(node, ['smtp-server.mjs'], {
      cwd: project,
      env: userEnv,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let said = '';
    server.stdout.on('data', (chunk) => {
      said += chunk;
    });
    while (!/port \d+/.test(said)) await new Promise((resolve) => setTimeout(resolve, 50));
    const port = /port (\d+)/.exec(said)[1];
    step(`the SMTP-only project on Node.js ${run(node, ['--version']).trim()}`);
    console.log(
      run(node, ['send.mjs'], {
        cwd: app,
        env: { ...userEnv, MAILGATE_TRANSPORT: `smtp://mailer:s%40cret@127.0.0.1:${port}` },
      }).trim(),
    );
    server.stdin.end();
    await new Promise((resolve) => server.on('close', resolve));
    const received = /messages (\d+)/.exec(said)?.[1];
    console.log(`the testkit SMTP server received ${received} message(s)`);
    if (received !== '1') process.exit(1);
  }
}
