import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import type { Stores } from '../stores/types';
import { aRequest } from '../test-support/requests';
import type { Transport, TransportResult } from '../transport/transport';
import { createMailgate } from './create-mailgate';

/** A transport whose sends wait until the test lets them answer; it counts what it got. */
function heldTransport() {
  const waiting: (() => void)[] = [];
  const state = { sent: 0, closed: false, sentAfterClose: 0 };
  const transport: Transport = {
    specificationVersion: 'v1',
    name: 'held',
    send: () =>
      new Promise<TransportResult>((resolve) => {
        state.sent++;
        if (state.closed) state.sentAfterClose++;
        waiting.push(() => resolve({ status: 'accepted', messageId: `m-${state.sent}` }));
      }),
    close: () => {
      state.closed = true;
    },
  };
  const releaseAll = () => {
    for (const release of waiting.splice(0)) release();
  };
  return { transport, state, releaseAll, waiting };
}

/** Stores that count every call made to them. */
function countedStores() {
  const base = memoryStores();
  const calls = { count: 0 };
  const counted = <T extends object>(store: T): T =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.count++;
          return value.apply(target, args);
        };
      },
    });
  const stores: Stores = {
    suppressions: counted(base.suppressions),
    counters: counted(base.counters),
    idempotency: counted(base.idempotency),
  };
  return { stores, calls };
}

describe('closing the gate', () => {
  it('should let sends in flight finish, stop a run, and close the transport only after', async () => {
    const { transport, state, releaseAll, waiting } = heldTransport();
    const gate = createMailgate({ transport });
    const inFlight = gate.send(aRequest({ context: { idempotencyKey: 'one' } }));
    const run = gate.sendBulk(
      Array.from({ length: 20 }, (_, i) =>
        aRequest({ recipient: { id: `b-${i}`, addresses: [{ address: `b${i}@example.com` }] } }),
      ),
      { concurrency: 2 },
    );
    const summary = run.done();
    while (waiting.length < 3) await new Promise((resolve) => setTimeout(resolve, 1));
    let closed = false;
    const closing = gate.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(closed).toBe(false);
    expect(state.closed).toBe(false);
    releaseAll();
    await closing;
    expect(state.closed).toBe(true);
    expect((await inFlight).isOk()).toBe(true);
    expect(await summary).toMatchObject({
      total: 20,
      sent: 2,
      stoppedBy: 'gate_closed',
      byReason: { gate_closed: 18 },
    });
    expect(state.sentAfterClose).toBe(0);
  });

  it('should answer every call after close with gate_closed, without touching stores or transport', async () => {
    const { transport, state } = heldTransport();
    const { stores, calls } = countedStores();
    const gate = createMailgate({ transport, stores });
    await gate.close();
    const request = aRequest({ context: { idempotencyKey: 'after-close' } });
    const before = calls.count;
    expect((await gate.send(request))._unsafeUnwrapErr()).toMatchObject({
      reason: 'gate_closed',
      recipientId: 'r-1',
      retryable: true,
    });
    expect((await gate.check(request))._unsafeUnwrapErr().reason).toBe('gate_closed');
    expect((await gate.explain(request)).map((outcome) => outcome.reason)).toEqual(['gate_closed']);
    expect(await gate.sendBulk([request, request]).done()).toMatchObject({
      total: 0,
      stoppedBy: 'gate_closed',
    });
    expect(calls.count).toBe(before);
    expect(state.sent).toBe(0);
    expect(gate.describe('gate_closed').title).toBe('Mailer shut down');
  });
});
