import { describe, expect, it } from 'vitest';
import { createMailgate } from '../gate/create-mailgate';
import { memoryStores } from '../stores/memory-stores';
import { aRequest } from '../test-support/requests';
import { type FailoverEvent, failoverTransport, shouldFailOver } from './failover-transport';
import { recordingTransport } from './recording-transport';
import type { Transport, TransportFailed, TransportMessage } from './transport';

const message: TransportMessage = {
  from: { address: 'sender@example.test' },
  to: [{ address: 'someone@example.test' }],
  subject: 'Hello',
  text: 'Hi',
};

const failure = (
  reason: TransportFailed['reason'],
  name: string,
  extra: Partial<TransportFailed> = {},
): TransportFailed => ({
  status: 'failed',
  reason,
  permanent: false,
  retryable: true,
  provider: { name, code: `${name}-${reason}` },
  ...extra,
});

describe('failoverTransport', () => {
  it('should move on to the next transport when the first fails to authenticate', async () => {
    const graph = recordingTransport({
      name: 'graph',
      respond: failure('inbox_auth_failed', 'graph', { permanent: true, retryable: false }),
    });
    const smtp = recordingTransport({ name: 'smtp' });
    const events: FailoverEvent[] = [];
    const transport = failoverTransport([graph, smtp], { onFailover: (e) => events.push(e) });

    const result = await transport.send(message);

    expect(result).toEqual({
      status: 'accepted',
      messageId: '<recorded-1@mailgate.test>',
      transport: 'smtp',
    });
    expect(graph.sent).toHaveLength(1);
    expect(smtp.sent).toHaveLength(1);
    expect(events).toEqual([
      {
        from: 'graph',
        to: 'smtp',
        failure: expect.objectContaining({ reason: 'inbox_auth_failed' }),
      },
    ]);
  });

  it.each([
    'inbox_connection_failed',
    'provider_rate_limited',
    'microsoft_timeout',
    'provider_timeout',
    'send_as_denied',
    'inbox_suspended',
    'tenant_migration_permission_error',
    'sender_mailbox_full',
    'account_suspended',
  ] as const)('should move on for %s without uncertain', async (reason) => {
    const first = recordingTransport({ name: 'first', respond: failure(reason, 'first') });
    const second = recordingTransport({ name: 'second' });
    const result = await failoverTransport([first, second]).send(message);
    expect(result.status).toBe('accepted');
    expect(second.sent).toHaveLength(1);
  });

  it.each([
    'recipient_unknown',
    'mailbox_full',
    'mailbox_disabled',
    'message_too_large',
    'rejected_as_spam',
    'invalid_recipient_address',
    'message_invalid',
    'sender_blocked',
    'unknown',
    'cancelled',
  ] as const)('should not move on for %s and keep the first answer', async (reason) => {
    const answer = failure(reason, 'graph', { permanent: true, retryable: false });
    const first = recordingTransport({ name: 'graph', respond: answer });
    const second = recordingTransport({ name: 'smtp' });
    const result = await failoverTransport([first, second]).send(message);
    expect(result).toEqual(answer);
    expect(second.sent).toHaveLength(0);
  });

  it('should never move on after an uncertain failure, even one the rule would allow', async () => {
    const answer = failure('microsoft_timeout', 'graph', { retryable: false, uncertain: true });
    const first = recordingTransport({ name: 'graph', respond: answer });
    const second = recordingTransport({ name: 'smtp' });
    const result = await failoverTransport([first, second], { shouldFailOver: () => true }).send(
      message,
    );
    expect(result).toEqual(answer);
    expect(second.sent).toHaveLength(0);
  });

  it('should treat a transport that throws as uncertain and not move on', async () => {
    const throwing: Transport = {
      specificationVersion: 'v1',
      name: 'broken',
      send: () => Promise.reject(new Error('token abc123 expired')),
    };
    const second = recordingTransport({ name: 'smtp' });
    const result = await failoverTransport([throwing, second]).send(message);
    expect(result).toMatchObject({ status: 'failed', reason: 'unknown', uncertain: true });
    expect(JSON.stringify(result)).not.toContain('abc123');
    expect(second.sent).toHaveLength(0);
  });

  it('should return the last failure, with its own reason, when every transport fails', async () => {
    const first = recordingTransport({
      name: 'graph',
      respond: failure('inbox_auth_failed', 'graph'),
    });
    const second = recordingTransport({
      name: 'smtp',
      respond: failure('inbox_connection_failed', 'smtp'),
    });
    const result = await failoverTransport([first, second]).send(message);
    expect(result).toMatchObject({
      reason: 'inbox_connection_failed',
      provider: { name: 'smtp', code: 'smtp-inbox_connection_failed' },
    });
  });

  it('should skip a failed transport during its cool-down and try it again afterwards', async () => {
    let time = 1_000;
    const first = recordingTransport({
      name: 'graph',
      respond: [failure('provider_rate_limited', 'graph'), { status: 'accepted', messageId: 'g' }],
    });
    const second = recordingTransport({ name: 'smtp' });
    const transport = failoverTransport([first, second], { coolDownMs: 500, now: () => time });

    await transport.send(message);
    expect([first.sent.length, second.sent.length]).toEqual([1, 1]);

    time += 499;
    await transport.send(message);
    expect([first.sent.length, second.sent.length]).toEqual([1, 2]);

    time += 1;
    const result = await transport.send(message);
    expect(result).toEqual({ status: 'accepted', messageId: 'g', transport: 'graph' });
    expect([first.sent.length, second.sent.length]).toEqual([2, 2]);
  });

  it("should cool down at least as long as the provider's retryAfterMs", async () => {
    let time = 0;
    const first = recordingTransport({
      name: 'graph',
      respond: failure('provider_rate_limited', 'graph', { retryAfterMs: 5_000 }),
    });
    const second = recordingTransport({ name: 'smtp' });
    const transport = failoverTransport([first, second], { coolDownMs: 100, now: () => time });
    await transport.send(message);
    time = 4_999;
    await transport.send(message);
    expect(first.sent).toHaveLength(1);
    time = 5_000;
    await transport.send(message);
    expect(first.sent).toHaveLength(2);
  });

  it('should try the transport that recovers first when all are cooling down', async () => {
    let time = 0;
    const first = recordingTransport({
      name: 'graph',
      respond: failure('provider_rate_limited', 'graph', { retryAfterMs: 9_000 }),
    });
    const second = recordingTransport({
      name: 'smtp',
      respond: failure('inbox_connection_failed', 'smtp'),
    });
    const transport = failoverTransport([first, second], { coolDownMs: 1_000, now: () => time });
    await transport.send(message);
    time = 10;
    const result = await transport.send(message);
    expect(result).toMatchObject({ reason: 'inbox_connection_failed' });
    expect([first.sent.length, second.sent.length]).toEqual([1, 2]);
  });

  it('should stop moving on once the signal is aborted', async () => {
    const controller = new AbortController();
    const first: Transport = {
      specificationVersion: 'v1',
      name: 'graph',
      async send() {
        controller.abort();
        return failure('inbox_connection_failed', 'graph');
      },
    };
    const second = recordingTransport({ name: 'smtp' });
    const result = await failoverTransport([first, second]).send(message, {
      signal: controller.signal,
    });
    expect(result).toMatchObject({ reason: 'inbox_connection_failed' });
    expect(second.sent).toHaveLength(0);
  });

  it('should report the deciding reason through the gate', async () => {
    const first = recordingTransport({
      name: 'graph',
      respond: failure('provider_rate_limited', 'graph'),
    });
    const second = recordingTransport({
      name: 'smtp',
      respond: failure('recipient_unknown', 'smtp', { permanent: true, retryable: false }),
    });
    const gate = createMailgate({
      transport: failoverTransport([first, second]),
      stores: memoryStores(),
    });
    const outcome = await gate.send(aRequest({ context: { mode: 'individual' } }));
    expect(outcome.isErr()).toBe(true);
    expect(outcome._unsafeUnwrapErr()).toMatchObject({
      reason: 'recipient_unknown',
      stage: 'transport',
      provider: { name: 'smtp', code: 'smtp-recipient_unknown' },
    });
  });

  it('should name the transport that accepted the message in the sent outcome', async () => {
    const first = recordingTransport({
      name: 'graph',
      respond: failure('inbox_auth_failed', 'graph'),
    });
    const second = recordingTransport({ name: 'smtp' });
    const gate = createMailgate({ transport: failoverTransport([first, second]) });
    const outcome = await gate.send(aRequest({ context: { mode: 'individual' } }));
    expect(outcome._unsafeUnwrap()).toMatchObject({ status: 'sent', transport: 'smtp' });
  });

  it('should close every transport and verify as ok when one verifies', async () => {
    let closed = 0;
    const make = (name: string, ok: boolean): Transport => ({
      specificationVersion: 'v1',
      name,
      send: async () => ({ status: 'accepted' }),
      verify: async () => (ok ? { status: 'ok' } : failure('inbox_auth_failed', name)),
      close: () => {
        closed++;
      },
    });
    const both = failoverTransport([make('a', false), make('b', true)]);
    expect(await both.verify?.()).toEqual({ status: 'ok' });
    const none = failoverTransport([make('a', false), make('b', false)]);
    expect(await none.verify?.()).toMatchObject({ reason: 'inbox_auth_failed' });
    await both.close?.();
    expect(closed).toBe(2);
  });

  it('should answer shouldFailOver from the reason category', () => {
    expect(shouldFailOver(failure('provider_rate_limited', 'x'))).toBe(true);
    expect(shouldFailOver(failure('recipient_unknown', 'x'))).toBe(false);
    expect(shouldFailOver(failure('inbox_connection_failed', 'x', { uncertain: true }))).toBe(
      false,
    );
  });
});
