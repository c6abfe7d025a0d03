import { type BulkItem, createMailgate } from '@mailgate/core';
import { createSmtpTestServer } from '@mailgate/testkit';
import { expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport';

const total = 2_000;

it('should give each of 2,000 messages exactly one outcome, none lost and none sent twice, while the server drops connections and answers 4xx at random', async () => {
  const server = await createSmtpTestServer();
  server.script.faults({ seed: 20_240_601, drop: 0.02, transient: 0.05, lostReply: 0.005 });
  // And every 100th recipient does not exist.
  for (let index = 0; index < total; index += 100) {
    server.script.rcpt(`user${index}@example.test`, '550 5.1.1 User unknown');
  }
  const transport = smtpTransport({
    host: server.host,
    port: server.port,
    maxConnections: 5,
    retry: { attempts: 4, initialDelayMs: 5, maxDelayMs: 40 },
  });
  const gate = createMailgate({ transport });
  try {
    const requests = Array.from({ length: total }, (_, index) => ({
      recipient: { id: `r${index}`, addresses: [{ address: `user${index}@example.test` }] },
      message: { from: 'news@sender.test', subject: `Message ${index}`, text: `Hello ${index}` },
      context: {
        mode: 'bulk' as const,
        category: 'transactional',
        idempotencyKey: `fault-${index}`,
      },
    }));
    const run = gate.sendBulk(requests, { concurrency: 32, breaker: false });
    const outcomes = new Map<number, BulkItem['outcome'][]>();
    for await (const item of run) {
      outcomes.set(item.index, [...(outcomes.get(item.index) ?? []), item.outcome]);
    }
    const summary = await run.done();

    // Exactly one outcome per request.
    expect(outcomes.size).toBe(total);
    expect([...outcomes.values()].every((list) => list.length === 1)).toBe(true);
    expect(summary.total).toBe(total);

    // What the server recorded, per recipient.
    const recorded = new Map<string, number>();
    for (const message of server.messages) {
      for (const to of message.to) recorded.set(to, (recorded.get(to) ?? 0) + 1);
    }
    // None delivered twice.
    expect([...recorded.values()].filter((count) => count > 1)).toEqual([]);

    let sent = 0;
    let uncertain = 0;
    let uncertainDelivered = 0;
    let failed = 0;
    for (let index = 0; index < total; index++) {
      const outcome = outcomes.get(index)![0]!;
      const count = recorded.get(`user${index}@example.test`) ?? 0;
      if (outcome.status === 'sent') {
        sent++;
        // Every message reported sent was delivered, once.
        expect(count, `request ${index}`).toBe(1);
      } else if (outcome.status === 'not_sent' && outcome.uncertain) {
        uncertain++;
        uncertainDelivered += count;
      } else {
        failed++;
        if (index % 100 === 0)
          expect(outcome).toMatchObject({ reason: 'recipient_unknown', permanent: true });
        // A message reported not sent (and not uncertain) was not delivered.
        expect(count, `request ${index}: ${JSON.stringify(outcome)}`).toBe(0);
      }
    }
    expect(sent + uncertain + failed).toBe(total);
    expect(server.messages.length).toBe(sent + uncertainDelivered);
    expect(summary.sent).toBe(sent);

    // The faults did happen: drops, 4xx replies and lost replies.
    const answers = server.calls.map((call) => call.answer);
    expect(answers.filter((answer) => answer === '(dropped)').length).toBeGreaterThan(10);
    expect(answers.filter((answer) => answer === '(lost reply)').length).toBeGreaterThan(0);
    expect(answers.filter((answer) => /^4\d\d /.test(answer)).length).toBeGreaterThan(10);
    expect(uncertain).toBeGreaterThan(0);
    expect(failed).toBeGreaterThanOrEqual(total / 100);
    console.info(
      `fault test: ${sent} sent, ${uncertain} uncertain (${uncertainDelivered} of them delivered), ${failed} not sent; ${server.connectionCount} connections`,
    );
  } finally {
    await gate.close();
    await server.close();
  }
}, 60_000);
