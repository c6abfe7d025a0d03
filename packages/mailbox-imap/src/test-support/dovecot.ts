import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const binary = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((path) => existsSync(path));
const doveadm = ['/usr/bin/doveadm', '/usr/local/bin/doveadm'].find((path) => existsSync(path));

export const dovecotInstalled = binary !== undefined && doveadm !== undefined;

export interface Dovecot {
  readonly port: number;
  readonly user: string;
  readonly pass: string;
  /** Drops every IMAP connection of the user, as a server restart would. */
  kick(): Promise<string>;
  /** Puts a message straight into the user's INBOX (Maildir `new/`). */
  deliver(name: string, raw: string | Uint8Array): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function systemUser(name: string): Promise<{ name: string; uid: number; gid: number }> {
  const { stdout: uid } = await run('id', ['-u', name]);
  const { stdout: gid } = await run('id', ['-g', name]);
  return { name, uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/**
 * A throwaway Dovecot on a loopback port: its configuration, state and mail live in a
 * temporary folder, it runs as the current user, and one static user logs in with a
 * plaintext password (loopback only).
 */
export async function startDovecot(): Promise<Dovecot> {
  if (!binary || !doveadm) throw new Error('dovecot is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'mailgate-dovecot-'));
  const port = await freePort();
  // Dovecot runs as the current user; as root, it will not run its login process or serve
  // mail as root, so it uses the package's own `dovenull`/`dovecot` users instead.
  const me = userInfo();
  const root = me.uid === 0;
  const mailUser = root
    ? await systemUser('dovecot')
    : { name: me.username, uid: me.uid, gid: me.gid };
  const user = 'bounces';
  const pass = 'loopback-only';
  const home = join(dir, 'home');
  await mkdir(join(home, 'Maildir', 'new'), { recursive: true });
  await mkdir(join(home, 'Maildir', 'cur'), { recursive: true });
  await mkdir(join(home, 'Maildir', 'tmp'), { recursive: true });
  if (root) await run('chown', ['-R', `${mailUser.uid}:${mailUser.gid}`, dir]);
  const config = join(dir, 'dovecot.conf');
  await writeFile(
    config,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${root ? 'dovenull' : me.username}
default_internal_user = ${mailUser.name}
default_internal_group = ${mailUser.name}
first_valid_uid = ${mailUser.uid}
first_valid_gid = ${mailUser.gid}
mail_location = maildir:${home}/Maildir
# A throwaway mailbox: waiting for the disk would measure the disk, not the reader.
mail_fsync = never
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0600
  }
  unix_listener stats-writer {
    mode = 0600
  }
}
passdb {
  driver = static
  args = password=${pass}
}
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=${home}
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-F', '-c', config], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await answers(port)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!(await answers(port))) {
    child.kill();
    throw new Error(`dovecot did not start; see ${dir}/dovecot.log`);
  }
  let delivered = 0;
  return {
    port,
    user,
    pass,
    async kick() {
      const { stdout } = await run(doveadm, ['-c', config, 'kick', user]);
      return stdout;
    },
    async deliver(name, raw) {
      delivered += 1;
      const file = join(home, 'Maildir', 'new', `${Date.now()}.${delivered}.${name}`);
      await writeFile(file, raw);
      if (root) await chown(file, mailUser.uid, mailUser.gid);
    },
    async stop() {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
