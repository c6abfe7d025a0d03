/**
 * Type tests: checked by `pnpm typecheck` (tsc), not run. Each `@ts-expect-error` fails
 * the type check when the line below it compiles, so a misspelt field must stay an error.
 */
import { expectTypeOf } from 'vitest';
import type { IngestInput, Mailgate, SendRequestInput } from '../index';

declare const gate: Mailgate;

const recipient = { id: 'r-1', addresses: [{ address: 'ada@example.com' }] };
const message = { from: 'jobs@agency.example', subject: 'A vacancy', text: 'Hello' };
const context = { mode: 'bulk', category: 'marketing', tenant: 'acme' } as const;

// The request and the event are the public input types, for completion and checks.
expectTypeOf(gate.check).parameter(0).toEqualTypeOf<SendRequestInput>();
expectTypeOf(gate.explain).parameter(0).toEqualTypeOf<SendRequestInput>();
expectTypeOf(gate.send).parameter(0).toEqualTypeOf<SendRequestInput>();
expectTypeOf(gate.ingest).parameter(0).toEqualTypeOf<IngestInput>();
expectTypeOf(gate.sendBulk)
  .parameter(0)
  .toEqualTypeOf<Iterable<SendRequestInput> | AsyncIterable<SendRequestInput>>();

// A well-formed request and event compile.
void gate.send({ recipient, message, context });
// So does a request written `as const` (readonly arrays and fields at every depth).
const frozen = {
  recipient: { id: 'r-2', addresses: [{ address: 'bo@example.com', label: 'private' }] },
  message: { ...message, tags: { campaign: 'autumn' } },
  context: { ...context, idempotencyKey: 'k-2' },
} as const;
void gate.send(frozen);
void gate.sendBulk([frozen, frozen]);
void gate.ingest({ type: 'complaint', address: 'ada@example.com', tenant: 'acme' });

// A misspelt field is a compile error, in every method.
void gate.check({
  recipient,
  // @ts-expect-error `subjct` is not a field of a message
  message: { from: 'jobs@agency.example', subjct: 'A vacancy', subject: 'A vacancy' },
  context,
});
void gate.explain({
  // @ts-expect-error `adresses` is not a field of a recipient
  recipient: { id: 'r-1', addresses: [], adresses: [] },
  message,
  context,
});
// @ts-expect-error `contxt` is not a field of a request
void gate.send({ recipient, message, context, contxt: context });
void gate.send({ recipient, message, context: { ...context, mode: 'bulk' } });
void gate.send({
  recipient,
  message,
  // @ts-expect-error 'mass' is not a send mode
  context: { ...context, mode: 'mass' },
});
gate.sendBulk([
  // @ts-expect-error `idempotency_key` is not a field of a context
  { recipient, message, context: { ...context, idempotency_key: 'k' } },
]);
void gate.ingest({
  type: 'unsubscribe',
  address: 'ada@example.com',
  tenant: 'acme',
  // @ts-expect-error `subscription_type` is not a field of an unsubscribe
  subscription_type: 'news',
});
void gate.ingest({
  type: 'complaint',
  address: 'ada@example.com',
  tenant: 'acme',
  // @ts-expect-error a complaint has no `permanent`
  permanent: true,
});
