/**
 * The host application, configured by its environment alone: `createMailgateFromConfig`
 * reads MAILGATE_TRANSPORT (smtp://, ses://, graph://, gmail://) and the variables of
 * docs/concepts/configuration.md. Without MAILGATE_TRANSPORT it starts the testkit SMTP
 * server on 127.0.0.1 and sends there, so `pnpm start` works on any machine.
 *
 *   pnpm start
 *   MAILGATE_TRANSPORT=smtp://user:pass@smtp.example.com:587 pnpm start
 */
import { createMailgateFromConfig } from '@mailgate/config';
import { createSmtpTestServer } from '@mailgate/testkit';

const local = process.env.MAILGATE_TRANSPORT ? undefined : await createSmtpTestServer();
const env = local
  ? { ...process.env, MAILGATE_TRANSPORT: `smtp://${local.host}:${local.port}` }
  : process.env;

const built = await createMailgateFromConfig({ env });
if (built.isErr()) {
  // Each problem names its variable, never its value (no secret is printed).
  for (const problem of built.error) console.error(`${problem.path}: ${problem.message}`);
  process.exitCode = 1;
} else {
  const gate = built.value;
  for (const [id, address] of [
    ['ada', 'ada@example.com'],
    ['broken', 'broken@@example.com'],
  ] as const) {
    const result = await gate.send({
      recipient: { id, type: 'candidate', addresses: [{ address }] },
      message: { from: 'jobs@agency.example', subject: 'A vacancy', text: 'Hello' },
      context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
    });
    console.log(`${id}: ${result.isOk() ? 'sent' : result.error.reason}`);
  }
  await gate.close();
}
await local?.close();
