import type { Reason } from '../reasons/reason';
import type { AddressState, Recipient } from '../recipient/recipient';
import type { Message, SendContext } from '../request/request';
import type { Suppression } from '../stores/types';

/** The request as policies see it: parsed, with the address chosen and normalized. */
export interface PolicyRequest {
  readonly recipient: Recipient;
  readonly message: Message;
  readonly context: SendContext;
  /** The chosen address, normalized (lower case, punycode domain). */
  readonly address: string;
  /** The chosen address's domain, normalized. */
  readonly domain: string;
  /** The time the decision is made at (ms since the epoch). */
  readonly now: number;
  /** The host's state of the chosen address (confirmed, …), when it keeps one. */
  readonly addressState: AddressState | undefined;
  /** The address is a role address (info@, sales@, …). */
  readonly role: boolean;
  /** The address is at a known throw-away domain. */
  readonly disposable: boolean;
}

/** One counter to add 1 to once a message is sent. */
export interface CounterIncrement {
  readonly key: string;
  /** How long the counter lives after its first increment. */
  readonly ttlMs: number;
}

/** What the gate fetched from the stores for one request, before any policy runs. */
export interface PolicyFacts {
  /** Suppressions that apply to the address (tenant and global). */
  readonly addressSuppressions: readonly Suppression[] | undefined;
  /** Suppressions that apply to the address's whole domain. */
  readonly domainSuppressions: readonly Suppression[] | undefined;
  /** Counter values, by the keys the policies asked for. */
  readonly counters: ReadonlyMap<string, number> | undefined;
}

/** A policy's "no": the reason, and optionally what exactly matched. */
export interface PolicyVerdict {
  readonly reason: Reason;
  readonly detail?: string;
}

/**
 * A policy is a small object: a name and a pure, synchronous evaluate function over the
 * request and the facts fetched for it. It answers `undefined` to allow; that keeps the
 * bulk path free of allocations.
 */
export interface Policy {
  readonly name: string;
  /** Counter keys this policy reads for a request; the gate fetches them in one batch. */
  counterKeys?(request: PolicyRequest): readonly string[];
  /** Counters to add 1 to once the message is sent, with their time to live. */
  countersOnSend?(request: PolicyRequest): readonly CounterIncrement[];
  /** Decides for one request from the facts fetched for its batch: a verdict blocks it, `undefined` allows it. Pure and synchronous. */
  evaluate(request: PolicyRequest, facts: PolicyFacts): PolicyVerdict | undefined;
}
