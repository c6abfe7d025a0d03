import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { untyped } from '../test-support/untyped';
import { recordingTransport } from '../transport/recording-transport';
import type { TransportResult } from '../transport/transport';
import { createMailgate } from './create-mailgate';
import type { BulkItem } from './send-bulk';

const requests = (count: number, overrides: Parameters<typeof aRequest>[0] = {}) =>
  Array.from({ length: count }, (_, i) =>
    aRequest({
      ...overrides,
      recipient: {
        id: `r-${i}`,
        addresses: [{ address: `person${i}@example.com` }],
        ...overrides.recipient,
      },
    }),
  );

async function collect(run: AsyncIterable<BulkItem>): Promise<BulkItem[]> {
  const items: BulkItem[] = [];
  for await (const item of run) items.push(item);
  return items;
}

describe('sendBulk', () => {
  it('should yield exactly one outcome per request and a summary counted by reason', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const input = [...requests(5), aRequest({ recipient: { id: 'x', addresses: [] } }), 'garbage'];
    const run = gate.sendBulk(untyped(input), { batchSize: 2, concurrency: 3 });
    const items = await collect(run);
    expect(items.map((item) => item.index).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(await run.done()).toMatchObject({
      total: 7,
      sent: 5,
      notSent: 2,
      byReason: { no_address: 1, invalid_request: 1 },
    });
    expect(transport.sent).toHaveLength(5);
  });

  it('should read store facts once per batch, not once per recipient', async () => {
    const stores = memoryStores();
    let lookups = 0;
    const suppressions = {
      ...stores.suppressions,
      lookup: (...args: Parameters<typeof stores.suppressions.lookup>) => {
        lookups++;
        return stores.suppressions.lookup(...args);
      },
    };
    const gate = createMailgate({ transport: recordingTransport(), stores: { suppressions } });
    await gate.sendBulk(requests(1_000), { batchSize: 250, dryRun: true }).done();
    expect(lookups).toBe(4);
  });

  it('should give every outcome once, in order, when the reader keeps the buffer full', async () => {
    // More outcomes than the buffer holds, read while more are added, with a pause now
    // and then: the buffer is compacted under the reader and must lose or repeat nothing.
    const gate = createMailgate({ transport: recordingTransport() });
    const input = [...requests(12_000), 'garbage', ...requests(3)];
    const indexes: number[] = [];
    let ready = 0;
    for await (const item of gate.sendBulk(untyped(input), { dryRun: true, batchSize: 700 })) {
      indexes.push(item.index);
      if (item.outcome.status === 'ready') ready++;
      if (indexes.length % 3_000 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(indexes).toEqual(input.map((_, i) => i));
    expect(ready).toBe(12_003);
  });

  it('should read a sync iterable of promises as for await does', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    const input = [Promise.resolve(requests(1)[0]), requests(1)[0]];
    const items = await collect(gate.sendBulk(untyped(input), { dryRun: true }));
    expect(items.map((item) => item.outcome.status)).toEqual(['ready', 'ready']);
  });

  it('should decide without sending in a dry run', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const items = await collect(gate.sendBulk(requests(3), { dryRun: true }));
    expect(items.map((item) => item.outcome.status)).toEqual(['ready', 'ready', 'ready']);
    expect(transport.sent).toHaveLength(0);
  });

  it('should report progress', async () => {
    const seen: number[] = [];
    const gate = createMailgate({ transport: recordingTransport() });
    await gate
      .sendBulk(requests(10), { batchSize: 4, onProgress: (progress) => seen.push(progress.done) })
      .done();
    expect(seen.at(-1)).toBe(10);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });

  it('should stop handing messages to the transport while paused, and go on after resume', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const run = gate.sendBulk(requests(6), { batchSize: 2, concurrency: 1 });
    run.pause();
    const done = run.done();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(transport.sent).toHaveLength(0);
    expect(run.progress.paused).toBe(true);
    run.resume();
    expect(await done).toMatchObject({ sent: 6 });
  });

  it('should give every request read but not yet sent a cancelled outcome, and read no further', async () => {
    const transport = recordingTransport();
    let seen = 0;
    let cancel = () => {};
    const gate = createMailgate({
      transport,
      hooks: { onOutcome: () => (++seen === 3 ? cancel() : undefined) },
    });
    const run = gate.sendBulk(requests(30), { batchSize: 10, concurrency: 1 });
    cancel = () => run.cancel();
    const items = await collect(run);
    const summary = await run.done();
    expect(items).toHaveLength(10);
    expect(summary).toMatchObject({ total: 10, sent: 3, stoppedBy: 'cancelled' });
    expect(summary.byReason.cancelled).toBe(7);
    expect(run.progress.read).toBe(10);
    expect(transport.sent).toHaveLength(3);
  });

  it('should pause the campaign when too many recipients are refused as unknown', async () => {
    const refused: TransportResult = {
      status: 'failed',
      reason: 'recipient_unknown',
      permanent: true,
      retryable: false,
    };
    const transport = recordingTransport({ respond: refused });
    const gate = createMailgate({ transport });
    const run = gate.sendBulk(requests(50), {
      batchSize: 10,
      concurrency: 1,
      breaker: { minAttempts: 10, maxRefusalRate: 0.2 },
    });
    const summary = await run.done();
    expect(summary.stoppedBy).toBe('campaign_paused');
    expect(summary.byReason.recipient_unknown).toBe(10);
    expect(summary.byReason.campaign_paused).toBe(40);
    expect(transport.sent).toHaveLength(10);
  });

  it('should judge the refusal rate over the last minAttempts messages, not the whole run', async () => {
    const refused: TransportResult = {
      status: 'failed',
      reason: 'recipient_unknown',
      permanent: true,
      retryable: false,
    };
    // 50 good recipients, then a stretch of dead ones: a rate over the whole run would
    // need 13 refusals to pass 20 %; the window of the last 10 trips at the third.
    const transport = recordingTransport({
      respond: (_message, call) => (call < 50 ? { status: 'accepted' } : refused),
    });
    const gate = createMailgate({ transport });
    const summary = await gate
      .sendBulk(requests(100), {
        batchSize: 10,
        concurrency: 1,
        breaker: { minAttempts: 10, maxRefusalRate: 0.2 },
      })
      .done();
    expect(summary).toMatchObject({
      stoppedBy: 'campaign_paused',
      sent: 50,
      byReason: { recipient_unknown: 3, campaign_paused: 47 },
    });
  });

  it('should not send a repeated idempotency key twice within one run', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const same = requests(3, { context: { idempotencyKey: 'campaign-7:r' } });
    const summary = await gate.sendBulk(same).done();
    expect(summary).toMatchObject({ sent: 1, byReason: { duplicate_request: 2 } });
    expect(transport.sent).toHaveLength(1);
  });

  it('should hold a monthly quota across the requests of one batch', async () => {
    const { monthlyQuotaPolicy } = await import('../policy/builtin/counter-policies');
    const { defaultPolicies } = await import('../policy/default-policies');
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      policies: [...defaultPolicies(), monthlyQuotaPolicy({ max: 3 })],
    });
    const summary = await gate.sendBulk(requests(5)).done();
    expect(summary).toMatchObject({ sent: 3, byReason: { account_monthly_limit: 2 } });
    const next = await gate.send(requests(1)[0]!);
    expect(next._unsafeUnwrapErr().reason).toBe('account_monthly_limit');
  });

  it('should count only what was sent against a quota, as sending one by one does', async () => {
    const { monthlyQuotaPolicy } = await import('../policy/builtin/counter-policies');
    const { defaultPolicies } = await import('../policy/default-policies');
    const refused: TransportResult = {
      status: 'failed',
      reason: 'recipient_unknown',
      permanent: true,
      retryable: false,
    };
    // The first two recipients do not exist; the quota of 3 is for what goes out.
    const transport = recordingTransport({ respond: [refused, refused, { status: 'accepted' }] });
    const gate = createMailgate({
      transport,
      policies: [...defaultPolicies(), monthlyQuotaPolicy({ max: 3 })],
    });
    const summary = await gate.sendBulk(requests(6), { concurrency: 4, breaker: false }).done();
    expect(summary).toMatchObject({
      sent: 3,
      byReason: { recipient_unknown: 2, account_monthly_limit: 1 },
    });
    // The refused addresses are now suppressed; a fresh one meets the quota.
    expect((await gate.send(requests(7)[6]!))._unsafeUnwrapErr().reason).toBe(
      'account_monthly_limit',
    );
  });

  it('should cap mailings per address', async () => {
    const { frequencyCapPolicy } = await import('../policy/builtin/counter-policies');
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      policies: [frequencyCapPolicy({ max: 2, periodDays: 30 })],
    });
    const one = requests(1)[0]!;
    await gate.sendBulk([one, one, one]).done();
    expect(transport.sent).toHaveLength(2);
    expect((await gate.send(one))._unsafeUnwrapErr().reason).toBe('frequency_capped');
  });

  it('should read async iterables', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    async function* generate() {
      yield* requests(4);
    }
    expect(await gate.sendBulk(generate()).done()).toMatchObject({ total: 4, sent: 4 });
  });

  it('should end with input_failed when the input itself throws, keeping what was read', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    function* broken() {
      yield requests(1)[0]!;
      throw new Error('cursor lost');
    }
    expect(await gate.sendBulk(broken()).done()).toMatchObject({
      total: 1,
      sent: 1,
      stoppedBy: 'input_failed',
    });
  });
});
