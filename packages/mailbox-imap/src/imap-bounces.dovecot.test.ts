import {
  type IngestingGate,
  memoryCursorStore,
  parseBounce,
  toDeliveryEvents,
  watchBounces,
} from '@mailgate/bounces';
import {
  createMailgate,
  type DeliveryEvent,
  type Mailgate,
  memoryStores,
  recordingTransport,
} from '@mailgate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imapBounces } from './imap-bounces';
import { connectClient } from './test-support/client';
import { type Dovecot, dovecotInstalled, startDovecot } from './test-support/dovecot';
import { mixedMailbox } from './test-support/mixed-mailbox';

const required = process.env.CI === 'true';
if (!dovecotInstalled && !required)
  console.log(
    'mailbox-imap: Dovecot suite skipped (no dovecot); run `sh scripts/ensure-dovecot.sh` (apt-get install dovecot-imapd) to run it',
  );

const tenant = 'acme';
const messages = mixedMailbox(200);

/** The events and suppressions the mailbox should give: each report parsed and ingested once. */
async function expected() {
  const stores = memoryStores();
  const gate = createMailgate({ transport: recordingTransport(), stores });
  const events: DeliveryEvent[] = [];
  let reports = 0;
  for (const message of messages) {
    const report = parseBounce(message.raw);
    if (report.kind === 'not_a_report') continue;
    reports += 1;
    for (const event of toDeliveryEvents(report, { source: 'imap', tenant })) {
      events.push(event);
      await gate.ingest(event);
    }
  }
  return {
    events,
    reports,
    suppressions: await suppressedKeys(stores),
    ledger: await ledgerOf(gate, events),
  };
}

/** Where the ledger puts each address the events name (the times left out: they differ). */
async function ledgerOf(gate: Mailgate, events: readonly DeliveryEvent[]) {
  const addresses = [...new Set(events.map((event) => event.address.toLowerCase()))].sort();
  const statuses: string[] = [];
  for (const address of addresses) {
    const status = (await gate.addressStatus(address, { tenant }))._unsafeUnwrap();
    const { kind, count, lastReason } = status.problem ?? {};
    statuses.push(`${address} ${status.status} ${kind} ${count} ${lastReason}`);
  }
  return statuses;
}

async function suppressedKeys(stores: ReturnType<typeof memoryStores>): Promise<string[]> {
  return (await stores.suppressions.list()).items.map((s) => `${s.key} ${s.reason}`).sort();
}

function setupGate() {
  const stores = memoryStores();
  const gate = createMailgate({ transport: recordingTransport(), stores });
  const ingested: string[] = [];
  return {
    stores,
    ingested,
    real: gate,
    gate: {
      async ingest(input) {
        const result = await gate.ingest(input);
        if (result.isOk())
          for (const event of [input].flat() as DeliveryEvent[])
            ingested.push(`${event.type} ${event.address}`);
        return result;
      },
    } satisfies IngestingGate,
  };
}

async function mailboxState(server: Dovecot) {
  const client = await connectClient(server);
  try {
    const inbox = await client.mailboxOpen('INBOX');
    const left =
      inbox.exists > 0 ? await client.fetchAll('1:*', { flags: true, envelope: true }) : [];
    const processed = await client.status('mailgate-processed', { messages: true });
    if (!processed) throw new Error('no processed folder');
    return {
      left: left.map((m) => ({ subject: m.envelope?.subject ?? '', flags: [...(m.flags ?? [])] })),
      processed: processed.messages ?? 0,
    };
  } finally {
    await client.logout();
  }
}

describe.runIf(dovecotInstalled || required)('imapBounces against Dovecot', () => {
  let server: Dovecot;
  beforeEach(async () => {
    server = await startDovecot();
    for (const message of messages) await server.deliver(message.name, message.raw);
  }, 60_000);
  afterEach(async () => {
    await server?.stop();
  });

  const source = (batchSize = 50) =>
    imapBounces({
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      auth: { user: server.user, pass: server.pass },
      batchSize,
      tenant,
    });

  it('should suppress exactly the bounced and complained addresses, move the reports, and leave ordinary mail untouched', async () => {
    const want = await expected();
    expect(want.suppressions.length).toBeGreaterThan(50);
    expect(want.suppressions.some((s) => s.endsWith('previously_complained'))).toBe(true);
    expect(want.ledger.filter((line) => line.includes(' problem ')).length).toBeGreaterThan(50);
    const { gate, stores, ingested, real } = setupGate();
    const cursorStore = memoryCursorStore();

    const run = await watchBounces(source(), { gate, cursorStore });
    expect(run).toMatchObject({ stoppedBy: 'done', scanned: 200, refused: 0 });
    expect(await suppressedKeys(stores)).toEqual(want.suppressions);
    expect(await ledgerOf(real, want.events)).toEqual(want.ledger);
    expect(ingested.sort()).toEqual(want.events.map((e) => `${e.type} ${e.address}`).sort());

    const state = await mailboxState(server);
    expect(state.processed).toBe(want.reports);
    expect(state.left).toHaveLength(200 - want.reports);
    for (const message of state.left) {
      expect(message.subject).toMatch(/^Lunch on day/);
      expect(message.flags).toEqual([]);
    }

    const again = await watchBounces(source(), { gate, cursorStore });
    expect(again).toMatchObject({ stoppedBy: 'done', ingested: 0 });
    expect(ingested).toHaveLength(want.events.length);
  }, 60_000);

  it('should resume after the server drops the connection mid-run, without loss or double ingest', async () => {
    const want = await expected();
    const { gate, stores, ingested } = setupGate();
    const cursorStore = memoryCursorStore();
    let kicked = '';
    // Drop the connection after a read's events are ingested and before its messages are
    // moved: the window where a careless reader would ingest them again.
    const kicking: IngestingGate = {
      async ingest(input) {
        const result = await gate.ingest(input);
        if (!kicked && ingested.length >= 30) kicked = await server.kick();
        return result;
      },
    };

    const first = await watchBounces(source(10), { gate: kicking, cursorStore });
    expect(kicked).toContain(server.user);
    expect(['done', 'failed']).toContain(first.stoppedBy);

    const second = await watchBounces(source(10), { gate, cursorStore });
    expect(second.stoppedBy).toBe('done');
    expect(ingested.sort()).toEqual(want.events.map((e) => `${e.type} ${e.address}`).sort());
    expect(await suppressedKeys(stores)).toEqual(want.suppressions);
    expect((await mailboxState(server)).processed).toBe(want.reports);
  }, 60_000);
});
