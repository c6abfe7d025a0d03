/** The commands (and moments) of an SMTP session that a script can answer. */
export type SmtpScriptCommand = 'CONNECT' | 'AUTH' | 'MAIL FROM' | 'RCPT TO' | 'DATA';

/** A scripted answer, spelled out. */
export interface SmtpAnswerObject {
  /**
   * The reply, code first: `'550 5.1.1 User unknown'`. A 2xx reply accepts. Absent: the
   * server's normal answer (after `delayMs`).
   */
  readonly reply?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /**
   * Close the connection instead of answering. On `DATA`, `true` drops the connection while the
   * message is being received (it is not accepted); `'after-accept'` records the message as
   * accepted and then drops the connection before the reply reaches the client (a lost reply).
   */
  readonly drop?: boolean | 'after-accept';
  /** Write this text as it is (a malformed answer), then close the connection. */
  readonly raw?: string;
}

/**
 * One answer: a reply string, an answer object, or `undefined` / `null` for the server's
 * normal answer.
 */
export type SmtpAnswer = string | SmtpAnswerObject | null | undefined;

/** What a script function is told about the call it answers. */
export interface SmtpCall {
  readonly command: SmtpScriptCommand;
  /** 0 for the first call this script answers, 1 for the next, … */
  readonly callNumber: number;
  /** The server's id of the session (one per connection). */
  readonly sessionId: string;
  /** The address of MAIL FROM or RCPT TO; the user name for AUTH. */
  readonly address?: string;
  /** For DATA: the envelope of the message being received. */
  readonly envelope?: { readonly from: string; readonly to: readonly string[] };
}

/**
 * How a command is answered: always the same answer, one answer per call (an array; calls past
 * its end get the normal answer), or a function of the call.
 */
export type SmtpScript =
  | SmtpAnswer
  | readonly SmtpAnswer[]
  | ((call: SmtpCall) => SmtpAnswer | PromiseLike<SmtpAnswer>);

/** Random faults, drawn from a seeded generator so that a run can be repeated. */
export interface SmtpFaultOptions {
  /** Seed of the generator. */
  readonly seed: number;
  /** Chance (0–1), per command, that the connection is dropped instead of answered. */
  readonly drop?: number;
  /** Chance (0–1), per command, of a transient 4xx reply. */
  readonly transient?: number;
  /** Chance (0–1), per message, that it is accepted but the reply is lost (connection dropped). */
  readonly lostReply?: number;
  /** The transient replies to pick from. Default: 421, 450, 451 and 452 replies. */
  readonly transientReplies?: readonly string[];
  /** The commands faults apply to. Default: CONNECT, MAIL FROM, RCPT TO and DATA. */
  readonly commands?: readonly SmtpScriptCommand[];
}

/** A parsed reply: the code and the text after it. */
export interface SmtpReply {
  readonly code: number;
  readonly text: string;
}

/** Parses `'550 5.1.1 User unknown'`; a string without a 2xx–5xx code is a programming error. */
export function parseSmtpReply(reply: string): SmtpReply {
  const match = /^([2-5]\d\d)(?:[ -](.*))?$/s.exec(reply.trim());
  if (!match) {
    throw new TypeError(
      `An SMTP reply must start with a 2xx–5xx code, like '550 5.1.1 User unknown': got ${JSON.stringify(reply)}`,
    );
  }
  return { code: Number(match[1]), text: match[2] ?? '' };
}

/** Normalizes an answer to its object form. */
export function toAnswerObject(answer: SmtpAnswer): SmtpAnswerObject {
  if (answer === undefined || answer === null) return {};
  if (typeof answer === 'string') return { reply: answer };
  return answer;
}
