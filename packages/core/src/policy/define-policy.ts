import type { Policy } from './policy';

/** Identity helper that types a policy object; reads better than a bare literal. */
export function definePolicy(policy: Policy): Policy {
  return policy;
}
