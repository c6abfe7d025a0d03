import { describe, expect, it } from 'vitest';
import { sv } from '../locales';
import { describeReason } from '../reasons/describe-reason';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';
import type { UndeliverableNotice } from './gate-context';

const invitation = () =>
  aRequest({
    message: { subject: 'Inbjudan till intervju', text: 'Hej Ada' },
    context: {
      mode: 'individual',
      category: 'transactional',
      sender: { id: 'recruiter-7' },
    },
  });

describe('the sender of an undelivered interview invitation (seed 002)', () => {
  it('should be told through onUndeliverable, with the message and the reason in Swedish', async () => {
    const notices: UndeliverableNotice[] = [];
    const events: string[] = [];
    const gate = createMailgate({
      transport: recordingTransport(),
      locale: 'sv',
      texts: { sv },
      hooks: {
        onUndeliverable: (notice) => notices.push(notice),
        onDeliveryEvent: (event) => events.push(event.type),
      },
    });
    const sent = (await gate.send(invitation()))._unsafeUnwrap();
    await gate.ingest({
      type: 'bounce',
      address: 'ada@example.com',
      reason: 'mailbox_disabled',
      permanent: true,
      messageId: sent.messageId!,
    });
    expect(events).toEqual(['bounce']);
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice).toMatchObject({
      status: 'bounced',
      reason: 'mailbox_disabled',
      message: { id: sent.id, actor: 'recruiter-7', recipientId: 'r-1', category: 'transactional' },
    });
    expect(notice!.text).toEqual(describeReason('mailbox_disabled', 'sv'));
    expect(notice!.text.title).not.toBe(describeReason('mailbox_disabled', 'en').title);
    // A late delivery report changes nothing, and tells nobody twice.
    await gate.ingest({ type: 'delivered', address: 'ada@example.com', messageId: sent.id! });
    expect(notices).toHaveLength(1);
  });

  it('should also be told when the receiving server refused the address while sending', async () => {
    const notices: UndeliverableNotice[] = [];
    const gate = createMailgate({
      transport: recordingTransport({
        respond: {
          status: 'failed',
          reason: 'recipient_unknown',
          permanent: true,
          retryable: false,
        },
      }),
      locale: 'sv',
      texts: { sv },
      hooks: { onUndeliverable: (notice) => notices.push(notice) },
    });
    const refused = (await gate.send(invitation()))._unsafeUnwrapErr();
    expect(refused.id).toBeDefined();
    await gate.close();
    expect(notices).toMatchObject([
      { status: 'invalid', reason: 'recipient_unknown', message: { actor: 'recruiter-7' } },
    ]);
    expect(notices[0]!.text).toEqual(describeReason('recipient_unknown', 'sv'));
  });

  it('should keep the gate working when a hook throws', async () => {
    const errors: string[] = [];
    const gate = createMailgate({
      transport: recordingTransport(),
      hooks: {
        onUndeliverable: () => {
          throw new Error('hook broke');
        },
        onError: (_error, where) => errors.push(where),
      },
    });
    const sent = (await gate.send(invitation()))._unsafeUnwrap();
    const result = await gate.ingest({
      type: 'bounce',
      address: 'ada@example.com',
      reason: 'mailbox_disabled',
      permanent: true,
      messageId: sent.id!,
    });
    expect(result._unsafeUnwrap().suppressed).toBe('previously_bounced');
    expect(errors).toEqual(['onUndeliverable']);
  });

  it('should report an async hook that rejects to onError, not as an unhandled rejection', async () => {
    const errors: string[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const gate = createMailgate({
        transport: recordingTransport(),
        hooks: {
          onOutcome: async () => {
            throw new Error('outcome hook broke');
          },
          onDeliveryEvent: async () => {
            throw new Error('event hook broke');
          },
          onUndeliverable: async () => {
            throw new Error('notice hook broke');
          },
          onError: (_error, where) => errors.push(where),
        },
      });
      const sent = (await gate.send(invitation()))._unsafeUnwrap();
      await gate.sendBulk([aRequest({ recipient: { id: 'r-2' } })]).done();
      const result = await gate.ingest({
        type: 'bounce',
        address: 'ada@example.com',
        reason: 'mailbox_disabled',
        permanent: true,
        messageId: sent.id!,
      });
      expect(result._unsafeUnwrap().suppressed).toBe('previously_bounced');
      // Rejections settle on the next turns of the event loop.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors.sort()).toEqual([
        'onDeliveryEvent',
        'onOutcome',
        'onOutcome',
        'onUndeliverable',
      ]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
