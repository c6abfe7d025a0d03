#!/usr/bin/env bash
# An SMTP-only install, outside the workspace: packs @mailgate/core, @mailgate/config and
# @mailgate/transport-smtp, installs the three tarballs with npm in a fresh project under
# /tmp, and sends one message from MAILGATE_TRANSPORT=smtp://… through the testkit SMTP
# server (run from the workspace). It also checks that naming SES there is refused with
# the package to add. Not run in CI: it needs the npm registry for nodemailer, zod, neverthrow.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/mailgate-smtp-only.XXXXXX)"
trap 'kill "${server_pid:-}" 2>/dev/null || true' EXIT

[ -n "${SKIP_BUILD:-}" ] || pnpm --dir "$root" --filter "@mailgate/config..." build >/dev/null
for pkg in core config transport-smtp; do
  (cd "$root/packages/$pkg" && pnpm pack --pack-destination "$work" >/dev/null)
done

mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm pkg set type=module
npm install --no-audit --no-fund "$work"/mailgate-core-*.tgz "$work"/mailgate-config-*.tgz "$work"/mailgate-transport-smtp-*.tgz >/dev/null

# The SMTP server, from the workspace's testkit; it prints "<port>" and a line per message.
(cd "$root" && exec npx tsx scripts/smtp-test-server.ts) >"$work/server.log" &
server_pid=$!
for _ in $(seq 300); do grep -q '^port ' "$work/server.log" 2>/dev/null && break; sleep 0.2; done
port="$(sed -n 's/^port //p' "$work/server.log")"

cat >send.mjs <<'JS'
import { createMailgateFromConfig } from '@mailgate/config';
const built = await createMailgateFromConfig();
if (built.isErr()) { console.log(JSON.stringify(built.error)); process.exit(1); }
const gate = built.value;
const result = await gate.send({
  recipient: { id: 'ada', addresses: [{ address: 'ada@example.com' }] },
  message: { from: { address: 'jobs@agency.example' }, subject: 'Hello', text: 'Hello' },
  context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
});
console.log(result.isOk() ? `sent via ${result.value.transport}` : `not sent: ${result.error.reason}`);
await gate.close();
const ses = await createMailgateFromConfig({ env: { MAILGATE_TRANSPORT: 'ses://eu-west-1' } });
console.log(ses.isErr() ? `ses refused: ${ses.error.map((p) => p.package).join(', ')}` : 'ses built?!');
JS
MAILGATE_TRANSPORT="smtp://mailer:s%40cret@127.0.0.1:$port" node send.mjs | tee "$work/result.txt"
sleep 0.5
echo "server: $(grep -c '^message ' "$work/server.log") message(s) received"
echo "installed: $(ls node_modules/@mailgate | tr '\n' ' ')"
grep -q '^sent via smtp$' "$work/result.txt"
grep -q '^ses refused: @mailgate/transport-ses' "$work/result.txt"
grep -q '^message ' "$work/server.log"
echo "ok: $work"
