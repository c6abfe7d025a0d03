import type { Policy, PolicyFacts, PolicyRequest } from '../policy/policy';
import { domainKeyChain } from '../stores/suppression-key';
import type { Stores, Suppression } from '../stores/types';
import { isCounterAnswer, isLookupAnswer } from './store-answers';
import { callStore, type StoreFailure } from './with-timeout';

export type FactsResult =
  | { readonly ok: true; readonly facts: readonly PolicyFacts[] }
  | { readonly ok: false; readonly failure: StoreFailure; readonly error?: unknown };

type Lookup = ReadonlyArray<readonly Suppression[] | undefined>;

/**
 * Fetches what the policies need for a whole batch of requests: one suppression
 * lookup per tenant (the addresses, their `@domain`s and parent domains together) and
 * one counter read.
 * One round trip per batch, not per recipient, is what keeps a shared store affordable.
 */
export async function fetchFacts(
  stores: Stores,
  requests: readonly PolicyRequest[],
  /** By request: the `@domain` key of its address's domain. */
  domainKeys: readonly string[],
  policies: readonly Policy[],
  timeoutMs: number,
): Promise<FactsResult> {
  const now = requests[0]?.now ?? 0;
  const byTenant = groupByTenant(requests);
  const lookups = new Map<string, Lookup>();
  const counterPolicies = policies.filter((policy) => policy.counterKeys !== undefined);
  const counterKeys = collectCounterKeys(requests, counterPolicies);

  const calls: Promise<StoreFailure | undefined>[] = [];
  const layouts = new Map<string, KeyLayout>();
  for (const [tenant, indexes] of byTenant) {
    const layout = layoutKeys(requests, domainKeys, indexes);
    layouts.set(tenant, layout);
    calls.push(
      callStore(() => stores.suppressions.lookup(tenant, layout.keys, now), timeoutMs, {
        valid: (value) => isLookupAnswer(value, layout.keys.length),
      }).then((result) => {
        if (!result.ok) return result.failure;
        lookups.set(tenant, result.value);
        return undefined;
      }),
    );
  }
  let counters: ReadonlyMap<string, number> | undefined;
  if (counterKeys.length > 0) {
    calls.push(
      callStore(() => stores.counters.get(counterKeys), timeoutMs, {
        valid: (value) => isCounterAnswer(value, counterKeys.length),
      }).then((result) => {
        if (!result.ok) return result.failure;
        counters = new Map(counterKeys.map((key, i) => [key, result.value[i]!]));
        return undefined;
      }),
    );
  }
  const failures = await Promise.all(calls);
  const failure = failures.find((entry) => entry !== undefined);
  if (failure !== undefined) return { ok: false, failure };

  const facts: PolicyFacts[] = new Array(requests.length);
  // Most addresses are on no list: they share one (frozen) answer.
  const nothing: PolicyFacts = Object.freeze({
    addressSuppressions: undefined,
    domainSuppressions: undefined,
    counters,
  });
  for (const [tenant, indexes] of byTenant) {
    const found = lookups.get(tenant)!;
    const { slots } = layouts.get(tenant)!;
    const byDomain = new Map<string, readonly Suppression[] | undefined>();
    for (const [domainKey, slot] of slots) byDomain.set(domainKey, joinFound(found, slot));
    for (let i = 0; i < indexes.length; i++) {
      const addressSuppressions = found[i];
      const domainSuppressions = byDomain.get(domainKeys[indexes[i]!]!);
      facts[indexes[i]!] =
        addressSuppressions === undefined && domainSuppressions === undefined
          ? nothing
          : { addressSuppressions, domainSuppressions, counters };
    }
  }
  return { ok: true, facts };
}

/** One tenant's lookup keys, and where each domain's keys are among them. */
interface KeyLayout {
  readonly keys: readonly string[];
  /** By `@domain` key: the positions in `keys` of it and its parents (`domainKeyChain`). */
  readonly slots: ReadonlyMap<string, readonly number[]>;
}

/**
 * The keys of one lookup: first each request's address, in order, then each domain and
 * parent domain once, however many recipients share it — a mailing to thousands of
 * addresses at one provider asks for that provider's domain once.
 */
function layoutKeys(
  requests: readonly PolicyRequest[],
  domainKeys: readonly string[],
  indexes: readonly number[],
): KeyLayout {
  const keys: string[] = new Array(indexes.length);
  const slots = new Map<string, number[]>();
  const positions = new Map<string, number>();
  for (let i = 0; i < indexes.length; i++) {
    keys[i] = requests[indexes[i]!]!.address;
    const domainKey = domainKeys[indexes[i]!]!;
    if (slots.has(domainKey)) continue;
    const chain = domainKeyChain(domainKey);
    const slot: number[] = new Array(chain.length);
    for (let j = 0; j < chain.length; j++) {
      let position = positions.get(chain[j]!);
      if (position === undefined) {
        position = keys.length;
        keys.push(chain[j]!);
        positions.set(chain[j]!, position);
      }
      slot[j] = position;
    }
    slots.set(domainKey, slot);
  }
  return { keys, slots };
}

/** The entries found for a domain and its parents, the domain's own first. */
function joinFound(found: Lookup, slots: readonly number[]): readonly Suppression[] | undefined {
  let joined: readonly Suppression[] | undefined;
  for (const slot of slots) {
    const entries = found[slot];
    if (entries === undefined) continue;
    joined = joined === undefined ? entries : [...joined, ...entries];
  }
  return joined;
}

function groupByTenant(requests: readonly PolicyRequest[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  // A mailing is usually for one tenant: then the group is every request, in order.
  const first = requests[0]?.context.tenant;
  let one = true;
  for (let i = 1; i < requests.length && one; i++) one = requests[i]!.context.tenant === first;
  if (one && first !== undefined) {
    const all: number[] = new Array(requests.length);
    for (let i = 0; i < requests.length; i++) all[i] = i;
    return groups.set(first, all);
  }
  for (let i = 0; i < requests.length; i++) {
    const tenant = requests[i]!.context.tenant;
    const group = groups.get(tenant);
    if (group === undefined) groups.set(tenant, [i]);
    else group.push(i);
  }
  return groups;
}

function collectCounterKeys(
  requests: readonly PolicyRequest[],
  policies: readonly Policy[],
): string[] {
  if (policies.length === 0) return [];
  const keys = new Set<string>();
  for (const request of requests) {
    for (const policy of policies) for (const key of policy.counterKeys!(request)) keys.add(key);
  }
  return [...keys];
}
