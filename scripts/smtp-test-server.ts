// The testkit SMTP server on a free port, for scripts/smtp-only-install.sh: prints the port,
// then one line per message received. Stops on SIGTERM.
import { createSmtpTestServer } from '@mailgate/testkit';

const server = await createSmtpTestServer({ auth: { user: 'mailer', pass: 's@cret' } });
console.log(`port ${server.port}`);
let seen = 0;
const timer = setInterval(() => {
  while (seen < server.messages.length) console.log(`message ${++seen}`);
}, 100);
process.on('SIGTERM', () => {
  clearInterval(timer);
  void server.close().then(() => process.exit(0));
});
