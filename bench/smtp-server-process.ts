/**
 * The testkit SMTP server in a process of its own, for the queue bench: parsing SMTP costs
 * CPU, and in the bench's own process it would take event-loop time from the `sendBulk`
 * contender (and from none of the worker processes). Every message's DATA is answered
 * MAILGATE_BENCH_SMTP_LATENCY_MS (default 5) late. Over IPC: 'count' answers how many
 * messages and distinct recipients it received; 'reset' forgets them.
 */
import { createSmtpTestServer } from '../packages/testkit/src/index';

const latencyMs = Number(process.env.MAILGATE_BENCH_SMTP_LATENCY_MS ?? 5);
const server = await createSmtpTestServer();
const script = () => server.script.data({ delayMs: latencyMs });
script();

process.on('message', (question: string) => {
  if (question === 'count') {
    const recipients = new Set<string>();
    for (const message of server.messages) for (const to of message.to) recipients.add(to);
    process.send?.({ messages: server.messages.length, recipients: recipients.size });
  } else if (question === 'reset') {
    server.reset();
    script();
    process.send?.({ reset: true });
  }
});
process.on('disconnect', () => {
  void server.close().then(() => process.exit(0));
});
process.send?.({ port: server.port, host: server.host });
