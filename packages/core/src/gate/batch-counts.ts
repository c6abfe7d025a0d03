import type { NotSent } from '../outcome';
import type { CounterIncrement, Policy, PolicyRequest } from '../policy/policy';
import type { Decision } from './decide';
import { evaluatePolicies } from './evaluate-policies';
import { type GateContext, safeHook } from './gate-context';
import type { PreparedRequest } from './prepare-request';

/** What `BatchCounts.acquire` answers: the send is blocked, or may go with these counters. */
export type Acquired = { blocked: NotSent } | { reserved: CounterIncrement[] };

/**
 * What this batch has sent, and has in flight, against each counter: the facts were read
 * before the batch, so the counter policies are checked again before each hand-over
 * with these added. A send the provider surely refused gives its share back, and a
 * request that only the sends still in flight would push over a cap waits for them, as
 * it would have waited had the messages been sent one by one.
 */
export class BatchCounts {
  private readonly sent = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();
  private flying = 0;
  private waiters: (() => void)[] = [];
  private readonly policies: readonly Policy[];

  constructor(private readonly context: GateContext) {
    this.policies = context.policies.filter((policy) => policy.counterKeys !== undefined);
  }

  /**
   * Checks the counter policies and, when they allow it, reserves the counters the send
   * adds to, in one step: no other worker can check in between.
   */
  acquire(decision: Decision, prepared: PreparedRequest): Acquired | Promise<Acquired> {
    // Answered at once when nothing has to wait: the sending path awaits no promise then.
    const blocked = this.blocks(decision, prepared, true);
    if (blocked === undefined) return { reserved: this.reserve(prepared.policyRequest!) };
    if (this.flying === 0 || this.blocks(decision, prepared, false) !== undefined)
      return { blocked };
    return new Promise<void>((resolve) => this.waiters.push(resolve)).then(() =>
      this.acquire(decision, prepared),
    );
  }

  /** A send ended: what may have gone out stays counted; what surely did not is given back. */
  release(increments: readonly CounterIncrement[], mayHaveGoneOut: boolean): void {
    this.flying--;
    for (const { key } of increments) {
      this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
      if (mayHaveGoneOut) this.sent.set(key, (this.sent.get(key) ?? 0) + 1);
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private blocks(
    decision: Decision,
    prepared: PreparedRequest,
    withInFlight: boolean,
  ): NotSent | undefined {
    const facts = decision.facts;
    if (
      this.policies.length === 0 ||
      facts?.counters === undefined ||
      (this.sent.size === 0 && this.inFlight.size === 0)
    )
      return undefined;
    const request = prepared.policyRequest!;
    const counters = new Map<string, number>();
    for (const policy of this.policies) {
      for (const key of policy.counterKeys!(request)) {
        const ours = (this.sent.get(key) ?? 0) + (withInFlight ? (this.inFlight.get(key) ?? 0) : 0);
        counters.set(key, (facts.counters.get(key) ?? 0) + ours);
      }
    }
    const display = prepared.display!;
    return evaluatePolicies(this.policies, request, { ...facts, counters }, display, false)[0];
  }

  /** The counters this send adds to; a policy that cannot say is reported, not fatal. */
  private reserve(request: PolicyRequest): CounterIncrement[] {
    const increments: CounterIncrement[] = [];
    for (const policy of this.context.policies) {
      if (policy.countersOnSend === undefined) continue;
      try {
        for (const increment of policy.countersOnSend(request)) increments.push(increment);
      } catch (error) {
        safeHook(this.context, (hooks) => hooks.onError?.(error, 'countersOnSend'), 'onError');
      }
    }
    this.flying++;
    for (const { key } of increments) this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
    return increments;
  }
}
