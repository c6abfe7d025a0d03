import { createMailgate, memoryStores, type Outcome, type Transport } from '@mailgate/core';

/**
 * The host application: it is handed a transport and knows nothing else of it. It sends
 * to three recipients — one who can get mail, one whose address is broken, one who
 * bounced before — and keeps the outcomes.
 */
export async function hostApplication(transport: Transport): Promise<Outcome[]> {
  const stores = memoryStores();
  await stores.suppressions.add(
    [
      {
        key: 'bounced@example.com',
        scope: { tenant: 'acme' },
        reason: 'previously_bounced',
        source: 'bounce',
      },
    ],
    { actor: 'host' },
  );
  const gate = createMailgate({ transport, stores });
  const outcomes: Outcome[] = [];
  for (const [id, address] of [
    ['ada', 'ada@example.com'],
    ['broken', 'broken@@example.com'],
    ['bounced', 'bounced@example.com'],
  ] as const) {
    const result = await gate.send({
      recipient: { id, type: 'candidate', addresses: [{ address }] },
      message: {
        from: { address: 'jobs@agency.example', name: 'Agency' },
        subject: 'A vacancy',
        text: 'Hello',
      },
      context: { mode: 'individual', category: 'transactional', tenant: 'acme' },
    });
    outcomes.push(result.isOk() ? result.value : result.error);
  }
  await gate.close();
  return outcomes;
}
