import { describe, expect, it } from 'vitest';
import { nl } from '../locales';
import { memoryMailingStore } from '../mailing/memory-mailing-store';
import type { MailingStore } from '../mailing/types';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import type { TransportResult } from '../transport/transport';
import { createMailgate } from './create-mailgate';
import type { MailingPausedEvent } from './gate-context';

const TENANT = 'acme';
const requests = (count: number, from = 0) =>
  Array.from({ length: count }, (_, n) => {
    const i = n + from;
    return aRequest({
      recipient: {
        id: `r-${i}`,
        addresses: [{ address: `person${i}@example.com`, state: 'confirmed' }],
      },
    });
  });
const unknownUser: TransportResult = {
  status: 'failed',
  reason: 'recipient_unknown',
  permanent: true,
  retryable: false,
};

describe('mailings', () => {
  it('should answer a malformed list filter invalid_argument, naming the field', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    await gate.sendBulk(requests(3), { mailing: { id: 'm', tenant: TENANT } }).done();
    const cases: [unknown, string][] = [
      [{ limit: 'x' }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ limit: 1.5 }, 'limit'],
      [{ state: 'bogus' }, 'state'],
      [{ tenant: 5 }, 'tenant'],
      [{ parentId: 'p'.repeat(300) }, 'parentId'],
      [[], 'filter'],
    ];
    for (const [filter, field] of cases) {
      const answer = await gate.mailings(filter as never);
      expect(answer._unsafeUnwrapErr(), JSON.stringify(filter)).toMatchObject({
        type: 'invalid_argument',
        field,
      });
    }
    const page = (await gate.mailings({ tenant: TENANT, state: 'done', limit: 1 }))._unsafeUnwrap();
    expect(page.items.map((item) => item.id)).toEqual(['m']);
  });

  it('should record a mailing with counts and answer it by id and in the list', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const mailing = { id: 'spring', tenant: TENANT, name: 'Spring news' };
    const summary = await gate.sendBulk(requests(30), { mailing, batchSize: 10 }).done();
    expect(summary).toMatchObject({ sent: 30 });
    const found = (await gate.mailing('spring', { tenant: TENANT }))._unsafeUnwrap();
    expect(found).toMatchObject({
      id: 'spring',
      name: 'Spring news',
      state: 'done',
      counts: { handedOver: 30, sent: 30, refused: 0, uncertain: 0, inFlight: 0 },
    });
    expect(found?.rates.hardBounce).toMatchObject({ rate: 0, sample: 30, counts: false });
    const list = (await gate.mailings({ tenant: TENANT }))._unsafeUnwrap();
    expect(list.items.map((item) => item.id)).toEqual(['spring']);
    expect((await gate.mailing('other', { tenant: TENANT }))._unsafeUnwrap()).toBeUndefined();
    const ledger = (await gate.messages({ mailingId: 'spring', limit: 1000 }))._unsafeUnwrap();
    expect(ledger.items).toHaveLength(30);
  });

  it('should pause itself at the hard-bounce threshold, hold the rest and say why, once', async () => {
    // Every fifth recipient is refused at RCPT: 20%, far above 5%.
    const transport = recordingTransport({
      respond: (_message, call) => (call % 5 === 0 ? unknownUser : { status: 'accepted' }),
    });
    const paused: MailingPausedEvent[] = [];
    const gate = createMailgate({
      transport,
      locale: 'nl',
      texts: { nl },
      hooks: { onMailingPaused: (event) => paused.push(event) },
      mailings: { thresholds: { minSample: 50 } },
    });
    const mailing = { id: 'm1', tenant: TENANT };
    const summary = await gate
      .sendBulk(requests(300), { mailing, batchSize: 50, breaker: false })
      .done();
    expect(summary.stoppedBy).toBe('campaign_paused');
    expect(summary.sent + (summary.byReason.recipient_unknown ?? 0)).toBe(50);
    expect(summary.byReason.campaign_paused).toBe(250);
    expect(transport.sent).toHaveLength(50);
    expect(paused).toHaveLength(1);
    expect(paused[0]).toMatchObject({
      cause: 'hard_bounce_rate',
      rate: 0.2,
      threshold: 0.05,
      sample: 50,
    });
    expect(paused[0]!.text).toMatchObject({
      title: 'Mailing gepauzeerd: te veel harde bounces',
      cause: 'Te veel harde bounces: 20% van 50 berichten, de grens is 5%.',
    });
    const found = (await gate.mailing('m1', { tenant: TENANT }))._unsafeUnwrap()!;
    expect(found.state).toBe('paused');
    expect(found.pause).toMatchObject({ cause: 'hard_bounce_rate' });
    expect(found.counts).toMatchObject({ handedOver: 50, sent: 40, refused: 10 });
  });

  it('should resume: the held requests are sent, nobody twice, what was suppressed meanwhile stays out', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const mailing = { id: 'm2', tenant: TENANT };
    const input = requests(100);
    const run = gate.sendBulk(input, { mailing, batchSize: 10 });
    let paused = false;
    run.done();
    for await (const item of run) {
      if (item.index === 25 && !paused) {
        paused = true;
        (await gate.pauseMailing('m2', { tenant: TENANT, by: { actor: 'u-1' } }))._unsafeUnwrap();
      }
    }
    const first = await run.done();
    expect(first.stoppedBy).toBe('campaign_paused');
    expect(first.sent).toBeLessThan(100);
    // Meanwhile one of the held recipients unsubscribed.
    await gate.ingest({ type: 'unsubscribe', address: 'person99@example.com', tenant: TENANT });
    const again = await gate.sendBulk(input, { mailing, batchSize: 10 }).done();
    expect(again.byReason.campaign_paused).toBe(100);
    const resumed = (await gate.resumeMailing('m2', { tenant: TENANT }))._unsafeUnwrap();
    expect(resumed.state).toBe('running');
    const second = await gate.sendBulk(input, { mailing, batchSize: 10 }).done();
    expect(second.byReason.duplicate_request).toBe(first.sent);
    expect(second.byReason.unsubscribed_from_all).toBe(1);
    expect(first.sent + second.sent).toBe(99);
    const addresses = transport.sent.map((message) => message.to[0]!.address);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect((await gate.mailing('m2', { tenant: TENANT }))._unsafeUnwrap()?.state).toBe('done');
  });

  it('should see a pause made by another process through the shared store', async () => {
    const mailings = memoryMailingStore();
    const one = createMailgate({ transport: recordingTransport(), stores: { mailings } });
    const other = createMailgate({ transport: recordingTransport(), stores: { mailings } });
    const mailing = { id: 'm3', tenant: TENANT };
    const run = one.sendBulk(requests(100), {
      mailing,
      batchSize: 10,
      onProgress: (progress) => {
        if (progress.done === 20) void other.pauseMailing('m3', { tenant: TENANT });
      },
    });
    const summary = await run.done();
    expect(summary.stoppedBy).toBe('campaign_paused');
    expect(summary.sent).toBeLessThanOrEqual(30);
  });

  it('should pause from ingested complaints, counted once per message', async () => {
    let now = Date.UTC(2026, 5, 1);
    const gate = createMailgate({ transport: recordingTransport(), now: () => now });
    const mailing = { id: 'm4', tenant: TENANT, thresholds: { minSample: 100 } };
    await gate.sendBulk(requests(200), { mailing, batchSize: 100 }).done();
    now += 60_000;
    const complaint = (i: number) => ({
      type: 'complaint' as const,
      address: `person${i}@example.com`,
      tenant: TENANT,
    });
    await gate.ingest([complaint(1), complaint(1), complaint(2)]);
    let found = (await gate.mailing('m4', { tenant: TENANT }))._unsafeUnwrap()!;
    expect(found.counts.complaints).toBe(2);
    expect(found.state).toBe('done');
    await gate.ingest([complaint(3)]);
    found = (await gate.mailing('m4', { tenant: TENANT }))._unsafeUnwrap()!;
    expect(found.state).toBe('paused');
    expect(found.pause).toMatchObject({ cause: 'complaint_rate', sample: 200 });
  });

  it('should keep a mailing sent in parts running until finishMailing, from any process', async () => {
    const transport = recordingTransport();
    const mailings = memoryMailingStore();
    // Two processes on one shared store, each sending a part.
    const first = createMailgate({ transport, stores: { mailings } });
    const second = createMailgate({ transport, stores: { mailings } });
    const mailing = { id: 'parts', tenant: TENANT, part: true };
    await first.sendBulk(requests(10), { mailing }).done();
    const afterOne = (await second.mailing('parts', { tenant: TENANT }))._unsafeUnwrap();
    expect(afterOne).toMatchObject({ state: 'running', counts: { sent: 10 } });
    await second.sendBulk(requests(10, 10), { mailing }).done();
    expect((await first.mailing('parts', { tenant: TENANT }))._unsafeUnwrap()?.state).toBe(
      'running',
    );
    const finished = (await first.finishMailing('parts', { tenant: TENANT }))._unsafeUnwrap();
    expect(finished).toMatchObject({ state: 'done', counts: { handedOver: 20, sent: 20 } });
    expect((await second.mailing('parts', { tenant: TENANT }))._unsafeUnwrap()?.state).toBe('done');
    expect(transport.sent).toHaveLength(20);
  });

  it('should leave a paused mailing paused on finishMailing, and refuse an unknown one', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    const mailing = { id: 'held', tenant: TENANT, part: true };
    await gate.sendBulk(requests(3), { mailing }).done();
    await gate.pauseMailing('held', { tenant: TENANT });
    const answer = (await gate.finishMailing('held', { tenant: TENANT }))._unsafeUnwrap();
    expect(answer.state).toBe('paused');
    const unknown = await gate.finishMailing('nowhere', { tenant: TENANT });
    expect(unknown._unsafeUnwrapErr()).toMatchObject({ type: 'invalid_argument', field: 'id' });
    const bad = await gate.sendBulk(requests(1), {
      mailing: { id: 'x', tenant: TENANT, part: 'yes' as unknown as boolean },
    });
    expect((await bad.done()).byReason.invalid_request).toBe(1);
  });

  it('should fail closed when the mailing store does not answer', async () => {
    const broken: MailingStore = {
      ...memoryMailingStore(),
      claim: () => Promise.reject(new Error('down')),
    };
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores: { mailings: broken } });
    const summary = await gate
      .sendBulk(requests(5), { mailing: { id: 'x', tenant: TENANT } })
      .done();
    expect(summary.byReason.suppression_store_unavailable).toBe(5);
    expect(transport.sent).toHaveLength(0);
  });

  it('should refuse a malformed mailing and a request of another tenant', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const bad = await gate.sendBulk(requests(3), { mailing: { id: '', tenant: TENANT } }).done();
    expect(bad.byReason.invalid_request).toBe(3);
    const other = aRequest({ context: { tenant: 'globex' } });
    const mixed = await gate.sendBulk([other], { mailing: { id: 'y', tenant: TENANT } }).done();
    expect(mixed.byReason.invalid_request).toBe(1);
    expect(transport.sent).toHaveLength(0);
    expect((await gate.mailing('', { tenant: TENANT }))._unsafeUnwrapErr().type).toBe(
      'invalid_argument',
    );
  });
});
