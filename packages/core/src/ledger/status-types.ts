import type { ConfirmationState, MessageStatus, ProblemKind } from './statuses';

/** Every status that has texts: message statuses, confirmation states, address problems. */
export type StatusTextId = MessageStatus | ConfirmationState | `problem_${ProblemKind}`;

/** A status explained to a person. */
export interface StatusText {
  /** A short label, as a list shows it: "Soft bounce". */
  readonly title: string;
  /** What it means, in one or two sentences. */
  readonly description: string;
}

/** A complete set of texts: a missing status is a type error. */
export type StatusTexts = { readonly [S in StatusTextId]: StatusText };
