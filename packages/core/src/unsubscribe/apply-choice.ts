import { normalizeAddress } from '../address/normalize-address';
import type { Mailgate } from '../gate/create-mailgate';
import type { SuppressionStore } from '../stores/types';
import type { UnsubscribeChoice } from './preference-page';
import type { UnsubscribeToken } from './token';

/** Where an unsubscribe came from, as recorded in the ledger and on the suppression. */
export type UnsubscribeSource = 'one-click' | 'preference-page' | 'mailto';

/**
 * Applies a recipient's choice: an unsubscribe goes through `gate.ingest` (ledger,
 * address status, suppression, `onDeliveryEvent`); a resubscribe lifts the tenant's
 * unsubscribe entries for the address (all, and this type), recorded in the audit trail.
 * Answers whether it was saved.
 */
export async function applyChoice(
  options: {
    readonly gate: Pick<Mailgate, 'ingest'>;
    readonly suppressions?: SuppressionStore;
  },
  token: UnsubscribeToken,
  choice: UnsubscribeChoice,
  source: UnsubscribeSource,
): Promise<boolean> {
  if (choice === 'resubscribe') {
    const store = options.suppressions;
    const key = normalizeAddress(token.address);
    if (store === undefined || key === undefined) return false;
    const scope = { tenant: token.tenant };
    try {
      await store.lift(
        [
          { key, scope, reason: 'unsubscribed_from_all' },
          ...(token.subscriptionType === undefined
            ? []
            : [
                {
                  key,
                  scope,
                  reason: 'unsubscribed_from_type' as const,
                  subscriptionType: token.subscriptionType,
                },
              ]),
        ],
        { actor: 'recipient', note: `resubscribed on the unsubscribe page (${source})` },
      );
      return true;
    } catch {
      return false;
    }
  }
  const result = await options.gate.ingest({
    type: 'unsubscribe',
    address: token.address,
    tenant: token.tenant,
    source,
    ...(token.messageId === undefined ? {} : { messageId: token.messageId }),
    ...(choice === 'type' && token.subscriptionType !== undefined
      ? { subscriptionType: token.subscriptionType }
      : {}),
  });
  return result.isOk();
}
