import { describe, expect, it } from 'vitest';
import type { Policy } from '../policy/policy';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { untyped } from '../test-support/untyped';
import { recordingTransport } from '../transport/recording-transport';
import type { Transport } from '../transport/transport';
import { createMailgate } from './create-mailgate';
import type { BulkItem } from './send-bulk';

const requests = (count: number, key?: (i: number) => string) =>
  Array.from({ length: count }, (_, i) =>
    aRequest({
      recipient: { id: `r-${i}`, addresses: [{ address: `person${i}@example.com` }] },
      ...(key === undefined ? {} : { context: { idempotencyKey: key(i) } }),
    }),
  );

async function collect(run: AsyncIterable<BulkItem>): Promise<BulkItem[]> {
  const items: BulkItem[] = [];
  for await (const item of run) items.push(item);
  return items;
}

const never = new Promise<never>(() => {});

describe('sendBulk, when something inside the run fails', () => {
  it('should answer every request when the idempotency store answers null', async () => {
    const stores = memoryStores();
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      stores: {
        idempotency: {
          ...stores.idempotency,
          claim: async () => null as unknown as boolean[],
        },
      },
    });
    const run = gate.sendBulk(requests(3, (i) => `k-${i}`));
    const items = await collect(run);
    expect(items.map((item) => item.outcome)).toEqual(
      Array.from({ length: 3 }, () =>
        expect.objectContaining({ reason: 'suppression_store_unavailable' }),
      ),
    );
    expect(await run.done()).toMatchObject({ total: 3, sent: 0 });
    expect(transport.sent).toHaveLength(0);
  });

  it('should report messages that went out as sent when counting them fails, and tell onError', async () => {
    const errors: string[] = [];
    const counting: Policy = {
      name: 'host-counter',
      countersOnSend: () => {
        throw new Error('no counters today');
      },
      evaluate: () => undefined,
    };
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      policies: [counting],
      hooks: { onError: (_error, where) => errors.push(where) },
    });
    const summary = await gate.sendBulk(requests(3)).done();
    expect(summary).toMatchObject({ total: 3, sent: 3 });
    expect(transport.sent).toHaveLength(3);
    expect(errors).toEqual(['countersOnSend', 'countersOnSend', 'countersOnSend']);
  });

  it('should answer an unreadable element with invalid_request and go on with the rest', async () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwingTraps = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    const throwingThen = {
      // biome-ignore lint/suspicious/noThenProperty: the element under test is a broken thenable.
      get then() {
        throw new Error('no then for you');
      },
    };
    const [first, last] = requests(2);
    const input = [
      first,
      revoked,
      throwingTraps,
      throwingThen,
      Promise.reject(new Error('x')),
      last,
    ];
    const run = gate().sendBulk(untyped(input), { batchSize: 2 });
    const items = await collect(run);
    const byIndex = items.sort((a, b) => a.index - b.index).map((item) => item.outcome);
    expect(byIndex.map((outcome) => outcome.status)).toEqual([
      'sent',
      'not_sent',
      'not_sent',
      'not_sent',
      'not_sent',
      'sent',
    ]);
    for (const outcome of byIndex.slice(1, 5))
      expect(outcome).toMatchObject({ reason: 'invalid_request', stage: 'resolve' });
    expect((await run.done()).stoppedBy).toBeUndefined();
  });

  it('should end a cancelled run promptly when its input stalls, answering what was read', async () => {
    async function* stalling() {
      yield* requests(2);
      await never;
    }
    const run = gate().sendBulk(stalling(), { batchSize: 10 });
    const done = run.done();
    await until(() => run.progress.read === 2);
    run.cancel();
    const summary = await done;
    expect(summary).toMatchObject({ total: 2, stoppedBy: 'cancelled' });
    expect(summary.byReason.cancelled).toBe(2);
  });

  it('should end a run aborted by its signal while an element never settles, answering it too', async () => {
    const controller = new AbortController();
    const [one] = requests(1);
    const run = gate().sendBulk(untyped([one, never, one]), { signal: controller.signal });
    const items: BulkItem[] = [];
    const reading = (async () => {
      for await (const item of run) items.push(item);
    })();
    await until(() => run.progress.read === 2);
    controller.abort();
    await reading;
    expect((await run.done()).stoppedBy).toBe('cancelled');
    expect(items.map((item) => item.index).sort()).toEqual([0, 1]);
    expect(items.every((item) => item.outcome.status === 'not_sent')).toBe(true);
    expect(items.map((item) => (item.outcome as { reason: string }).reason)).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });

  it('should abort the sends in flight when the run is cancelled, and keep their keys', async () => {
    const signals: AbortSignal[] = [];
    const hanging: Transport = {
      specificationVersion: 'v1',
      name: 'hanging',
      send: (_message, options) => {
        signals.push(options!.signal!);
        return never;
      },
    };
    const stores = memoryStores();
    const gate = createMailgate({ transport: hanging, stores });
    const run = gate.sendBulk(
      requests(4, (i) => `k-${i}`),
      { concurrency: 2 },
    );
    const done = run.done();
    await until(() => signals.length === 2);
    run.cancel();
    const summary = await done;
    expect(signals.every((signal) => signal.aborted)).toBe(true);
    expect(summary).toMatchObject({ total: 4, sent: 0, byReason: { cancelled: 4 } });
    // The two that were with the transport may have gone out: their keys stay spent.
    expect(await stores.idempotency.claim(['k-0', 'k-1', 'k-2', 'k-3'], 1_000, 'test')).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('sendBulk with many sends in flight', () => {
  it('should abort all of them on cancel and print no listener-leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    const signals: AbortSignal[] = [];
    const hanging: Transport = {
      specificationVersion: 'v1',
      name: 'hanging',
      send: (_message, options) => {
        signals.push(options!.signal!);
        return never;
      },
    };
    try {
      const run = gate(hanging).sendBulk(requests(40), { concurrency: 32 });
      const done = run.done();
      await until(() => signals.length === 32);
      run.cancel();
      expect(await done).toMatchObject({ total: 40, byReason: { cancelled: 40 } });
      expect(signals.every((signal) => signal.aborted)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});

function gate(transport: Transport = recordingTransport()) {
  return createMailgate({ transport });
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}
