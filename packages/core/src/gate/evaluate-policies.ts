import type { NotSent } from '../outcome';
import type { Policy, PolicyFacts, PolicyRequest } from '../policy/policy';
import { reasonInfo } from '../reasons/reason-info';
import type { Stage } from '../reasons/reason-types';
import { NONE, notSent } from './not-sent';
import { errorMessage } from './with-timeout';

/**
 * Runs the policies in order. With `all`, collects every blocking reason (for
 * `explain`); otherwise stops at the first. A policy that throws blocks the message
 * with `policy_failed`: when mailgate cannot know, it does not send.
 */
export function evaluatePolicies(
  policies: readonly Policy[],
  request: PolicyRequest,
  facts: PolicyFacts,
  display: string,
  all: boolean,
): readonly NotSent[] {
  // Allocated on the first verdict: most requests get none.
  let found: NotSent[] | undefined;
  for (const policy of policies) {
    let outcome: NotSent | undefined;
    try {
      const verdict = policy.evaluate(request, facts);
      if (verdict !== undefined) {
        outcome = notSent(verdict.reason, policyStage(verdict.reason), {
          recipientId: request.recipient.id,
          address: display,
          policy: policy.name,
          detail: verdict.detail,
          idempotencyKey: request.context.idempotencyKey,
        });
      }
    } catch (error) {
      outcome = notSent('policy_failed', 'policy', {
        recipientId: request.recipient.id,
        address: display,
        policy: policy.name,
        detail: errorMessage(error),
        idempotencyKey: request.context.idempotencyKey,
      });
    }
    if (outcome !== undefined) {
      if (found === undefined) found = [outcome];
      else found.push(outcome);
      if (!all) return found;
    }
  }
  return found ?? NONE;
}

/**
 * Address checks written as policies (role, disposable) still belong to the resolve
 * stage; everything else a policy decides is the `policy` stage, whatever the reason's
 * usual stage.
 */
function policyStage(reason: NotSent['reason']): Stage {
  return reasonInfo[reason].stage === 'resolve' ? 'resolve' : 'policy';
}
