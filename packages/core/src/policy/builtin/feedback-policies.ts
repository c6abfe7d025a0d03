import { definePolicy } from '../define-policy';
import { describeSource, findSuppression } from './find-suppression';

/** The recipient marked earlier mail as spam. */
export const complaintPolicy = definePolicy({
  name: 'previously-complained',
  evaluate(_request, facts) {
    const entry = findSuppression(facts.addressSuppressions, 'previously_complained');
    return entry && { reason: 'previously_complained', detail: describeSource(entry) };
  },
});

/**
 * The address hard-bounced before: on this tenant's list (`previously_bounced`), or on
 * the platform's global one (`globally_bounced`). The tenant's own bounce is the more
 * specific answer, so it wins.
 */
export const bouncePolicy = definePolicy({
  name: 'previously-bounced',
  evaluate(_request, facts) {
    const entries = facts.addressSuppressions;
    if (entries === undefined) return undefined;
    let global: (typeof entries)[number] | undefined;
    for (const entry of entries) {
      if (entry.reason !== 'previously_bounced') continue;
      if (entry.scope !== 'global')
        return { reason: 'previously_bounced', detail: describeSource(entry) };
      global ??= entry;
    }
    return global && { reason: 'globally_bounced', detail: describeSource(global) };
  },
});

/** The host (or an earlier ingest) flagged the address invalid on the suppression list. */
export const flaggedInvalidPolicy = definePolicy({
  name: 'address-flagged-invalid',
  evaluate(_request, facts) {
    const entry = findSuppression(facts.addressSuppressions, 'address_flagged_invalid');
    return entry && { reason: 'address_flagged_invalid', detail: describeSource(entry) };
  },
});
