import {
  companyOptOutPolicy,
  domainBlockPolicy,
  optInPolicy,
  platformOptOutPolicy,
  unsubscribedFromAllPolicy,
  unsubscribedFromTypePolicy,
} from './builtin/consent-policies';
import {
  type FrequencyCapOptions,
  frequencyCapPolicy,
  type MonthlyQuotaOptions,
  monthlyQuotaPolicy,
  type SunsetOptions,
  sunsetPolicy,
} from './builtin/counter-policies';
import { bouncePolicy, complaintPolicy, flaggedInvalidPolicy } from './builtin/feedback-policies';
import {
  disposableAddressPolicy,
  groupPolicy,
  roleAddressPolicy,
  senderDeletedPolicy,
  statusPolicy,
} from './builtin/record-policies';
import { exceptForCategory, onlyForCategory, onlyInBulk } from './combinators';
import type { Policy } from './policy';

/** Options of `defaultPolicies`: the caps, quota and sunset period, and which categories are transactional. */
export interface DefaultPolicyOptions {
  /** Cap mailings per address; off unless set. */
  readonly frequencyCap?: FrequencyCapOptions;
  /** The tenant's monthly sending limit; off unless set. */
  readonly monthlyQuota?: MonthlyQuotaOptions;
  /** Stop marketing to recipients who stopped engaging; `false` turns it off. */
  readonly sunset?: SunsetOptions | false;
  /** Categories exempt from consent rules (default: ['transactional']). */
  readonly transactionalCategories?: readonly string[];
}

/**
 * The built-in policy set, in the order `explain` reports reasons in:
 *
 * 1. `sender-deleted` — the run itself can't go out;
 * 2. what the person, company or domain asked for: `platform-opt-out`,
 *    `previously-complained`, `company-opt-out`, `domain-blocked`,
 *    `unsubscribed-from-all`, `unsubscribed-from-type`;
 * 3. what earlier deliveries taught: `previously-bounced`, `address-flagged-invalid`;
 * 4. the address itself: `disposable-address` (once `useDisposableDomains` gave a list),
 *    `role-address` (marketing only);
 * 5. the host's own marks, for mailings from a list only: `status-forbids-mailings`,
 *    `group-forbids-mailings`;
 * 6. consent not yet confirmed: `opt-in-unconfirmed`;
 * 7. volume: `low-engagement` (marketing mailings), `frequency-cap`, `monthly-quota`.
 *
 * Unsubscribes and unconfirmed opt-ins don't stop transactional mail (a password reset,
 * an interview invitation); opt-outs from the platform, complaints, blocked domains
 * and companies, and bounces stop everything. A message sent individually from a
 * record's page is stopped like any other: only the host's own marks (5) step aside.
 */
export function defaultPolicies(options: DefaultPolicyOptions = {}): Policy[] {
  const transactional = options.transactionalCategories ?? ['transactional'];
  const consent = (policy: Policy) => exceptForCategory(transactional, policy);
  const policies: Policy[] = [
    senderDeletedPolicy,
    platformOptOutPolicy,
    complaintPolicy,
    companyOptOutPolicy,
    domainBlockPolicy,
    consent(unsubscribedFromAllPolicy),
    consent(unsubscribedFromTypePolicy),
    bouncePolicy,
    flaggedInvalidPolicy,
    disposableAddressPolicy,
    onlyForCategory('marketing', roleAddressPolicy),
    onlyInBulk(statusPolicy),
    onlyInBulk(groupPolicy),
    consent(optInPolicy),
  ];
  if (options.sunset !== false)
    policies.push(onlyInBulk(onlyForCategory('marketing', sunsetPolicy(options.sunset))));
  if (options.frequencyCap) policies.push(frequencyCapPolicy(options.frequencyCap));
  if (options.monthlyQuota) policies.push(monthlyQuotaPolicy(options.monthlyQuota));
  return policies;
}
