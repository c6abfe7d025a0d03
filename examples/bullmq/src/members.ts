import type { SendRequestInput } from '@mailgate/core';

/** The members to mail, as a database cursor would give them: one at a time. */
export async function* members(count: number): AsyncGenerator<SendRequestInput> {
  for (let i = 0; i < count; i++) {
    yield {
      recipient: {
        id: `member-${i}`,
        type: 'candidate',
        addresses: [{ address: `member.${i}@example.test`, state: 'confirmed' }],
      },
      message: {
        from: { address: 'news@agency.example', name: 'The agency' },
        subject: 'The vacancies of the week',
        text: `Hello member ${i}, here are this week's vacancies.`,
      },
      context: { mode: 'bulk', category: 'marketing', tenant: 'acme' },
    };
  }
}
