import type { NotSent } from '../outcome';
import type { Policy, PolicyFacts, PolicyRequest } from '../policy/policy';
import { createRequestParser } from '../request/fast-parse-request';
import type { Stores, Suppression } from '../stores/types';
import { evaluatePolicies } from './evaluate-policies';
import { fetchFacts } from './fetch-facts';
import { type LedgerScreen, screenBatch } from './ledger-screen';
import { notSent } from './not-sent';
import { isUnreadable, type PreparedRequest, prepareRequest } from './prepare-request';
import type { StoreFailure } from './with-timeout';

export interface DecideOptions {
  readonly stores: Stores;
  readonly policies: readonly Policy[];
  readonly storeTimeoutMs: number;
  readonly now: number;
  /** Collect every blocking reason (explain) instead of stopping at the first. */
  readonly all: boolean;
  /**
   * Count each request that passes against the counters of the ones after it, so that a
   * batch cannot overrun a cap or a quota that none of its requests overruns alone. For
   * dry runs, where nothing can be refused; a real send checks the counters again
   * before each hand-over (`deliverBatch`).
   */
  readonly project: boolean;
  /**
   * The delivery ledger, asked beside the suppression list: a forgotten address is
   * refused, a problem only time made (a soft bounce past the window) blocks as the
   * bounce it is. Without it the ledger is not asked.
   */
  readonly ledger?: LedgerScreen;
}

/** The decision for one request: `blocked` is empty when it may be sent. */
export interface Decision {
  readonly prepared: PreparedRequest | undefined;
  readonly blocked: readonly NotSent[];
  /** What the stores said for it, when they were asked. */
  readonly facts?: PolicyFacts;
  /** Its address was forgotten: refused, and recorded without the address. */
  readonly forgotten?: boolean;
}

/**
 * Decides a batch of requests: prepares each, fetches the store facts for all of them in
 * one round trip, and runs the policies. Side-effect free; never throws.
 */
export async function decideBatch(
  inputs: readonly unknown[],
  options: DecideOptions,
): Promise<Decision[]> {
  const decisions: Decision[] = new Array(inputs.length);
  // Sized for the whole batch and cut to length after: most requests go on.
  const pending: number[] = new Array(inputs.length);
  const requests: PolicyRequest[] = new Array(inputs.length);
  const domainKeys: string[] = new Array(inputs.length);
  let count = 0;
  const prepared: (PreparedRequest | undefined)[] = new Array(inputs.length);
  const parse = createRequestParser();
  for (let i = 0; i < inputs.length; i++) {
    const current = prepareRequest(inputs[i], options.now, parse);
    if (isUnreadable(current)) {
      decisions[i] = { prepared: undefined, blocked: [current] };
      continue;
    }
    prepared[i] = current;
    const policyRequest = current.policyRequest;
    if (policyRequest !== undefined && (options.all || current.problems.length === 0)) {
      pending[count] = i;
      requests[count] = policyRequest;
      domainKeys[count] = current.domainKey!;
      count++;
    } else {
      decisions[i] = { prepared: current, blocked: current.problems };
    }
  }
  if (count === 0) return decisions;
  pending.length = count;
  requests.length = count;
  domainKeys.length = count;

  // One round trip each, side by side: the suppression list (and counters), the ledger.
  const [facts, news] = await Promise.all([
    fetchFacts(options.stores, requests, domainKeys, options.policies, options.storeTimeoutMs),
    options.ledger === undefined
      ? undefined
      : screenBatch(options.ledger, requests, options.now, options.storeTimeoutMs),
  ]);
  for (let j = 0; j < pending.length; j++) {
    const index = pending[j]!;
    const current = prepared[index]!;
    const request = requests[j]!;
    const fields = {
      recipientId: request.recipient.id,
      address: current.display,
      idempotencyKey: request.context.idempotencyKey,
    };
    if (!facts.ok || news?.ok === false) {
      const unavailable = notSent('suppression_store_unavailable', 'policy', {
        ...fields,
        detail: facts.ok
          ? `the delivery ledger did not answer (${news!.ok ? '' : news!.failure.kind}); nothing was sent rather than send a message it cannot record`
          : storeFailureDetail(facts.failure),
      });
      decisions[index] = { prepared: current, blocked: [...current.problems, unavailable] };
      continue;
    }
    if (news?.value.forgotten.has(j)) {
      const erased = notSent('unsubscribed_from_all', 'policy', {
        ...fields,
        detail:
          "the address was erased at its owner's request (right to erasure) and stays blocked",
      });
      decisions[index] = { prepared: current, blocked: [erased], forgotten: true };
      continue;
    }
    const due = news?.value.due.get(j);
    const requestFacts = due === undefined ? facts.facts[j]! : withDue(facts.facts[j]!, due);
    const blocked = evaluatePolicies(
      options.policies,
      request,
      requestFacts,
      current.display!,
      options.all,
    );
    if (options.project && blocked.length === 0 && current.problems.length === 0) {
      countAsSent(options.policies, request, requestFacts);
    }
    decisions[index] = {
      prepared: current,
      blocked: current.problems.length === 0 ? blocked : [...current.problems, ...blocked],
      facts: requestFacts,
    };
  }
  return decisions;
}

/** The facts with a suppression the ledger knows is due, as if the sweep had written it. */
function withDue(facts: PolicyFacts, due: Suppression): PolicyFacts {
  const own = facts.addressSuppressions;
  return { ...facts, addressSuppressions: own === undefined ? [due] : [...own, due] };
}

function countAsSent(
  policies: readonly Policy[],
  request: PolicyRequest,
  facts: PolicyFacts,
): void {
  const counters = facts.counters as Map<string, number> | undefined;
  if (counters === undefined) return;
  for (const policy of policies) {
    if (policy.countersOnSend === undefined) continue;
    try {
      for (const { key } of policy.countersOnSend(request))
        counters.set(key, (counters.get(key) ?? 0) + 1);
    } catch {
      // A dry run only: the real send reports a throwing countersOnSend to onError.
    }
  }
}

export function storeFailureDetail(failure: StoreFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return `a store did not answer in time (${failure.message})`;
    case 'malformed':
      return 'a store gave an answer mailgate does not understand; nothing was sent rather than guessing';
    default:
      return 'a store failed; nothing was sent rather than guessing';
  }
}
