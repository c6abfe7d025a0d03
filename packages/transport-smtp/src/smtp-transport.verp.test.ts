import { parseBounce } from '@mailgate/bounces';
import { createMailgate } from '@mailgate/core';
import { useSmtpTestServer } from '@mailgate/testkit/vitest';
import { describe, expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport';

const smtp = useSmtpTestServer();

const request = {
  recipient: {
    id: 'cand-81',
    addresses: [{ address: 'ada@example.test', state: 'confirmed' as const }],
  },
  message: { from: 'jobs@agency.test', subject: 'Your interview', text: 'Tuesday at ten.' },
  context: { mode: 'individual' as const, category: 'transactional', tenant: 'acme' },
};

/** A bounce that quotes nothing of the original: no headers, no Message-ID, only the address. */
function bareBounce(to: string): string {
  return [
    `Delivered-To: ${to}`,
    'From: MAILER-DAEMON@mx.example.test',
    `To: ${to}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Tue, 3 Mar 2026 10:00:00 +0000',
    'Content-Type: text/plain',
    '',
    'I could not deliver your message to the following address.',
    '',
    '<ada@example.test>: host mx.example.test said: 550 5.1.1 <ada@example.test>: Recipient',
    '    address rejected: User unknown in virtual mailbox table',
    '',
  ].join('\r\n');
}

describe('smtpTransport with a VERP return path', () => {
  it('should send with MAIL FROM bounces+<id>@domain, and match a bounce that quotes nothing by it', async () => {
    const transport = smtpTransport({
      host: smtp.server.host,
      port: smtp.server.port,
      pool: false,
      verp: { domain: 'bounces.agency.test' },
    });
    const gate = createMailgate({ transport });
    const sent = (await gate.send(request))._unsafeUnwrap();
    const [onWire] = smtp.server.messages;
    const returnPath = `bounces+${sent.id}@bounces.agency.test`;
    expect(onWire?.from).toBe(returnPath);
    expect(onWire?.headers.from).toContain('jobs@agency.test');

    const report = parseBounce(bareBounce(returnPath));
    expect(report.kind).toBe('bounce');
    // Addresses are read back in lower case: ids are matched without case.
    expect(report.addressedTo).toEqual([returnPath.toLowerCase()]);
    expect(report.originalMessageId).toBeUndefined();
    const ingested = (await gate.ingest(report))._unsafeUnwrap();
    expect(ingested.events).toEqual([
      { result: 'applied', id: sent.id, match: 'verp', tenant: 'acme' },
    ]);
    expect((await gate.message(sent.id!))._unsafeUnwrap()).toMatchObject({
      status: 'invalid',
    });
    expect((await gate.send(request))._unsafeUnwrapErr().reason).toBe('previously_bounced');
    await gate.close();
  });

  it('should keep the envelope sender without the option, or when the message sets its own', async () => {
    const plain = smtpTransport({ host: smtp.server.host, port: smtp.server.port, pool: false });
    const gate = createMailgate({ transport: plain });
    await gate.send(request);
    expect(smtp.server.messages[0]?.from).toBe('jobs@agency.test');
    await gate.close();

    const verp = smtpTransport({
      host: smtp.server.host,
      port: smtp.server.port,
      pool: false,
      verp: { domain: 'bounces.agency.test', prefix: 'rp' },
    });
    const own = createMailgate({ transport: verp });
    await own.send({
      ...request,
      message: {
        ...request.message,
        transportOptions: { smtp: { envelopeFrom: 'own@agency.test' } },
      },
    });
    const sent = (await own.send(request))._unsafeUnwrap();
    expect(smtp.server.messages.slice(1).map((m) => m.from)).toEqual([
      'own@agency.test',
      `rp+${sent.id}@bounces.agency.test`,
    ]);
    await own.close();
  });
});
