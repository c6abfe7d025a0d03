import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SendRequestInput } from '@mailgate/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createMailgateFromConfig } from './create-mailgate-from-config';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function gateOn(dataDir: string) {
  const built = await createMailgateFromConfig({
    // Port 9 (discard) on loopback: nothing listens, so a send fails fast and is recorded.
    env: { MAILGATE_TRANSPORT: 'smtp://127.0.0.1:9', MAILGATE_STORE: `pglite:${dataDir}` },
  });
  return built._unsafeUnwrap();
}

// PGlite starts twice (initdb in WebAssembly): seconds each, a minute or more on a busy machine.
describe('MAILGATE_STORE on a database', () => {
  it('should keep the delivery ledger and the mailings there too, across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mailgate-config-ledger-'));
    folders.push(dataDir);
    const first = await gateOn(dataDir);
    const request: SendRequestInput = {
      recipient: { id: 'r-1', type: 'candidate', addresses: [{ address: 'ada@example.com' }] },
      message: { from: 'jobs@agency.example', subject: 'A vacancy', text: 'Hello' },
      context: { mode: 'bulk', category: 'transactional', tenant: 'acme' },
    };
    const outcome = await first.send(request);
    const id = outcome.isOk() ? outcome.value.id : outcome.error.id;
    expect(id).toBeDefined();
    await first
      .sendBulk([{ ...request, recipient: { ...request.recipient, id: 'r-2' } }], {
        mailing: { id: 'm-1', tenant: 'acme' },
      })
      .done();
    expect((await first.pauseMailing('m-1', { tenant: 'acme' })).isOk()).toBe(true);
    await first.close();

    const second = await gateOn(dataDir);
    const message = await second.message(id!);
    expect(message._unsafeUnwrap()).toMatchObject({ id, tenant: 'acme', recipientId: 'r-1' });
    const mailing = await second.mailing('m-1', { tenant: 'acme' });
    expect(mailing._unsafeUnwrap()?.state).toBe('paused');
    await second.close();
  }, 300_000);
});
