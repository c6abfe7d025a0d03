import type { PreparedRequest } from '../gate/prepare-request';
import { hasOwnListUnsubscribe, listUnsubscribeHeaders } from './list-unsubscribe-headers';
import type { ResolvedUnsubscribe } from './unsubscribe-config';

/**
 * The unsubscribe headers a message gets from the gate: only messages of the configured
 * categories, and not when the host set its own `List-Unsubscribe` (then `undefined`).
 */
export function unsubscribeHeadersFor(
  config: ResolvedUnsubscribe | undefined,
  prepared: PreparedRequest,
  id: string,
  clock: { now(): number },
): Promise<Record<string, string>> | undefined {
  const { message, context } = prepared.request;
  // `undefined` at once (nothing to await) for the messages that get no headers.
  if (config === undefined || !config.categories.has(context.category)) return undefined;
  if (hasOwnListUnsubscribe(message.headers)) return undefined;
  const address = prepared.policyRequest?.address ?? prepared.display!;
  return listUnsubscribeHeaders(
    config,
    {
      tenant: context.tenant,
      address,
      messageId: id,
      ...(context.subscriptionType === undefined
        ? {}
        : { subscriptionType: context.subscriptionType }),
    },
    clock.now(),
  );
}
