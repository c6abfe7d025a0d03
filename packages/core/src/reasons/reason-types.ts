import type { Reason } from './reason';

/** Where in the flow of one message an outcome was decided. */
export type Stage = 'resolve' | 'policy' | 'transport' | 'delivery';

/** What kind of cause a reason names; used for grouping in reports and UIs. */
export type ReasonCategory =
  | 'request' // the request itself was unusable
  | 'address' // the recipient or its address
  | 'consent' // the recipient (or its company, or domain) said no
  | 'suppression' // mailgate's own lists say no, after earlier feedback
  | 'run' // the sending run: cancelled, paused, capped
  | 'account' // the host's sending account
  | 'sender' // the sender's own mailbox or credentials
  | 'provider' // the sending provider or its API
  | 'recipient' // the receiving mailbox
  | 'content' // the message itself
  | 'reputation' // the sender's standing with the receiver
  | 'receiver' // the receiving system or the network to it
  | 'internal'; // mailgate could not decide

/** What a reason means for the address and for trying again. */
export interface ReasonInfo {
  readonly category: ReasonCategory;
  /** Will it fail again if retried unchanged? */
  readonly permanent: boolean;
  /** Is retrying later (unchanged) sensible? */
  readonly retryable: boolean;
  /** Does ingesting this reason as a delivery event add the address to the suppression list? */
  readonly suppress: boolean;
  /** The stage where this reason is normally decided. */
  readonly stage: Stage;
}

/** A language of the reason texts: English, Dutch or Swedish. */
export type Locale = 'en' | 'nl' | 'sv';

/** A reason explained to a person. */
export interface ReasonText {
  /** A short title, as a status line: "Mailbox full". */
  readonly title: string;
  /** What happened, in one or two sentences. */
  readonly cause: string;
  /** What the user can do about it. */
  readonly remedy: string;
}

/** A complete set of texts: a missing reason is a type error. */
export type ReasonTexts = { readonly [R in Reason]: ReasonText };
