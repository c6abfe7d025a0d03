import { createMailgate, recordingTransport, type TransportResult } from '@mailgate/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMailgateWorker, type MailgateWorker } from './create-mailgate-worker';
import { enqueueMailing } from './enqueue-mailing';
import type { MailingJobData, MailingJobResult } from './mailing-job';
import { mailingProgress, uncertainRequests } from './mailing-progress';
import { members } from './test-support/members';
import { dropPrefix, redisUrl, uniqueName, waitFor } from './test-support/test-redis';

const url = redisUrl('queue-bullmq worker');
const HOUR = 3_600_000;
const mailing = { id: 'weekly-48', tenant: 'acme' };

type Answer = (address: string) => TransportResult | undefined;

describe.skipIf(url === undefined)('createMailgateWorker', () => {
  let redis: Redis;
  const prefixes: string[] = [];
  let running: MailgateWorker | undefined;

  beforeAll(() => {
    redis = new Redis(url!, { maxRetriesPerRequest: null });
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  afterAll(async () => {
    for (const prefix of prefixes) await dropPrefix(redis, prefix);
    redis?.disconnect();
  });

  /** A queue of one's own, a gate whose transport answers per address, and a worker. */
  async function setUp(options: {
    count: number;
    answer?: Answer;
    latencyMs?: number;
    /** Awaited before each answer: holds a message in flight. */
    respondHook?: (address: string) => Promise<void>;
    now?: () => number;
    batchSize?: number;
  }) {
    const prefix = uniqueName('bull');
    prefixes.push(prefix);
    const queue = new Queue<MailingJobData, MailingJobResult>('mailings', {
      connection: redis,
      prefix,
    });
    const transport = recordingTransport({
      respond: async (message) => {
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
        await options.respondHook?.(message.to[0]!.address);
        return options.answer?.(message.to[0]!.address) ?? { status: 'accepted' };
      },
    });
    const gate = createMailgate({ transport });
    const enqueued = await enqueueMailing(queue, {
      mailing,
      requests: members(options.count),
      batchSize: 50,
    });
    expect(enqueued.isOk()).toBe(true);
    running = createMailgateWorker({
      gate,
      connection: redis,
      queue: 'mailings',
      prefix,
      batchSize: options.batchSize ?? 10,
      ...(options.now ? { now: options.now } : {}),
    });
    const progress = async () =>
      (await mailingProgress(redis, { queue: 'mailings', prefix, mailing }))._unsafeUnwrap();
    const settled = async () => {
      await waitFor(
        async () => {
          const counts = await queue.getJobCounts('wait', 'active', 'prioritized');
          return Object.values(counts).every((count) => count === 0);
        },
        20_000,
        'the jobs to run',
      );
    };
    return { queue, transport, gate, prefix, progress, settled };
  }

  it('should send every request once and report progress on the job and the mailing', async () => {
    const { queue, transport, progress, settled } = await setUp({ count: 120 });
    await settled();
    expect(transport.sent).toHaveLength(120);
    expect(new Set(transport.sent.map((m) => m.to[0]!.address)).size).toBe(120);
    expect(await progress()).toMatchObject({ enqueued: 120, jobs: 3, done: 120, sent: 120 });
    const jobs = await queue.getJobs(['completed']);
    expect(jobs.map((job) => job.progress)).toContainEqual({ done: 50, sent: 50, notSent: 0 });
    await queue.close();
  });

  it('should keep the mailing running while any job sends, and mark it done after the last', async () => {
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached = false;
    const { queue, gate, progress, settled } = await setUp({
      count: 120,
      latencyMs: 1,
      answer: () => undefined,
      respondHook: async (address) => {
        if (address !== 'member.115@example.test') return;
        reached = true;
        await blocked;
      },
    });
    // Jobs 0 and 1 ended (their sendBulk runs ended normally); job 2 is still sending.
    await waitFor(
      async () => reached && (await queue.getJobs(['completed'])).length >= 2,
      20_000,
      'two jobs to end while the third sends',
    );
    const during = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap();
    expect(during?.state).toBe('running');
    release();
    await settled();
    await waitFor(
      async () =>
        (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap()?.state === 'done',
      20_000,
      'the mailing to be done',
    );
    const after = (await gate.mailing(mailing.id, { tenant: 'acme' }))._unsafeUnwrap();
    expect(after?.counts).toMatchObject({ handedOver: 120, sent: 120, inFlight: 0 });
    expect(await progress()).toMatchObject({ enqueued: 120, done: 120 });
    await queue.close();
  });

  it('should retry a refusal-for-now in a delayed job, and never one that may have gone out', async () => {
    const { queue, transport, prefix, progress, settled } = await setUp({
      count: 50,
      answer: (address) => {
        if (address === 'member.1@example.test')
          return {
            status: 'failed',
            reason: 'receiver_rate_limited',
            permanent: false,
            retryable: true,
          };
        if (address === 'member.2@example.test')
          return {
            status: 'failed',
            reason: 'provider_timeout',
            permanent: false,
            retryable: true,
            uncertain: true,
          };
        if (address === 'member.3@example.test')
          return {
            status: 'failed',
            reason: 'recipient_unknown',
            permanent: true,
            retryable: false,
          };
        return undefined;
      },
    });
    await settled();
    expect(transport.sent).toHaveLength(50);
    const delayed = await queue.getDelayed();
    expect(delayed).toHaveLength(1);
    expect(delayed[0]!.data.requests.map((r) => r.recipient.id)).toEqual(['member-1']);
    expect(delayed[0]!.data.retry).toBe(1);
    // The first wait of the schedule: five minutes.
    expect(delayed[0]!.opts.delay).toBeGreaterThanOrEqual(5 * 60_000 - 1_000);
    expect(await progress()).toMatchObject({ sent: 47, notSent: 1, uncertain: 1, retried: 1 });
    const uncertain = await uncertainRequests(redis, {
      queue: 'mailings',
      prefix,
      mailing,
    });
    expect(uncertain._unsafeUnwrap()).toEqual([
      { recipientId: 'member-2', address: 'member.2@example.test' },
    ]);
    await queue.close();
  });

  it('should wait what the provider asked for, and slow every worker of the queue', async () => {
    const { queue, progress, settled } = await setUp({
      count: 50,
      answer: (address) =>
        address === 'member.7@example.test'
          ? {
              status: 'failed',
              reason: 'provider_rate_limited',
              permanent: false,
              retryable: true,
              retryAfterMs: 30_000,
            }
          : undefined,
    });
    await settled();
    const delayed = await queue.getDelayed();
    expect(delayed[0]!.data.requests.map((r) => r.recipient.id)).toEqual(['member-7']);
    expect(delayed[0]!.opts.delay).toBeGreaterThanOrEqual(29_000);
    expect(delayed[0]!.opts.delay).toBeLessThanOrEqual(30_000);
    // The queue-wide limiter holds every worker back for the provider's wait.
    expect(await queue.getRateLimitTtl(1_000_000)).toBeGreaterThan(20_000);
    expect(await progress()).toMatchObject({ sent: 49, retried: 1 });
    await queue.close();
  });

  it('should give up a refusal-for-now once the soft-bounce window has ended', async () => {
    let clock = Date.now();
    const { queue, progress, settled } = await setUp({
      count: 50,
      now: () => clock,
      answer: (address) =>
        address === 'member.4@example.test'
          ? { status: 'failed', reason: 'mailbox_full', permanent: false, retryable: true }
          : undefined,
    });
    await settled();
    const [retry] = await queue.getDelayed();
    expect(retry).toBeDefined();
    // The retry runs 5 days later: past the window, it is not retried again.
    clock += 5 * 24 * HOUR - 60_000;
    await retry!.promote();
    await settled();
    expect(await queue.getDelayed()).toHaveLength(0);
    expect(await progress()).toMatchObject({ sent: 49, notSent: 1, gaveUp: 1, retried: 1 });
    await queue.close();
  });

  it('should finish the batch in flight at shutdown and hand the rest back to the queue', async () => {
    const { queue, transport, settled } = await setUp({ count: 50, latencyMs: 20, batchSize: 10 });
    await waitFor(() => transport.sent.length >= 5, 10_000, 'the first sends');
    await running!.close();
    running = undefined;
    const sentAtClose = transport.sent.length;
    expect(sentAtClose).toBeGreaterThanOrEqual(10);
    expect(sentAtClose % 10).toBe(0);
    expect(sentAtClose).toBeLessThan(50);
    const waiting = await queue.getWaiting();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.data.requests).toHaveLength(50 - sentAtClose);
    void settled;
    await queue.close();
  });
});

describe.skipIf(url === undefined)('enqueueMailing', () => {
  let redis: Redis;
  const prefix = uniqueName('bull');

  beforeAll(() => {
    redis = new Redis(url!, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await dropPrefix(redis, prefix);
    redis?.disconnect();
  });

  it('should stream the requests into jobs, holding only a few jobs in memory', async () => {
    const queue = new Queue('stream', { connection: redis, prefix });
    let read = 0;
    let written = 0;
    let mostAhead = 0;
    const counting = {
      addBulk: async (jobs: Parameters<Queue['addBulk']>[0]) => {
        mostAhead = Math.max(mostAhead, read - written);
        written += jobs.reduce((n, job) => n + (job.data as MailingJobData).requests.length, 0);
        return queue.addBulk(jobs);
      },
      add: (...args: Parameters<Queue['add']>) => queue.add(...args),
      getBackend: () => queue.getBackend(),
    } as unknown as Queue;
    async function* input() {
      for (const request of members(20_000)) {
        read++;
        yield request;
      }
    }
    const result = await enqueueMailing(counting, { mailing, requests: input(), batchSize: 100 });
    expect(result._unsafeUnwrap()).toEqual({ jobs: 200, requests: 20_000 });
    expect(written).toBe(20_000);
    expect(mostAhead).toBeLessThanOrEqual(10 * 100);
    // Enqueuing again (a producer that crashed and started over) adds no job twice.
    const again = await enqueueMailing(queue, {
      mailing,
      requests: members(20_000),
      batchSize: 100,
    });
    expect(again.isOk()).toBe(true);
    // 200 jobs of requests and the one that ends the mailing.
    expect(await queue.getWaitingCount()).toBe(201);
    await queue.close();
  });

  it('should refuse bad input with a typed error and add nothing', async () => {
    const queue = new Queue('bad', { connection: redis, prefix });
    const noTenant = await enqueueMailing(queue, {
      mailing: { id: 'x', tenant: '' },
      requests: members(3),
    });
    expect(noTenant._unsafeUnwrapErr().kind).toBe('invalid_input');
    const badSize = await enqueueMailing(queue, { mailing, requests: members(3), batchSize: 0 });
    expect(badSize._unsafeUnwrapErr().kind).toBe('invalid_input');
    const notIterable = await enqueueMailing(queue, {
      mailing,
      requests: 42 as unknown as never,
    });
    expect(notIterable._unsafeUnwrapErr().kind).toBe('invalid_input');
    expect(await queue.getWaitingCount()).toBe(0);
    await queue.close();
  });

  it('should answer a Redis failure as a QueueError, without the password', async () => {
    const down = new Redis('redis://user:secret@127.0.0.1:1', {
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    const queue = new Queue('down', { connection: down, prefix });
    queue.on('error', () => {});
    const result = await enqueueMailing(queue, { mailing, requests: members(3) });
    const error = result._unsafeUnwrapErr();
    expect(error.kind).toBe('queue_unavailable');
    expect(error.message).not.toContain('secret');
    await queue.close().catch(() => {});
    down.disconnect();
  });
});
