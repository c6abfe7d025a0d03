import {
  createMailgate,
  type DeliveryEvent,
  memoryStores,
  recordingTransport,
} from '@mailgate/core';
import { describe, expect, it } from 'vitest';
import type { BounceRead, BounceSource } from './bounce-source';
import { memoryCursorStore } from './bounce-source';
import { mailboxSource } from './mailbox-source';
import { type IngestingGate, watchBounces } from './watch-bounces';

const bounce = (n: number): DeliveryEvent => ({
  type: 'bounce',
  address: `gone${n}@example.com`,
  reason: 'recipient_unknown',
  permanent: true,
  tenant: 'acme',
  source: 'test',
});

/** A source over a list of events, `size` at a time; the cursor is the index reached. */
function listSource(events: DeliveryEvent[], size = 2, failAt?: number): BounceSource<number> {
  let calls = 0;
  return {
    name: 'list',
    async read(cursor): Promise<BounceRead<number>> {
      calls += 1;
      if (calls === failAt)
        return { events: [], cursor: cursor ?? 0, done: false, scanned: 0, failure: 'dropped' };
      const from = cursor ?? 0;
      const slice = events.slice(from, from + size);
      return {
        events: slice,
        cursor: from + slice.length,
        done: from + size >= events.length,
        scanned: slice.length,
      };
    },
  };
}

function setup() {
  const stores = memoryStores();
  const gate = createMailgate({ transport: recordingTransport(), stores });
  const ingested: string[] = [];
  // Records the addresses of what the gate took (one event or a batch of them).
  const counting: IngestingGate = {
    ingest: async (input) => {
      const result = await gate.ingest(input);
      if (result.isOk())
        for (const event of [input].flat() as DeliveryEvent[]) ingested.push(event.address);
      return result;
    },
  };
  return { stores, gate: counting, ingested, cursorStore: memoryCursorStore() };
}

describe('watchBounces', () => {
  it('should ingest every event once, report progress, and read nothing again on a second run', async () => {
    const { gate, ingested, cursorStore, stores } = setup();
    const events = [1, 2, 3, 4, 5].map(bounce);
    const seen: number[] = [];
    const first = await watchBounces(listSource(events), {
      gate,
      cursorStore,
      onProgress: (p) => seen.push(p.ingested),
    });
    expect(first).toMatchObject({ stoppedBy: 'done', ingested: 5, suppressed: 5, reads: 3 });
    expect(seen).toEqual([2, 4, 5]);
    const second = await watchBounces(listSource(events), { gate, cursorStore });
    expect(second.ingested).toBe(0);
    expect(ingested).toHaveLength(5);
    expect((await stores.suppressions.list()).items).toHaveLength(5);
  });

  it('should end an on-demand run at a failed read, keep the cursor, and resume without loss', async () => {
    const { gate, ingested, cursorStore } = setup();
    const events = [1, 2, 3, 4, 5].map(bounce);
    const errors: string[] = [];
    const first = await watchBounces(listSource(events, 2, 2), {
      gate,
      cursorStore,
      onError: (e) => errors.push(`${e.stage}: ${e.message}`),
    });
    expect(first).toMatchObject({ stoppedBy: 'failed', ingested: 2, failure: { stage: 'read' } });
    expect(errors).toEqual(['read: dropped']);
    await watchBounces(listSource(events), { gate, cursorStore });
    expect(ingested).toEqual(events.map((e) => e.address));
  });

  it('should not move the cursor when the gate cannot store an event', async () => {
    const { cursorStore } = setup();
    const stores = memoryStores();
    const failing = createMailgate({
      transport: recordingTransport(),
      stores: {
        ...stores,
        suppressions: { ...stores.suppressions, add: () => Promise.reject(new Error('down')) },
      },
    });
    const summary = await watchBounces(listSource([bounce(1)]), { gate: failing, cursorStore });
    expect(summary).toMatchObject({
      stoppedBy: 'failed',
      failure: { stage: 'ingest' },
    });
    expect(await cursorStore.get('list')).toBeUndefined();
  });

  it('should skip an event the gate refuses as invalid and say so', async () => {
    const { gate, cursorStore } = setup();
    const errors: string[] = [];
    const { tenant: _, ...noTenant } = bounce(1) as DeliveryEvent & { tenant?: string };
    const summary = await watchBounces(listSource([noTenant as DeliveryEvent, bounce(2)]), {
      gate,
      cursorStore,
      onError: (e) => errors.push(e.stage),
    });
    expect(summary).toMatchObject({ stoppedBy: 'done', ingested: 1, refused: 1 });
    expect(errors).toEqual(['ingest']);
  });

  it('should keep watching until the signal aborts, and never throw when a source throws', async () => {
    const { gate, cursorStore } = setup();
    const controller = new AbortController();
    let reads = 0;
    const throwing: BounceSource<number> = {
      name: 'throwing',
      async read() {
        reads += 1;
        if (reads === 3) controller.abort();
        throw new Error('boom');
      },
    };
    const summary = await watchBounces(throwing, {
      gate,
      cursorStore,
      intervalMs: 1,
      signal: controller.signal,
    });
    expect(summary.stoppedBy).toBe('aborted');
    expect(reads).toBe(3);
  });
});

describe('mailboxSource', () => {
  it('should not ingest a report twice when the next read starts at its arrival time', async () => {
    const { gate, ingested, cursorStore } = setup();
    const report = (id: string, at: number, address: string) => ({
      id,
      receivedAt: at,
      report: {
        kind: 'bounce' as const,
        recipients: [
          {
            address,
            event: 'failed' as const,
            reason: 'recipient_unknown' as const,
            permanent: true,
          },
        ],
      },
    });
    const mailbox = [report('a', 100, 'a@example.com'), report('b', 200, 'b@example.com')];
    const source = () =>
      mailboxSource({
        name: 'graph',
        source: 'graph-mailbox',
        tenant: 'acme',
        since: 0,
        readBounces: async ({ since }) => {
          const reports = mailbox.filter((r) => r.receivedAt >= since);
          return {
            events: [],
            reports,
            scanned: reports.length,
            unread: [],
            truncated: false,
            lastReceivedAt: Math.max(...reports.map((r) => r.receivedAt)),
          };
        },
      });
    await watchBounces(source(), { gate, cursorStore });
    mailbox.push(report('c', 200, 'c@example.com'));
    await watchBounces(source(), { gate, cursorStore });
    expect(ingested).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  });

  it('should hold the cursor at a report it could not download, and give up on it after maxAttempts reads', async () => {
    const { gate, ingested, cursorStore } = setup();
    const failure = {
      status: 'failed' as const,
      reason: 'provider_timeout' as const,
      permanent: false,
      retryable: true,
    };
    const report = (id: string, at: number, address: string) => ({
      id,
      receivedAt: at,
      report: {
        kind: 'bounce' as const,
        recipients: [
          {
            address,
            event: 'failed' as const,
            reason: 'recipient_unknown' as const,
            permanent: true,
          },
        ],
      },
    });
    const asked: number[] = [];
    // 'stuck' (at 150) never downloads; 'late' (at 120) fails the first read only.
    let reads = 0;
    const source = mailboxSource({
      name: 'graph',
      source: 'graph-mailbox',
      tenant: 'acme',
      since: 0,
      maxAttempts: 3,
      readBounces: async ({ since }) => {
        asked.push(since);
        reads += 1;
        const all = [report('a', 100, 'a@example.com'), report('b', 200, 'b@example.com')];
        if (reads > 1) all.splice(1, 0, report('late', 120, 'late@example.com'));
        const reports = all.filter((r) => r.receivedAt >= since);
        const unread = [
          ...(reads === 1 ? [{ id: 'late', failure, receivedAt: 120 }] : []),
          ...(since <= 150 ? [{ id: 'stuck', failure, receivedAt: 150 }] : []),
        ];
        return {
          events: [],
          reports,
          scanned: reports.length + unread.length,
          unread,
          truncated: false,
          lastReceivedAt: 200,
        };
      },
    });
    const errors: string[] = [];
    const onError = (e: { message: string }) => errors.push(e.message);
    for (let run = 0; run < 4; run++) await watchBounces(source, { gate, cursorStore, onError });
    expect(ingested.sort()).toEqual(['a@example.com', 'b@example.com', 'late@example.com']);
    // Held at 'late', then at 'stuck' until given up on, then at the newest report.
    expect(asked).toEqual([0, 120, 150, 200]);
    expect(errors).toEqual([
      'graph: message stuck could not be read in 3 reads (provider_timeout); left in the mailbox',
    ]);
  });
});
