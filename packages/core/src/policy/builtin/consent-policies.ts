import { details } from '../../reasons/details';
import { definePolicy } from '../define-policy';
import { describeSource, findSuppression } from './find-suppression';

/** The person asked not to get any mail sent through this platform. */
export const platformOptOutPolicy = definePolicy({
  name: 'platform-opt-out',
  evaluate(request, facts) {
    if (request.recipient.optedOutOfPlatform === true) {
      return { reason: 'recipient_opted_out_of_platform', detail: 'marked on the recipient' };
    }
    const entry = findSuppression(facts.addressSuppressions, 'recipient_opted_out_of_platform');
    return entry && { reason: 'recipient_opted_out_of_platform', detail: describeSource(entry) };
  },
});

/** The recipient's company asked not to get mail. */
export const companyOptOutPolicy = definePolicy({
  name: 'company-opt-out',
  evaluate(request) {
    const company = request.recipient.company;
    if (company?.optedOut !== true) return undefined;
    return { reason: 'company_opted_out', detail: company.id ?? company.domain ?? 'company' };
  },
});

/**
 * The owner of the address's domain asked not to receive mail from this platform. A block
 * covers the domain's subdomains: the gate looks up the parent domains too.
 */
export const domainBlockPolicy = definePolicy({
  name: 'domain-blocked',
  evaluate(request, facts) {
    const entry = findSuppression(facts.domainSuppressions, 'domain_blocked');
    if (entry === undefined) return undefined;
    const blocked = entry.key.slice(1);
    const where = blocked === request.domain ? blocked : `${request.domain}, under ${blocked},`;
    return { reason: 'domain_blocked', detail: `${where} ${describeSource(entry)}` };
  },
});

/** Unsubscribed from everything: in the recipient record or on the suppression list. */
export const unsubscribedFromAllPolicy = definePolicy({
  name: 'unsubscribed-from-all',
  evaluate(request, facts) {
    if (request.recipient.subscriptions?.all === 'unsubscribed') {
      return { reason: 'unsubscribed_from_all', detail: 'marked on the recipient' };
    }
    const entry = findSuppression(facts.addressSuppressions, 'unsubscribed_from_all');
    return entry && { reason: 'unsubscribed_from_all', detail: describeSource(entry) };
  },
});

/** Unsubscribed from the message's subscription type. */
export const unsubscribedFromTypePolicy = definePolicy({
  name: 'unsubscribed-from-type',
  evaluate(request, facts) {
    const type = request.context.subscriptionType;
    if (type === undefined) return undefined;
    if (request.recipient.subscriptions?.byType?.[type] === 'unsubscribed') {
      return { reason: 'unsubscribed_from_type', detail: type };
    }
    const entry = findSuppression(facts.addressSuppressions, 'unsubscribed_from_type', type);
    return (
      entry && { reason: 'unsubscribed_from_type', detail: `${type}, ${describeSource(entry)}` }
    );
  },
});

/**
 * Double opt-in not completed: the address is not confirmed yet, or the subscription
 * (to everything or to this type) is still pending.
 */
export const optInPolicy = definePolicy({
  name: 'opt-in-unconfirmed',
  evaluate(request) {
    const state = request.addressState;
    if (state === 'unconfirmed' || state === 'confirmation_requested') {
      return { reason: 'opt_in_unconfirmed', detail: details.addressNotConfirmed(state) };
    }
    const subscriptions = request.recipient.subscriptions;
    const type = request.context.subscriptionType;
    if (
      subscriptions?.all === 'pending' ||
      (type !== undefined && subscriptions?.byType?.[type] === 'pending')
    ) {
      return { reason: 'opt_in_unconfirmed', detail: details.subscriptionPending() };
    }
    return undefined;
  },
});
