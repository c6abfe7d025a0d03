/** The calls of the Gmail emulator that a script can answer. */
export type GmailOperation = 'send' | 'profile' | 'list' | 'get' | 'token';

/** A scripted answer, spelled out. */
export interface GmailAnswerObject {
  /** The HTTP status. Default 200. */
  readonly status?: number;
  /** A JSON body. */
  readonly body?: unknown;
  /** A body sent as it is (HTML, broken JSON): a malformed answer. */
  readonly raw?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /**
   * Never answer: the request hangs until the client gives up (its time-out) or the server
   * closes. With `accept`, a send is recorded as accepted first (a reply lost after acceptance).
   */
  readonly hang?: boolean;
  /** Close the connection instead of answering (with `accept`, after recording the send). */
  readonly drop?: boolean;
  /** For `send` with `hang` or `drop`: record the message as accepted before failing. */
  readonly accept?: boolean;
}

/** One answer: an answer object, or `undefined` / `null` for the emulator's normal answer. */
export type GmailAnswer = GmailAnswerObject | null | undefined;

/** What a script function is told about the call it answers. */
export interface GmailCall {
  readonly operation: GmailOperation;
  /** 0 for the first call this script answers, 1 for the next, … */
  readonly callNumber: number;
  /** The `userId` of the path (`me`, an address). */
  readonly userId?: string;
  /** For `send`: every recipient of the raw message (To, Cc, Bcc), lower-cased. */
  readonly recipients?: readonly string[];
}

/**
 * How a call is answered: always the same answer, one answer per call (an array; calls past its
 * end get the normal answer), or a function of the call.
 */
export type GmailScript =
  | GmailAnswer
  | readonly GmailAnswer[]
  | ((call: GmailCall) => GmailAnswer | PromiseLike<GmailAnswer>);

/** Scripts the emulator's answers: per operation, per recipient, per call. */
export interface GmailServerScript {
  /** How `users.messages.send` is answered, for every message or for those to one recipient. */
  send(script: GmailScript): GmailServerScript;
  /** How `users.messages.send` is answered for messages to one recipient. */
  send(recipient: string, script: GmailScript): GmailServerScript;
  /** How `users.getProfile` is answered. */
  profile(script: GmailScript): GmailServerScript;
  /** How `users.messages.list` is answered. */
  list(script: GmailScript): GmailServerScript;
  /** How `users.messages.get` is answered. */
  get(script: GmailScript): GmailServerScript;
  /** How the OAuth token endpoint is answered: `token(gmailTokenErrors.invalidGrant())`. */
  token(script: GmailScript): GmailServerScript;
  /** Forgets every script. */
  clear(): void;
}

interface Entry {
  readonly script: GmailScript;
  calls: number;
}

/** Which answer a call gets: a script for one of its recipients, then one for the operation. */
export class GmailScriptBook implements GmailServerScript {
  #byOperation = new Map<GmailOperation, Entry>();
  #byRecipient = new Map<string, Entry>();

  send(...args: [GmailScript] | [string, GmailScript]): this {
    if (args.length === 2) {
      this.#byRecipient.set(args[0].toLowerCase(), { script: args[1], calls: 0 });
      return this;
    }
    return this.#set('send', args[0]);
  }
  profile(script: GmailScript): this {
    return this.#set('profile', script);
  }
  list(script: GmailScript): this {
    return this.#set('list', script);
  }
  get(script: GmailScript): this {
    return this.#set('get', script);
  }
  token(script: GmailScript): this {
    return this.#set('token', script);
  }
  clear(): void {
    this.#byOperation.clear();
    this.#byRecipient.clear();
  }

  /** The answer for one call; `undefined` for the emulator's normal answer. */
  async answer(call: Omit<GmailCall, 'callNumber'>): Promise<GmailAnswer> {
    let entry: Entry | undefined;
    for (const recipient of call.recipients ?? []) {
      entry = this.#byRecipient.get(recipient);
      if (entry) break;
    }
    entry ??= this.#byOperation.get(call.operation);
    if (!entry) return undefined;
    const callNumber = entry.calls++;
    const { script } = entry;
    if (typeof script === 'function') return script({ ...call, callNumber });
    if (Array.isArray(script)) return script[callNumber] as GmailAnswer;
    return script as GmailAnswer;
  }

  #set(operation: GmailOperation, script: GmailScript): this {
    this.#byOperation.set(operation, { script, calls: 0 });
    return this;
  }
}
