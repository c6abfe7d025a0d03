import { describe, expect, it } from 'vitest';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { createMailgate } from './create-mailgate';

const ada = (tenant: string) =>
  aRequest({
    recipient: { id: 'r-1', addresses: [{ address: 'ada@example.com', state: 'confirmed' }] },
    context: { tenant, campaignId: `${tenant}-march` },
  });

/** What `parseBounce` of @mailgate/bounces answers for a DSN quoting the original's Message-ID. */
function hardBounceReport(quotedMessageId: string) {
  return {
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      {
        address: 'ada@example.com',
        event: 'failed',
        reason: 'recipient_unknown',
        permanent: true,
        enhancedCode: '5.1.1',
        replyCode: 550,
        diagnostic: '550 5.1.1 <ada@example.com>: user unknown',
      },
    ],
    originalMessageId: quotedMessageId,
  };
}

describe('a hard bounce read back from a mailbox', () => {
  it('should carry the mailgate id in X-Mailgate-Id and the Message-ID of what it sends', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const sent = (await gate.send(ada('acme')))._unsafeUnwrap();
    expect(sent.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(transport.sent[0]!.headers).toEqual({
      'X-Mailgate-Id': sent.id,
      'Message-ID': `<${sent.id}@agency.example>`,
    });
    expect((await gate.message(sent.id!))._unsafeUnwrap()).toMatchObject({
      status: 'sent',
      tenant: 'acme',
      mailingId: 'acme-march',
      providerMessageId: sent.messageId,
    });
  });

  it('should make the next mailing skip the address in the right tenant, with no host glue', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport, messageIdDomain: 'mail.agency.example' });
    await gate.send(ada('globex'));
    const sent = (await gate.send(ada('acme')))._unsafeUnwrap();
    const quoted = transport.sent[1]!.headers!['Message-ID']!.slice(1, -1);
    expect(quoted).toBe(`${sent.id}@mail.agency.example`);

    // A readBounces-shaped result: the report, as parseBounce gave it; no tenant anywhere.
    const read = {
      events: [],
      reports: [{ id: 'mbx-1', receivedAt: Date.now(), report: hardBounceReport(quoted) }],
      scanned: 1,
      unread: [],
      truncated: false,
    };
    const ingested = (await gate.ingest(read))._unsafeUnwrap();
    expect(ingested).toMatchObject({
      suppressed: 'previously_bounced',
      events: [{ result: 'applied', id: sent.id, match: 'message_id_header', tenant: 'acme' }],
    });
    expect((await gate.message(sent.id!))._unsafeUnwrap()?.status).toBe('invalid');

    const acme = await gate.sendBulk([ada('acme')]).done();
    expect(acme.byReason).toEqual({ previously_bounced: 1 });
    const globex = await gate.sendBulk([ada('globex')]).done();
    expect(globex.sent).toBe(1);
  });

  it('should accept the parseBounce report itself, and apply it once when it comes twice', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({ transport });
    const sent = (await gate.send(ada('acme')))._unsafeUnwrap();
    const report = hardBounceReport(`${sent.id}@agency.example`);
    const first = (await gate.ingest(report))._unsafeUnwrap();
    const again = (await gate.ingest(report))._unsafeUnwrap();
    expect(first.events).toMatchObject([{ result: 'applied', tenant: 'acme' }]);
    expect(again.events).toMatchObject([{ result: 'duplicate', tenant: 'acme' }]);
    const record = (await gate.message(sent.id!))._unsafeUnwrap()!;
    expect(record.events.map((event) => event.type)).toEqual(['invalid']);
  });

  it('should refuse an event that matches no message and names no tenant, and store nothing', async () => {
    const gate = createMailgate({ transport: recordingTransport() });
    const result = await gate.ingest([
      { type: 'complaint', address: 'eve@example.com', tenant: 'acme' },
      hardBounceReport('unknown@elsewhere.example'),
    ]);
    expect(result._unsafeUnwrapErr()).toMatchObject({
      type: 'invalid_event',
      field: 'events[1].tenant',
    });
    const status = (
      await gate.addressStatus('eve@example.com', { tenant: 'acme' })
    )._unsafeUnwrap();
    expect(status.status).toBe('unconfirmed');
  });
});
