// Test helper (not exported): the requests of a mailing to members of a tenant.
import type { SendRequestInput } from '@mailgate/core';

export function member(index: number): SendRequestInput {
  return {
    recipient: {
      id: `member-${index}`,
      type: 'candidate',
      addresses: [{ address: `member.${index}@example.test`, state: 'confirmed' }],
    },
    message: {
      from: { address: 'news@agency.example', name: 'Agency' },
      subject: 'The vacancies of the week',
      text: `Hello member ${index}`,
    },
    context: { mode: 'bulk', category: 'marketing', tenant: 'acme' },
  };
}

export function* members(count: number, from = 0): Generator<SendRequestInput> {
  for (let i = from; i < from + count; i++) yield member(i);
}
