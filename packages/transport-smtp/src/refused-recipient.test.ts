import { createMailgate } from '@mailgate/core';
import { useSmtpTestServer } from '@mailgate/testkit/vitest';
import { describe, expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport';

const smtp = useSmtpTestServer();

function request(idempotencyKey: string) {
  return {
    recipient: { id: 'cand-1', addresses: [{ address: 'gone@example.test' }] },
    message: {
      from: 'jobs@sender.test',
      subject: 'A vacancy',
      text: 'Hello',
      cc: ['manager@example.test'],
    },
    context: { mode: 'individual' as const, category: 'transactional', idempotencyKey },
  };
}

describe('a request whose own recipient the SMTP server refuses', () => {
  it('should be not sent with that recipient’s reason, even when the cc was accepted', async () => {
    smtp.server.script.rcpt('gone@example.test', '550 5.1.1 User unknown');
    const transport = smtpTransport({ host: smtp.server.host, port: smtp.server.port });
    const gate = createMailgate({ transport });
    try {
      const outcome = (await gate.send(request('vacancy-7:cand-1')))._unsafeUnwrapErr();
      expect(outcome).toMatchObject({
        status: 'not_sent',
        reason: 'recipient_unknown',
        stage: 'transport',
        permanent: true,
        address: 'gone@example.test',
        provider: { name: 'smtp', code: '5.1.1', status: 550 },
      });
      expect(outcome.detail).toContain('cc/bcc');
      // The cc did get it: the key stays spent, so a retry cannot send the cc a second copy.
      expect(smtp.server.messages.map((message) => message.to)).toEqual([['manager@example.test']]);
      const retry = (await gate.send(request('vacancy-7:cand-1')))._unsafeUnwrapErr();
      expect(retry.reason).toBe('duplicate_request');

      // The refusal acted as a bounce: a bulk run skips the address, and sends nothing.
      const summary = await gate.sendBulk([request('vacancy-7:cand-1b')]).done();
      expect(summary).toMatchObject({ sent: 0, byReason: { previously_bounced: 1 } });
    } finally {
      await gate.close();
    }
  });
});
