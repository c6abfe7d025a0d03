/**
 * Preflight of 1,000,000 recipients (a sendBulk dry run with the default policies)
 * against a memory store holding 1,000,000 suppressions, and the same decisions made by
 * a hand-written loop over plain Sets and Maps, in the same run.
 *
 *   node --expose-gc --import tsx preflight.ts [recipients]
 */
import {
  createMailgate,
  isDisposableDomain,
  isRoleAddress,
  memoryStores,
  recordingTransport,
  type SendRequestInput,
  type SuppressionInput,
} from '../packages/core/src/index';

const DAY = 86_400_000;
export const NOW = Date.parse('2026-11-23T12:00:00Z');

export interface PreflightFigures {
  readonly recipients: number;
  readonly suppressions: number;
  readonly mailgatePerSecond: number;
  readonly baselinePerSecond: number;
  readonly ratio: number;
  readonly ready: number;
  readonly baselineReady: number;
}

export function makeRequests(count: number): SendRequestInput[] {
  // One mailing: one message and one context, shared by every request, as a host builds it.
  const message = {
    from: { address: 'news@registry.example', name: 'Registry' },
    subject: 'November news',
    text: 'Hello',
  };
  const context = {
    mode: 'bulk',
    category: 'marketing',
    subscriptionType: 'newsletter',
    tenant: 'club',
  } as const;
  const requests: SendRequestInput[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const groups = i % 50 === 0 ? [{ name: 'Do not mail', forbidsMailings: true }] : [];
    requests[i] = {
      recipient: {
        id: `r${i}`,
        type: 'member',
        name: flat(`Person ${i}`),
        // Every tenth recipient is one of the suppressed addresses.
        addresses: [
          {
            address: flat(
              i % 10 === 0 ? suppressedAddress(i) : `person.${i}@domain${i % 997}.example`,
            ),
            label: 'private',
            state: 'confirmed',
          },
        ],
        groups,
        status: { name: i % 97 === 0 ? 'Deceased' : 'Active', forbidsMailings: i % 97 === 0 },
        subscriptions: { all: i % 31 === 0 ? 'unsubscribed' : 'subscribed' },
        // One in ten has not engaged for longer than the six-month sunset.
        lastEngagementAt: NOW - (i % 200) * DAY,
      },
      message,
      context,
    };
  }
  return requests;
}

/**
 * V8 keeps a string built from a template as pieces until something reads its characters,
 * and then copies it. Copy the generated inputs up front, as strings read from a database
 * or a JSON body already are, so that neither side of the comparison pays for the other.
 */
function flat(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

function suppressedAddress(i: number): string {
  return `firstname.lastname${i}@mail${i % 500}.example`;
}

export function makeSuppressions(count: number): SuppressionInput[] {
  const entries: SuppressionInput[] = new Array(count);
  for (let i = 0; i < count; i++) {
    entries[i] = {
      key: suppressedAddress(i),
      scope: { tenant: 'club' },
      reason: 'previously_bounced',
      source: 'import',
      createdAt: NOW - DAY,
    };
  }
  return entries;
}

/** The same decisions, written by hand for this one data shape, with Sets and Maps. */
function baseline(
  requests: readonly SendRequestInput[],
  suppressed: ReadonlySet<string>,
  blockedDomains: ReadonlySet<string>,
) {
  const simple = /^[a-z0-9._%+-]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/;
  const sunset = 180 * DAY;
  let ready = 0;
  for (const request of requests) {
    const recipient = request.recipient;
    const entry = recipient.addresses[0];
    if (entry === undefined) continue;
    const address = entry.address.trim().toLowerCase();
    if (!simple.test(address)) continue;
    const at = address.indexOf('@');
    const domain = address.slice(at + 1);
    if (suppressed.has(address) || blockedDomains.has(domain)) continue;
    if (recipient.subscriptions?.all === 'unsubscribed') continue;
    if (isDisposableDomain(domain) || isRoleAddress(address.slice(0, at))) continue;
    if (recipient.status?.forbidsMailings) continue;
    if (recipient.groups?.some((group) => group.forbidsMailings)) continue;
    if (NOW - Number(recipient.lastEngagementAt) > sunset) continue;
    ready++;
  }
  return ready;
}

export async function measurePreflight(count = 1_000_000): Promise<PreflightFigures> {
  const suppressions = makeSuppressions(count);
  const stores = memoryStores();
  for (let i = 0; i < suppressions.length; i += 10_000) {
    await stores.suppressions.add(suppressions.slice(i, i + 10_000), { actor: 'bench' });
  }
  const requests = makeRequests(count);
  const gate = createMailgate({ transport: recordingTransport(), stores, now: () => NOW });

  const suppressed = new Set(suppressions.map((entry) => entry.key));
  const blockedDomains = new Set<string>();

  // Warm both up on a slice, then time the whole set.
  await gate.sendBulk(requests.slice(0, 20_000), { dryRun: true, batchSize: 1_000 }).done();
  baseline(requests.slice(0, 20_000), suppressed, blockedDomains);

  let start = performance.now();
  const run = gate.sendBulk(requests, { dryRun: true, batchSize: 1_000 });
  let ready = 0;
  for await (const item of run) if (item.outcome.status === 'ready') ready++;
  const mailgateMs = performance.now() - start;

  start = performance.now();
  const baselineReady = baseline(requests, suppressed, blockedDomains);
  const baselineMs = performance.now() - start;

  const mailgatePerSecond = (count / mailgateMs) * 1000;
  const baselinePerSecond = (count / baselineMs) * 1000;
  return {
    recipients: count,
    suppressions: count,
    mailgatePerSecond,
    baselinePerSecond,
    ratio: baselinePerSecond / mailgatePerSecond,
    ready,
    baselineReady,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measurePreflight(Number(process.argv[2] ?? 1_000_000));
  console.log(figures);
}
