import type { SendMode } from '../request/request';
import type { Policy, PolicyRequest } from './policy';

/** Applies `policy` only to requests for which `applies` is true. */
export function when(
  applies: (request: PolicyRequest) => boolean,
  policy: Policy,
  name: string = policy.name,
): Policy {
  return {
    name,
    counterKeys:
      policy.counterKeys && ((request) => (applies(request) ? policy.counterKeys!(request) : [])),
    countersOnSend:
      policy.countersOnSend &&
      ((request) => (applies(request) ? policy.countersOnSend!(request) : [])),
    evaluate: (request, facts) => (applies(request) ? policy.evaluate(request, facts) : undefined),
  };
}

/** Only for mailings from a list; a message sent from a record's own page is not stopped. */
export function onlyInMode(mode: SendMode, policy: Policy): Policy {
  return when((request) => request.context.mode === mode, policy);
}

/** The policy, applied only to bulk sends (`context.mode === 'bulk'`). */
export function onlyInBulk(policy: Policy): Policy {
  return onlyInMode('bulk', policy);
}

/** Only for messages of these categories ('marketing', …). */
export function onlyForCategory(categories: string | readonly string[], policy: Policy): Policy {
  const among = isAmong(categories);
  return when((request) => among(request.context.category), policy);
}

/** For every category but these ('transactional', …). */
export function exceptForCategory(categories: string | readonly string[], policy: Policy): Policy {
  const among = isAmong(categories);
  return when((request) => !among(request.context.category), policy);
}

/** A test for membership; one value (the usual case) is compared, not looked up. */
function isAmong(values: string | readonly string[]): (value: string) => boolean {
  const list = typeof values === 'string' ? [values] : [...values];
  if (list.length === 1) {
    const only = list[0];
    return (value) => value === only;
  }
  const set = new Set(list);
  return (value) => set.has(value);
}

/** Only for messages of these subscription types. */
export function onlyForSubscriptionType(types: string | readonly string[], policy: Policy): Policy {
  const set = new Set(typeof types === 'string' ? [types] : types);
  return when((request) => {
    const type = request.context.subscriptionType;
    return type !== undefined && set.has(type);
  }, policy);
}

/** One policy from several: the first verdict wins, in order. */
export function firstOf(name: string, policies: readonly Policy[]): Policy {
  const withCounters = policies.filter((policy) => policy.counterKeys);
  const withSends = policies.filter((policy) => policy.countersOnSend);
  return {
    name,
    counterKeys:
      withCounters.length === 0
        ? undefined
        : (request) => withCounters.flatMap((policy) => policy.counterKeys!(request)),
    countersOnSend:
      withSends.length === 0
        ? undefined
        : (request) => withSends.flatMap((policy) => policy.countersOnSend!(request)),
    evaluate(request, facts) {
      for (const policy of policies) {
        const verdict = policy.evaluate(request, facts);
        if (verdict !== undefined) return verdict;
      }
      return undefined;
    },
  };
}

/**
 * Replaces or removes policies by name in a list, keeping the order (and so the
 * order `explain` reports in). `undefined` removes the policy.
 */
export function overridePolicies(
  policies: readonly Policy[],
  overrides: Readonly<Record<string, Policy | undefined>>,
): Policy[] {
  const result: Policy[] = [];
  for (const policy of policies) {
    if (!Object.hasOwn(overrides, policy.name)) result.push(policy);
    else {
      const replacement = overrides[policy.name];
      if (replacement !== undefined) result.push(replacement);
    }
  }
  return result;
}
