import { describe, expect, it } from 'vitest';
import { memoryMailingStore } from '../mailing/memory-mailing-store';
import { importSuppressions } from '../stores/import-suppressions';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 9);
const TENANT = 'acme';

const requests = (count: number, tenant = TENANT) =>
  Array.from({ length: count }, (_, i) =>
    aRequest({
      context: { tenant },
      recipient: {
        id: `r-${i}`,
        addresses: [{ address: `person${i}@example.com`, state: 'confirmed' }],
      },
    }),
  );

describe('imported unsubscribes in a mailing', () => {
  it("should count the mailing's recipients an import unsubscribes, once each, and not as its unsubscribe rate", async () => {
    const stores = { ...memoryStores(), mailings: memoryMailingStore() };
    const gate = createMailgate({ transport: recordingTransport(), stores, now: () => START });
    const importInto = stores.suppressions;
    await gate.sendBulk(requests(20), { mailing: { id: 'm1', tenant: TENANT } }).done();
    await gate.sendBulk(requests(5), { mailing: { id: 'm2', tenant: TENANT } }).done();
    const m3Run = await gate
      .sendBulk(requests(5, 'globex'), { mailing: { id: 'm3', tenant: 'globex' } })
      .done();
    expect(m3Run.sent).toBe(5);
    const imported = await importSuppressions(
      importInto,
      [
        'Person1@Example.com',
        'person2@example.com',
        'person12@example.com',
        'stranger@example.com',
        { address: 'person3@example.com', reason: 'previously_bounced' },
      ],
      {
        scope: { tenant: TENANT },
        source: 'import:crm',
        by: { actor: 'admin' },
        mailings: stores.mailings,
      },
    );
    expect(imported._unsafeUnwrap()).toMatchObject({
      added: 5,
      invalid: [],
      uncountedInMailings: 0,
    });
    const m1 = (await gate.mailing('m1', { tenant: TENANT }))._unsafeUnwrap();
    // Person 1, 2 and 12 were in m1; the stranger in none; person 3's row is a bounce.
    expect(m1?.counts).toMatchObject({ importedUnsubscribes: 3, unsubscribes: 0 });
    expect(m1?.rates.unsubscribe.count).toBe(0);
    const m2 = (await gate.mailing('m2', { tenant: TENANT }))._unsafeUnwrap();
    expect(m2?.counts.importedUnsubscribes).toBe(2);
    // Another tenant's mailing is not touched by a tenant's import.
    const m3 = (await gate.mailing('m3', { tenant: 'globex' }))._unsafeUnwrap();
    expect(m3?.counts.importedUnsubscribes).toBe(0);

    // Importing the same rows again adds nothing and counts nobody twice; a global
    // import reaches every tenant's mailings.
    const again = await importSuppressions(
      importInto,
      ['person1@example.com', 'person4@example.com'],
      { scope: 'global', source: 'import:crm', by: { actor: 'admin' }, mailings: stores.mailings },
    );
    expect(again._unsafeUnwrap().added).toBe(2);
    expect(
      (await gate.mailing('m1', { tenant: TENANT }))._unsafeUnwrap()?.counts.importedUnsubscribes,
    ).toBe(4);
    expect(
      (await gate.mailing('m3', { tenant: 'globex' }))._unsafeUnwrap()?.counts.importedUnsubscribes,
    ).toBe(2);
    // And they are suppressed: the next send to them is refused.
    const next = await gate.send(requests(2)[1]!);
    expect(next._unsafeUnwrapErr().reason).toBe('unsubscribed_from_all');
  });

  it('should store the suppressions and say how many were not counted when the mailing store fails', async () => {
    const stores = memoryStores();
    const mailings = {
      ...memoryMailingStore(),
      addImported: () => Promise.reject(new Error('down')),
    };
    const imported = await importSuppressions(
      stores.suppressions,
      ['ada@example.com', 'bob@example.com'],
      { scope: { tenant: TENANT }, source: 'import:crm', by: { actor: 'admin' }, mailings },
    );
    expect(imported._unsafeUnwrap()).toMatchObject({ added: 2, uncountedInMailings: 2 });
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const next = await gate.send(
      aRequest({
        recipient: { id: 'r', addresses: [{ address: 'ada@example.com', state: 'confirmed' }] },
      }),
    );
    expect(next._unsafeUnwrapErr().reason).toBe('unsubscribed_from_all');
  });
});

describe("the ledger's sweep in a mailing", () => {
  it('should count a soft bounce the sweep expires as a hard bounce of its mailing, once', async () => {
    let now = START;
    const gate = createMailgate({
      transport: recordingTransport(),
      now: () => now,
      mailings: { thresholds: { minSample: 10 } },
    });
    const outcomes = [];
    for await (const item of gate.sendBulk(requests(20), {
      mailing: { id: 'm1', tenant: TENANT },
    }))
      outcomes.push(item.outcome);
    // Four recipients' mailboxes are full for good: soft bounces, then no recovery.
    for (const outcome of outcomes.slice(0, 4)) {
      if (outcome.status !== 'sent') throw new Error('not sent');
      await gate.ingest({
        type: 'bounce',
        address: outcome.address,
        reason: 'mailbox_full',
        permanent: false,
        messageId: outcome.id!,
        at: START + DAY / 2,
      });
    }
    const before = (await gate.mailing('m1', { tenant: TENANT }))._unsafeUnwrap();
    expect(before?.counts.bounced).toBe(0);
    expect(before?.state).toBe('done');

    now = START + 6 * DAY;
    expect((await gate.sweep())._unsafeUnwrap()).toEqual({ expired: 4, more: false });
    const after = (await gate.mailing('m1', { tenant: TENANT }))._unsafeUnwrap();
    expect(after?.counts.bounced).toBe(4);
    expect(after?.rates.hardBounce).toMatchObject({ count: 4, sample: 20, rate: 0.2 });
    // 20% is past the 5% threshold: the mailing pauses.
    expect(after?.state).toBe('paused');
    expect(after?.pause).toMatchObject({ cause: 'hard_bounce_rate', rate: 0.2 });
    // A second sweep finds nothing and counts nothing more.
    expect((await gate.sweep())._unsafeUnwrap()).toEqual({ expired: 0, more: false });
    expect((await gate.mailing('m1', { tenant: TENANT }))._unsafeUnwrap()?.counts.bounced).toBe(4);
  });
});
