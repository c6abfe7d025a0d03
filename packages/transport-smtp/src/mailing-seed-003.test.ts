// Seed 003 (HubSpot, "marketing email sending was stopped") as a test: a 2,000-recipient
// mailing through a real SMTP server pauses itself on its hard-bounce rate, says why,
// the list is cleaned as the seed says, and "send to the remaining contacts" mails the
// rest — nobody twice, counted at the SMTP server.
import {
  createMailgate,
  type DeliveryEvent,
  importSuppressions,
  type MailingPausedEvent,
  memoryMailingStore,
  memoryStores,
  type SendRequestInput,
} from '@mailgate/core';
import { useSmtpTestServer } from '@mailgate/testkit/vitest';
import { expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport';

const smtp = useSmtpTestServer();
const DAY = 86_400_000;
const TENANT = 'acme';
const COUNT = 2_000;
const address = (i: number) => `p${i}@example.test`;
// 8% hard bounces: half refused at RCPT, half bouncing later (a bounce message).
const refusedAtRcpt = (i: number) => i % 25 === 0;
const bouncesLater = (i: number) => i % 25 === 1;
// 0.5% complain.
const complains = (i: number) => i % 200 === 7;
// Never confirmed their opt-in.
const noOptIn = (i: number) => i % 50 === 3;
// Unsubscribed in another system, imported before sending to the remaining.
const unsubscribedElsewhere = (i: number) => i >= 1_000 && i % 40 === 11;
// Mailed eight months ago (the winter mailing); only the first half of them engaged since
// (an open a month ago).
const inWinter = (i: number) => i >= 1_900;
const engaged = (i: number) => i >= 1_900 && i < 1_950;

const request = (i: number): SendRequestInput => ({
  recipient: {
    id: `c-${i}`,
    // The host's list says every one opted in; the ledger knows who confirmed (double opt-in).
    addresses: [{ address: address(i), state: 'confirmed' }],
  },
  message: { from: 'news@sender.test', subject: 'Spring offers', text: 'Hello' },
  context: { mode: 'bulk', category: 'marketing', tenant: TENANT },
});
const indices = (test: (i: number) => boolean) =>
  Array.from({ length: COUNT }, (_, i) => i).filter(test);

it('should pause a bad mailing, say why, and send to the remaining contacts, nobody twice', async () => {
  for (const i of indices(refusedAtRcpt))
    smtp.server.script.rcpt(address(i), '550 5.1.1 <user> User unknown');
  const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
  let now = T0 - 240 * DAY;
  const stores = { ...memoryStores({ now: () => now }), mailings: memoryMailingStore() };
  const paused: MailingPausedEvent[] = [];
  const gate = createMailgate({
    transport: smtpTransport({ host: smtp.server.host, port: smtp.server.port, pool: true }),
    stores,
    now: () => now,
    hooks: { onMailingPaused: (event) => paused.push(event) },
  });
  for (const i of indices(() => true))
    if (!noOptIn(i))
      await gate.setConfirmation({ tenant: TENANT, address: address(i), state: 'confirmed' });

  // Eight months ago: the winter mailing to a hundred of them; fifty opened it.
  const winter = await gate
    .sendBulk(indices(inWinter).map(request), { mailing: { id: 'winter', tenant: TENANT } })
    .done();
  expect(winter.sent).toBe(indices((i) => inWinter(i) && !refusedAtRcpt(i)).length);
  // A month ago, half of them opened a message.
  now = T0 - 30 * DAY;
  const opened = await gate.ingest(
    indices(engaged).map((i) => ({ type: 'opened' as const, address: address(i), tenant: TENANT })),
  );
  expect(opened.isOk()).toBe(true);
  smtp.server.reset();
  for (const i of indices(refusedAtRcpt))
    smtp.server.script.rcpt(address(i), '550 5.1.1 <user> User unknown');

  // Now: the spring mailing. After the first thousand, the bounce messages and the spam
  // reports of those come in.
  now = T0;
  async function* spring() {
    for (let i = 0; i < COUNT; i++) {
      if (i === 1_000) {
        now += 3_600_000;
        const byAddress = new Map(
          smtp.server.messages.map((message) => [message.to[0]!, message.messageId!]),
        );
        const late = indices((n) => n < 1_000 && (bouncesLater(n) || complains(n)));
        const ingested = await gate.ingest(
          late.map(
            (n): DeliveryEvent =>
              bouncesLater(n)
                ? {
                    type: 'bounce' as const,
                    address: address(n),
                    reason: 'recipient_unknown' as const,
                    permanent: true,
                    quotedMessageIds: [byAddress.get(address(n))!],
                    source: 'bounce-mailbox',
                  }
                : { type: 'complaint' as const, address: address(n), tenant: TENANT },
          ),
        );
        expect(ingested._unsafeUnwrap().events.every((event) => event.result === 'applied')).toBe(
          true,
        );
      }
      yield request(i);
    }
  }
  const run = gate.sendBulk(spring(), {
    mailing: { id: 'spring', tenant: TENANT, name: 'Spring offers' },
    batchSize: 100,
  });
  const first = await run.done();
  expect(first.stoppedBy).toBe('campaign_paused');
  expect(first.byReason.campaign_paused).toBe(1_000);
  const mailedInSpring = smtp.server.messages.map((message) => message.to[0]!);
  expect(mailedInSpring).toHaveLength(indices((i) => i < 1_000 && !refusedAtRcpt(i)).length);

  // The summary: paused, by which rate, over which sample, and what to do.
  const summary = (await gate.mailing('spring', { tenant: TENANT }))._unsafeUnwrap()!;
  expect(summary).toMatchObject({
    state: 'paused',
    name: 'Spring offers',
    pause: { cause: 'hard_bounce_rate', threshold: 0.05, sample: 1_000 },
    counts: { handedOver: 1_000, refused: 40, bounced: 40, complaints: 5 },
  });
  expect(summary.rates.hardBounce).toMatchObject({ rate: 0.08, counts: true });
  expect(summary.rates.complaint.rate).toBeCloseTo(5 / 920, 6);
  expect(summary.rates.complaint.rate).toBeGreaterThan(0.005);
  expect(paused).toHaveLength(1);
  expect(paused[0]).toMatchObject({ cause: 'hard_bounce_rate', rate: 0.08, sample: 1_000 });
  expect(paused[0]!.text.remedy).toMatch(/never gave permission/);

  // Cleaning, step 1: the contacts of the mailing without a confirmed opt-in.
  const withoutOptIn = (
    await gate.mailingRecipients('spring', {
      tenant: TENANT,
      without: 'confirmed_opt_in',
      limit: 1000,
    })
  )._unsafeUnwrap();
  expect(withoutOptIn.items.map((item) => item.address).sort()).toEqual(
    indices((i) => i < 1_000 && noOptIn(i) && !refusedAtRcpt(i))
      .map(address)
      .sort(),
  );
  // Step 3: the unsubscribes of another system, imported.
  const imported = await importSuppressions(
    stores.suppressions,
    indices(unsubscribedElsewhere).map(address),
    {
      scope: { tenant: TENANT },
      source: 'import:crm',
      by: { actor: 'admin' },
      mailings: stores.mailings,
    },
  );
  expect(imported._unsafeUnwrap()).toMatchObject({
    added: indices(unsubscribedElsewhere).length,
    uncountedInMailings: 0,
  });
  // Step 4: who has not engaged for six months (from the winter mailing).
  const unengaged = (
    await gate.mailingRecipients('winter', { tenant: TENANT, without: 'engagement' })
  )._unsafeUnwrap();
  expect(unengaged.items.map((item) => item.address).sort()).toEqual(
    indices((i) => inWinter(i) && !engaged(i) && !refusedAtRcpt(i))
      .map(address)
      .sort(),
  );

  // Send to the remaining contacts: the list without the contacts lacking opt-in.
  const cleaned = indices((i) => !noOptIn(i)).map(request);
  const rest = await gate
    .sendToRemaining('spring', cleaned, {
      mailing: { id: 'spring-rest', tenant: TENANT },
      batchSize: 100,
    })
    .done();
  expect(rest.stoppedBy).toBeUndefined();
  const mailedInRest = smtp.server.messages
    .map((message) => message.to[0]!)
    .slice(mailedInSpring.length);
  const expected = indices(
    (i) =>
      i >= 1_000 &&
      !noOptIn(i) &&
      !unsubscribedElsewhere(i) &&
      !(inWinter(i) && !engaged(i)) &&
      !refusedAtRcpt(i),
  ).map(address);
  expect(mailedInRest.sort()).toEqual(expected.sort());
  // Nobody twice, counted at the SMTP server.
  const all = [...mailedInSpring, ...mailedInRest];
  expect(new Set(all).size).toBe(all.length);
  // The answer says who was left out and why.
  expect(rest.byReason.low_engagement).toBe(
    // (those refused at RCPT in winter are suppressed as bounced instead)
    indices(
      (i) =>
        inWinter(i) && !engaged(i) && !noOptIn(i) && !unsubscribedElsewhere(i) && !refusedAtRcpt(i),
    ).length,
  );
  expect(rest.byReason.unsubscribed_from_all).toBe(
    indices((i) => unsubscribedElsewhere(i) && !noOptIn(i)).length,
  );
  // Left out as mailed before: the first thousand, and in winter those refused at RCPT.
  const mailedBefore = indices(
    (i) => !noOptIn(i) && (i < 1_000 || (inWinter(i) && refusedAtRcpt(i))),
  );
  expect(
    (rest.byReason.duplicate_request ?? 0) +
      (rest.byReason.previously_bounced ?? 0) +
      (rest.byReason.previously_complained ?? 0),
  ).toBe(mailedBefore.length);
  expect(rest.byReason.previously_bounced).toBe(
    indices(
      (i) =>
        !noOptIn(i) &&
        ((i < 1_000 && (refusedAtRcpt(i) || bouncesLater(i))) || (inWinter(i) && refusedAtRcpt(i))),
    ).length,
  );
  const child = (await gate.mailing('spring-rest', { tenant: TENANT }))._unsafeUnwrap()!;
  expect(child).toMatchObject({ parentId: 'spring', state: 'done' });
  await gate.close();
}, 120_000);
