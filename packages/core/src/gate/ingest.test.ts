import { describe, expect, it } from 'vitest';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';
import type { DeliveryEvent } from './ingest';

function setup() {
  const stores = memoryStores();
  const gate = createMailgate({ transport: recordingTransport(), stores });
  return { gate, stores };
}

describe('ingest', () => {
  it('should suppress an address after a hard bounce, so the next send is refused', async () => {
    const { gate } = setup();
    const result = await gate.ingest({
      type: 'bounce',
      address: 'ADA@example.com',
      tenant: 'acme',
      reason: 'recipient_unknown',
      permanent: true,
    });
    expect(result._unsafeUnwrap()).toMatchObject({ suppressed: 'previously_bounced' });
    expect((await gate.send(aRequest()))._unsafeUnwrapErr().reason).toBe('previously_bounced');
  });

  it('should record a global bounce for every tenant', async () => {
    const { gate } = setup();
    await gate.ingest({
      type: 'bounce',
      address: 'ada@example.com',
      reason: 'mailbox_disabled',
      permanent: true,
      scope: 'global',
    });
    expect((await gate.check(aRequest()))._unsafeUnwrapErr().reason).toBe('globally_bounced');
  });

  it('should not suppress after a soft bounce or a sender-side refusal', async () => {
    const { gate } = setup();
    const soft = await gate.ingest({
      type: 'bounce',
      address: 'ada@example.com',
      tenant: 'acme',
      reason: 'mailbox_full',
      permanent: false,
    });
    const blocked = await gate.ingest({
      type: 'bounce',
      address: 'ada@example.com',
      tenant: 'acme',
      reason: 'sender_blocked',
      permanent: true,
    });
    expect(soft._unsafeUnwrap().suppressed).toBeUndefined();
    expect(blocked._unsafeUnwrap().suppressed).toBeUndefined();
    expect((await gate.check(aRequest())).isOk()).toBe(true);
  });

  it('should suppress after a complaint, but not after a DMARC failure report', async () => {
    const { gate } = setup();
    const dmarc = await gate.ingest({
      type: 'complaint',
      address: 'ada@example.com',
      tenant: 'acme',
      feedbackType: 'auth-failure',
    });
    expect(dmarc._unsafeUnwrap().suppressed).toBeUndefined();
    await gate.ingest({
      type: 'complaint',
      address: 'ada@example.com',
      tenant: 'acme',
      feedbackType: 'abuse',
    });
    expect((await gate.check(aRequest()))._unsafeUnwrapErr().reason).toBe('previously_complained');
  });

  it('should record an unsubscribe from one type', async () => {
    const { gate } = setup();
    await gate.ingest({
      type: 'unsubscribe',
      address: 'ada@example.com',
      tenant: 'acme',
      subscriptionType: 'vacancies',
    });
    expect(
      (
        await gate.check(aRequest({ context: { subscriptionType: 'vacancies' } }))
      )._unsafeUnwrapErr().reason,
    ).toBe('unsubscribed_from_type');
    expect((await gate.check(aRequest({ context: { subscriptionType: 'news' } }))).isOk()).toBe(
      true,
    );
  });

  it('should refuse a malformed event and change nothing', async () => {
    const { gate, stores } = setup();
    for (const event of [
      null,
      'bounce',
      { type: 'bounce', address: 'ada@example.com' },
      { type: 'explode', address: 'a@b.c' },
      { type: 'complaint', address: 'not an address' },
    ]) {
      expect((await gate.ingest(event as DeliveryEvent)).isErr()).toBe(true);
    }
    expect((await stores.suppressions.list()).items).toHaveLength(0);
  });

  it('should refuse an address carrying a header injection rather than answer it suppressed', async () => {
    const { gate, stores } = setup();
    const injected = 'ada@example.com\r\nBcc: all@example.com';
    const result = await gate.ingest([
      { type: 'complaint', address: 'bob@example.com', tenant: 'acme' },
      { type: 'complaint', address: injected, tenant: 'acme' },
    ]);
    expect(result._unsafeUnwrapErr()).toMatchObject({
      type: 'invalid_event',
      field: 'events[1].address',
    });
    expect((await stores.suppressions.list()).items).toHaveLength(0);
    expect((await gate.messages({ tenant: 'acme' }))._unsafeUnwrap().items).toHaveLength(0);
    const status = await gate.addressStatus(injected, { tenant: 'acme' });
    expect(status._unsafeUnwrapErr()).toMatchObject({ type: 'invalid_argument', field: 'address' });
  });

  it('should say so when the store fails', async () => {
    const stores = memoryStores();
    const gate = createMailgate({
      transport: recordingTransport(),
      stores: {
        suppressions: { ...stores.suppressions, add: () => Promise.reject(new Error('down')) },
      },
    });
    const result = await gate.ingest({
      type: 'complaint',
      address: 'ada@example.com',
      tenant: 'acme',
    });
    expect(result._unsafeUnwrapErr().type).toBe('store_unavailable');
  });

  it.each([
    ['a complaint', { type: 'complaint' }, 'previously_complained'],
    ['an unsubscribe', { type: 'unsubscribe' }, 'unsubscribed_from_all'],
  ] as const)(
    'should apply %s with global scope to every tenant',
    async (_name, fields, reason) => {
      const { gate, stores } = setup();
      const result = await gate.ingest({ ...fields, address: 'ada@example.com', scope: 'global' });
      expect(result._unsafeUnwrap()).toMatchObject({ suppressed: reason });
      for (const tenant of ['acme', 'globex']) {
        const outcome = await gate.check(aRequest({ context: { tenant } }));
        expect(outcome._unsafeUnwrapErr()).toMatchObject({
          reason,
          detail: expect.stringContaining('global list'),
        });
      }
      expect((await stores.suppressions.list()).items).toMatchObject([{ scope: 'global' }]);
    },
  );

  it.each([
    ['bounce', { type: 'bounce', reason: 'recipient_unknown', permanent: true }],
    ['complaint', { type: 'complaint' }],
    ['unsubscribe', { type: 'unsubscribe', subscriptionType: 'news' }],
    ['delivered', { type: 'delivered' }],
    [
      'tenant-scoped bounce',
      { type: 'bounce', reason: 'recipient_unknown', permanent: true, scope: 'tenant' },
    ],
  ] as const)(
    'should refuse a %s event without a tenant, naming the field, and change nothing',
    async (_name, fields) => {
      const { gate, stores } = setup();
      const result = await gate.ingest({ ...fields, address: 'ada@example.com' });
      expect(result._unsafeUnwrapErr()).toMatchObject({
        type: 'invalid_event',
        field: 'tenant',
        message: expect.stringMatching(/^tenant: required/),
      });
      expect((await stores.suppressions.list()).items).toHaveLength(0);
      expect((await gate.check(aRequest({ context: { tenant: 'default' } }))).isOk()).toBe(true);
    },
  );

  it.each([
    ['a misspelt field', { type: 'unsubscribe', subscription_type: 'news' }, 'subscription_type'],
    ['a field of another event type', { type: 'complaint', permanent: true }, 'permanent'],
    ['a bounce reason on a complaint', { type: 'complaint', reason: 'spam_complaint' }, 'reason'],
    ['an unknown scope', { type: 'complaint', scope: 'platform' }, 'scope'],
  ] as const)('should refuse %s by name rather than drop it', async (_name, fields, field) => {
    const { gate, stores } = setup();
    const event = { ...fields, address: 'ada@example.com', tenant: 'acme' };
    const result = await gate.ingest(event as unknown as DeliveryEvent);
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'invalid_event', field });
    expect((await stores.suppressions.list()).items).toHaveLength(0);
  });

  it('should name an unknown field by a short printable excerpt of its key', async () => {
    const { gate } = setup();
    const key = `x\r\n${'k'.repeat(100_000)}`;
    const event = { type: 'complaint', address: 'ada@example.com', tenant: 'acme', [key]: 1 };
    const result = await gate.ingest(event as unknown as DeliveryEvent);
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ type: 'invalid_event', field: '"x??kkkkkkkkkkkkk…"' });
    expect(error.message.length).toBeLessThan(100);
  });
});
