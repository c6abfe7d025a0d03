import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

const ERASURE_KEY = 'a test key of at least 16 bytes';
const acme = { tenant: 'acme' } as const;

describe('address changes (seeds 002 and 004)', () => {
  it('should start the new address afresh, keep the old one, and show the change in the history', async () => {
    let now = Date.UTC(2026, 2, 1);
    const gate = createMailgate({ transport: recordingTransport(), now: () => now });
    await gate.ingest({
      type: 'bounce',
      address: 'ada@example.com',
      tenant: 'acme',
      reason: 'mailbox_disabled',
      permanent: true,
    });
    expect((await gate.addressStatus('ada@example.com', acme))._unsafeUnwrap().status).toBe(
      'problem',
    );
    now += 60_000;
    const changed = await gate.changeAddress({
      tenant: 'acme',
      recipientId: 'r-1',
      from: 'ADA@example.com',
      to: 'ada@new.example',
      actor: 'admin-3',
    });
    expect(changed.isOk()).toBe(true);
    expect((await gate.addressStatus('ada@new.example', acme))._unsafeUnwrap()).toMatchObject({
      status: 'unconfirmed',
      confirmation: 'unconfirmed',
    });
    expect((await gate.addressStatus('ada@example.com', acme))._unsafeUnwrap().status).toBe(
      'problem',
    );
    expect((await gate.addressHistory('r-1', acme))._unsafeUnwrap()).toEqual([
      {
        tenant: 'acme',
        recipientId: 'r-1',
        from: 'ada@example.com',
        to: 'ada@new.example',
        actor: 'admin-3',
        at: now,
      },
    ]);
    const requested = await gate.setConfirmation({
      tenant: 'acme',
      address: 'ada@new.example',
      state: 'confirmation_requested',
    });
    expect(requested._unsafeUnwrap().status).toBe('confirmation_requested');
    now += 60_000;
    await gate.setConfirmation({ tenant: 'acme', address: 'ada@new.example', state: 'confirmed' });
    expect((await gate.addressStatus('ada@new.example', acme))._unsafeUnwrap().status).toBe(
      'confirmed',
    );
    const send = await gate.send(
      aRequest({ recipient: { addresses: [{ address: 'ada@new.example', state: 'confirmed' }] } }),
    );
    expect(send.isOk()).toBe(true);
  });

  it('should refuse a change without who made it, by name, and record nothing', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    const result = await gate.changeAddress({
      tenant: 'acme',
      recipientId: 'r-1',
      to: 'ada@new.example',
    } as never);
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'invalid_argument', field: 'actor' });
    expect((await gate.addressHistory('r-1', acme))._unsafeUnwrap()).toEqual([]);
  });
});

describe('forget (right to erasure)', () => {
  it('should leave no trace of the address in any query, yet keep it from being mailed', async () => {
    const stores = memoryStores();
    const gate = createMailgate({
      transport: recordingTransport(),
      stores,
      erasureKey: ERASURE_KEY,
    });
    const sent = (await gate.send(aRequest()))._unsafeUnwrap();
    await stores.suppressions.add(
      [
        {
          key: 'ada@example.com',
          scope: 'global',
          reason: 'unsubscribed_from_type',
          subscriptionType: 'news',
          source: 'form',
        },
      ],
      { actor: 'admin-3', note: 'ada@example.com asked by phone' },
    );
    await gate.changeAddress({
      tenant: 'acme',
      recipientId: 'r-1',
      to: 'ada@example.com',
      actor: 'ada',
    });
    await gate.ingest({ type: 'opened', address: 'ada@example.com', messageId: sent.id! });
    await gate.ingest({ type: 'complaint', address: 'ada@example.com', messageId: sent.id! });
    const listed = async () => [
      ...(await stores.suppressions.list()).items,
      ...(await stores.suppressions.audit()).items,
    ];
    expect(JSON.stringify(await listed())).toContain('ada@example.com');
    const other = (
      await gate.send(
        aRequest({ recipient: { id: 'r-2', addresses: [{ address: 'bob@example.com' }] } }),
      )
    )._unsafeUnwrap();

    const kept = (await gate.forget('Ada@Example.com'))._unsafeUnwrap();
    expect(kept.hash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(JSON.stringify(kept)).not.toContain('ada');

    expect((await gate.message(sent.id!))._unsafeUnwrap()).toBeUndefined();
    expect((await gate.messages({ address: 'ada@example.com' }))._unsafeUnwrap().items).toEqual([]);
    const all = (await gate.messages({ tenant: 'acme' }))._unsafeUnwrap().items;
    expect(all.map((message) => message.id)).toEqual([other.id]);
    expect(JSON.stringify(all)).not.toContain('ada@');
    expect((await gate.addressStatus('ada@example.com', acme))._unsafeUnwrap()).toMatchObject({
      status: 'unconfirmed',
    });
    expect((await gate.addressHistory('r-1', acme))._unsafeUnwrap()).toEqual([]);
    // The suppression list and its audit keep what happened, under the hash only.
    const suppressions = await listed();
    expect(JSON.stringify(suppressions)).not.toContain('ada@');
    expect(suppressions.map((entry) => [entry.key, entry.reason])).toEqual(
      expect.arrayContaining([
        [kept.hash, 'previously_complained'],
        [kept.hash, 'unsubscribed_from_type'],
      ]),
    );
    expect((await stores.suppressions.audit({ key: 'ada@example.com' })).items).toEqual([]);

    const again = (await gate.send(aRequest()))._unsafeUnwrapErr();
    expect(again).toMatchObject({ reason: 'unsubscribed_from_all' });
    expect(again.detail).toContain('erasure');
    // The refusal is not recorded under the address either.
    expect((await gate.messages({ address: 'ada@example.com' }))._unsafeUnwrap().items).toEqual([]);
  });

  it('should keep the address blocked and say so when the suppression list fails to forget', async () => {
    const stores = memoryStores();
    let down = true;
    const gate = createMailgate({
      transport: recordingTransport(),
      erasureKey: ERASURE_KEY,
      stores: {
        ...stores,
        suppressions: {
          ...stores.suppressions,
          forget: (entries) =>
            down ? Promise.reject(new Error('down')) : stores.suppressions.forget(entries),
        },
      },
    });
    await gate.ingest({ type: 'complaint', address: 'ada@example.com', tenant: 'acme' });
    const failed = (await gate.forget('ada@example.com'))._unsafeUnwrapErr();
    expect(failed).toMatchObject({ type: 'store_unavailable' });
    expect(failed.message).toContain('forget again');
    expect((await gate.send(aRequest())).isErr()).toBe(true);
    down = false;
    expect((await gate.forget('ada@example.com')).isOk()).toBe(true);
    expect(JSON.stringify((await stores.suppressions.list()).items)).not.toContain('ada@');
    expect((await gate.send(aRequest()))._unsafeUnwrapErr().reason).toBe('unsubscribed_from_all');
  });

  it('should answer a typed error without an erasure key', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    expect((await gate.forget('ada@example.com'))._unsafeUnwrapErr().type).toBe(
      'erasure_key_missing',
    );
  });
});

describe('address status and the suppression list', () => {
  it('should drop a problem once its suppressions are lifted, and keep it while one stands', async () => {
    const stores = memoryStores();
    const gate = createMailgate({ transport: recordingTransport(), stores });
    const at = Date.UTC(2026, 2, 1);
    await gate.ingest([
      { type: 'unsubscribe', address: 'ada@example.com', tenant: 'acme', at, source: 'test' },
      { type: 'complaint', address: 'bo@example.com', tenant: 'acme', at, source: 'test' },
    ]);
    expect((await gate.addressStatus('ada@example.com', acme))._unsafeUnwrap()).toMatchObject({
      status: 'problem',
      problem: { kind: 'unsubscribed' },
    });

    // The person resubscribed: the entry is lifted, the address is no problem any more.
    const lifted = await stores.suppressions.lift([{ key: 'ada@example.com', scope: acme }], {
      actor: 'recipient',
      note: 'resubscribed',
    });
    expect(lifted).toBe(1);
    const ada = (await gate.addressStatus('ada@example.com', acme))._unsafeUnwrap();
    expect(ada).toEqual({
      tenant: 'acme',
      address: 'ada@example.com',
      status: 'unconfirmed',
      confirmation: 'unconfirmed',
    });
    const sent = await gate.send(aRequest());
    expect(sent.isOk()).toBe(true);

    // Lifting another reason's entry leaves the complaint standing.
    await stores.suppressions.lift(
      [{ key: 'bo@example.com', scope: acme, reason: 'unsubscribed_from_all' }],
      { actor: 'admin' },
    );
    expect((await gate.addressStatus('bo@example.com', acme))._unsafeUnwrap()).toMatchObject({
      status: 'problem',
      problem: { kind: 'complained' },
    });
  });
});
