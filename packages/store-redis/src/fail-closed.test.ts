import { createMailgate, recordingTransport, type SendRequestInput } from '@mailgate/core';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStores } from './redis-stores';
import { connect, dropPrefix, redisUrl, testPrefix } from './test-redis';

const url = redisUrl('@mailgate/store-redis fault tests');

function request(i: number): SendRequestInput {
  return {
    recipient: {
      id: `r-${i}`,
      type: 'candidate',
      addresses: [{ address: `person${i}@example.com`, label: 'private', state: 'confirmed' }],
    },
    message: { from: { address: 'jobs@agency.example' }, subject: 'Hello', text: 'Hello' },
    context: { mode: 'bulk', category: 'marketing', tenant: 'acme', idempotencyKey: `m1:${i}` },
  };
}

describe.skipIf(url === undefined)('a Redis connection killed mid-run', () => {
  const prefix = testPrefix('faults');
  let admin: Redis;
  let redis: Redis;
  beforeAll(() => {
    admin = connect(url!);
    // A command whose connection is lost fails rather than being sent again: a claim that
    // ran but whose answer was lost must not come back as "claimed before".
    redis = connect(url!, { autoResendUnfulfilledCommands: false });
    redis.on('error', () => {});
  });
  afterAll(async () => {
    await admin.client('UNPAUSE').catch(() => {});
    await dropPrefix(admin, prefix);
    admin.disconnect();
    redis.disconnect();
  });

  it('should fail the decisions it was making closed, recover, and send each address once', async () => {
    const stores = redisStores(redis, { prefix });
    const transport = recordingTransport();
    const gate = createMailgate({ transport, stores, storeTimeoutMs: 15_000 });
    const requests = Array.from({ length: 20 }, (_, i) => request(i));
    await stores.suppressions.add(
      [{ key: 'person3@example.com', scope: 'global', reason: 'previously_bounced', source: 't' }],
      { actor: 'test' },
    );
    const id = await redis.client('ID');

    // Hold writes so that the gate's claim waits on the server, then kill its connection.
    await admin.client('PAUSE', 10_000, 'WRITE');
    const run = gate.sendBulk(requests).done();
    for (let tries = 0; tries < 200; tries++) {
      const info = String(await admin.client('LIST', 'ID', id));
      if (/cmd=evalsha/.test(info) || /flags=\S*b/.test(info)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await admin.client('KILL', 'ID', id)).toBe(1);
    await admin.client('UNPAUSE');
    const first = await run;
    expect(first.sent).toBe(0);
    expect(first.byReason.suppression_store_unavailable).toBe(19);
    expect(transport.sent).toHaveLength(0);

    // ioredis reconnects; the same mailing goes on.
    const second = await gate.sendBulk(requests).done();
    expect(second.sent).toBe(19);
    const third = await gate.sendBulk(requests).done();
    expect(third.sent).toBe(0);
    const addresses = transport.sent.map((message) => message.to[0]?.address);
    expect(new Set(addresses).size).toBe(19);
    expect(addresses).not.toContain('person3@example.com');
  });
});
