import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reasonIds } from '@mailgate/core';
import { closedPort, createSmtpTestServer } from '@mailgate/testkit';
import { describe, expect, it } from 'vitest';
import { fixture, mailgate } from './cli-test-support';

const ansi = String.fromCharCode(27);

async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'mailgate-cli-')), name);
  await writeFile(path, content);
  return path;
}

/** An mbox of `count` messages, alternating the two fixtures. */
async function mbox(count: number): Promise<string> {
  const messages = [
    await readFile(fixture('user-unknown.eml'), 'utf8'),
    await readFile(fixture('mailbox-full.eml'), 'utf8'),
  ];
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(`From MAILER-DAEMON Mon Mar  3 10:15:02 2025\n${messages[i % 2]}\n`);
  }
  return tempFile('bounces.mbox', parts.join(''));
}

describe.concurrent('mailgate bounce', () => {
  it('should print the recipient, reason, permanence and diagnostic of one bounce', async () => {
    const ran = await mailgate(['bounce', fixture('user-unknown.eml')]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('anna.berg@receiver.test');
    expect(ran.stdout).toMatch(/recipient_unknown\s+permanent\s+550 5\.1\.1/);
    expect(ran.stdout).toContain('User unknown in virtual mailbox table');
    expect(ran.stdout).not.toContain(ansi);
  });

  it('should read a bounce from stdin given -', async () => {
    const ran = await mailgate(
      ['bounce', '-'],
      await readFile(fixture('mailbox-full.eml'), 'utf8'),
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/bo\.lind@receiver\.test\s+mailbox_full/);
  });

  it('should print a summary by reason for an mbox of many messages', async () => {
    const ran = await mailgate(['bounce', await mbox(60)]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('60 messages: 60 bounce');
    expect(ran.stdout).toMatch(/^30\s+30\s+recipient_unknown/m);
    expect(ran.stdout).toMatch(/^30\s+30\s+mailbox_full/m);
    expect(ran.stdout).not.toContain('anna.berg@receiver.test');
  });

  it('should give every report and the summary with --json', async () => {
    const ran = await mailgate(['bounce', await mbox(3), '--json']);
    const out = JSON.parse(ran.stdout);
    expect(out.summary.messages).toBe(3);
    expect(out.summary.byReason).toEqual([
      { reason: 'recipient_unknown', recipients: 2, permanent: 2 },
      { reason: 'mailbox_full', recipients: 1, permanent: 1 },
    ]);
    expect(out.reports[1].recipients[0].address).toBe('bo.lind@receiver.test');
  });

  it('should end with one line and exit code 3 for a missing file', async () => {
    const ran = await mailgate(['bounce', '/nonexistent/bounce.eml']);
    expect(ran.code).toBe(3);
    expect(ran.stderr).toBe('mailgate: /nonexistent/bounce.eml: no such file\n');
    expect(ran.stdout).toBe('');
  });

  it('should refuse a file that is not mail with one line and exit code 3', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const path = await tempFile('picture.png', png);
    const ran = await mailgate(['bounce', path]);
    expect(ran.code).toBe(3);
    expect(ran.stderr).toBe(`mailgate: ${path}: not a mail message\n`);
    expect(ran.stdout).toBe('');
  });

  it('should exit 1 for an ordinary message that is no report', async () => {
    const path = await tempFile('hello.eml', 'From: ann@example.com\nSubject: hi\n\nHello!\n');
    const ran = await mailgate(['bounce', path]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain('not_a_report');
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe.concurrent('mailgate classify, explain, reasons, address', () => {
  it('should classify a reply with its reason and why', async () => {
    const ran = await mailgate(['classify', '452 4.2.2 Mailbox full', '--command', 'RCPT']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^mailbox_full\s+temporary/);
    expect(ran.stdout).toContain('why: read from reply code 452 and status 4.2.2');
  });

  it('should classify as JSON with --json', async () => {
    const ran = await mailgate(['classify', '550 5.1.1 user unknown', '--json']);
    expect(JSON.parse(ran.stdout)).toMatchObject({
      reason: 'recipient_unknown',
      permanent: true,
      replyCode: 550,
      enhancedCode: '5.1.1',
    });
  });

  it('should explain a reason in Dutch', async () => {
    const en = await mailgate(['explain', 'mailbox_full']);
    const nl = await mailgate(['explain', 'mailbox_full', '--locale', 'nl']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^mailbox_full: /);
    expect(nl.stdout).not.toBe(en.stdout);
  });

  it('should refuse an unknown reason with exit code 2 and a suggestion', async () => {
    const ran = await mailgate(['explain', 'mailbox']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^mailgate: "mailbox" is not a reason; did you mean .*mailbox_full/);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('should list every reason of the catalogue', async () => {
    const ran = await mailgate(['reasons', '--json']);
    expect(JSON.parse(ran.stdout).map((row: { reason: string }) => row.reason)).toEqual([
      ...reasonIds,
    ]);
  });

  it('should suggest the address a typo meant', async () => {
    const ran = await mailgate(['address', 'greta.lind@gmial.com', '--json']);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ ok: true, suggestion: 'greta.lind@gmail.com' });
  });

  it('should say a role address is one', async () => {
    const ran = await mailgate(['address', 'info@example.com']);
    expect(ran.stdout).toContain('role address: yes');
  });

  it('should exit 1 for an address that is not valid', async () => {
    const ran = await mailgate(['address', 'not an address']);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^not valid/);
  });
});

describe.concurrent('mailgate verify', () => {
  const user = 'mailer';
  const pass = 'c0rrect-h0rse';

  it('should accept good credentials and never print the password', async () => {
    const server = await createSmtpTestServer({ auth: { user, pass } });
    try {
      const ran = await mailgate(['verify', `smtp://${user}:${pass}@127.0.0.1:${server.port}`]);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toBe(
        `ok  smtp://mailer:***@127.0.0.1:${server.port} accepts the credentials\n`,
      );
      expect(ran.stdout + ran.stderr).not.toContain(pass);
    } finally {
      await server.close();
    }
  });

  it('should exit 5 for refused credentials, without the password', async () => {
    const server = await createSmtpTestServer({ auth: { user, pass } });
    try {
      const wrong = 'wr0ng-h0rse';
      const ran = await mailgate(['verify', `smtp://${user}:${wrong}@127.0.0.1:${server.port}`]);
      expect(ran.code).toBe(5);
      expect(ran.stderr).toMatch(
        /^mailgate: smtp:\/\/mailer:\*\*\*@127\.0\.0\.1:\d+: inbox_auth_failed/,
      );
      expect(ran.stderr.trim().split('\n')).toHaveLength(1);
      expect(ran.stdout + ran.stderr).not.toContain(wrong);
    } finally {
      await server.close();
    }
  });

  it('should exit 4 when nothing listens, without the password', async () => {
    const port = await closedPort();
    const ran = await mailgate(['verify', `smtp://${user}:${pass}@127.0.0.1:${port}`, '--json']);
    expect(ran.code).toBe(4);
    expect(JSON.parse(ran.stdout)).toMatchObject({ ok: false, reason: 'inbox_connection_failed' });
    expect(ran.stdout + ran.stderr).not.toContain(pass);
  });

  it('should refuse a URL of no transport without repeating it', async () => {
    const ran = await mailgate(['verify', `http://${user}:${pass}@example.com`]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      'mailgate: transport URL: MAILGATE_TRANSPORT names an unknown transport scheme "http:" (expected smtp, smtps, ses, graph or gmail)\n',
    );
    expect(ran.stderr).not.toContain(pass);
  });

  it('should refuse a malformed URL as MAILGATE_TRANSPORT does, naming no secret', async () => {
    const ran = await mailgate(['verify', `ses://AKID:${pass}@not-a-region`]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      'mailgate: transport URL: MAILGATE_TRANSPORT names no AWS region (expected e.g. ses://eu-west-1)\n',
    );
  });
});

describe.concurrent('mailgate suppressions', () => {
  it('should refuse a CSV file with a malformed row whole, before opening the store', async () => {
    const csv = await tempFile(
      'unsubscribes.csv',
      'Email,Name\nann@example.com,Ann\n"bo@example.com,Bo\n',
    );
    const ran = await mailgate([
      'suppressions',
      'import',
      csv,
      '--store',
      'postgres://u:p@127.0.0.1:1/x',
    ]);
    expect(ran.code).toBe(3);
    expect(ran.stderr).toMatch(/^mailgate: .*unsubscribes\.csv line 3: .*; nothing imported\n$/);
    expect(ran.stdout).toBe('');
  });

  it('should end with one line and exit code 4 when the store cannot be reached', async () => {
    const csv = await tempFile('unsubscribes.csv', 'Email\nann@example.com\n');
    const ran = await mailgate([
      'suppressions',
      'import',
      csv,
      '--store',
      'postgres://u:secret@127.0.0.1:1/x',
    ]);
    expect(ran.code).toBe(4);
    expect(ran.stderr.trim().split('\n')).toHaveLength(1);
    expect(ran.stderr).toMatch(
      /^mailgate: store postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x cannot be opened/,
    );
    expect(ran.stderr).not.toContain('secret');
  });
});

describe.concurrent('the mailgate command line', () => {
  it('should list its commands with --help', async () => {
    const ran = await mailgate(['--help']);
    expect(ran.code).toBe(0);
    for (const command of [
      'bounce',
      'classify',
      'explain',
      'reasons',
      'address',
      'verify',
      'suppressions',
    ]) {
      expect(ran.stdout).toContain(command);
    }
  });

  it('should exit 2 for an unknown command', async () => {
    const ran = await mailgate(['bounced', 'x.eml']);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      "mailgate: unknown command 'bounced' (Did you mean bounce?) (run with --help for usage)\n",
    );
  });

  it('should print a usage error as one line starting mailgate:, as every failure', async () => {
    for (const argv of [
      ['explain', 'mailbox_full', '--locale', 'de'],
      ['suppressions', 'list'],
      ['address'],
    ]) {
      const ran = await mailgate(argv);
      expect(ran.code, argv.join(' ')).toBe(2);
      expect(ran.stderr, argv.join(' ')).toMatch(
        /^mailgate: [^\n]+\(run with --help for usage\)\n$/,
      );
    }
  }, 60_000);

  it('should complete subcommands for the shell', async () => {
    const ran = await mailgate(['complete', '--', 'suppressions', '']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('import');
    expect(ran.stdout).toContain('export');
  });
});
