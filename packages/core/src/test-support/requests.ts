import type { RecipientInput } from '../recipient/recipient';
import type { SendRequestInput } from '../request/request';

type RequestOverrides = {
  readonly recipient?: Partial<RecipientInput>;
  readonly message?: Partial<SendRequestInput['message']>;
  readonly context?: Partial<SendRequestInput['context']>;
};

/** A request that passes every default policy; tests change one thing at a time. */
export function aRequest(overrides: RequestOverrides = {}): SendRequestInput {
  return {
    recipient: {
      id: 'r-1',
      type: 'candidate',
      name: 'Ada Lovelace',
      addresses: [{ address: 'ada@example.com', label: 'private', state: 'confirmed' }],
      ...overrides.recipient,
    },
    message: {
      from: { address: 'jobs-team@agency.example', name: 'Agency' },
      subject: 'A vacancy for you',
      text: 'Hello Ada',
      ...overrides.message,
    },
    context: { mode: 'bulk', category: 'marketing', tenant: 'acme', ...overrides.context },
  };
}
