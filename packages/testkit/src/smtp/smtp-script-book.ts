import { seededRandom } from './seeded-random';
import type {
  SmtpAnswer,
  SmtpCall,
  SmtpFaultOptions,
  SmtpScript,
  SmtpScriptCommand,
} from './smtp-script';

/** Scripts a test server's answers, per command, per address and per call. */
export interface SmtpServerScript {
  /** How the connection is greeted: `'421 4.3.2 Service not available'` refuses it. */
  greeting(script: SmtpScript): SmtpServerScript;
  /** How AUTH is answered: `'535 5.7.8 Authentication credentials invalid'`. */
  auth(script: SmtpScript): SmtpServerScript;
  /** How MAIL FROM is answered, for every sender or for one. */
  mailFrom(script: SmtpScript): SmtpServerScript;
  /** How MAIL FROM is answered for one sender. */
  mailFrom(address: string, script: SmtpScript): SmtpServerScript;
  /** How RCPT TO is answered, for every recipient or for one: `rcpt('dead@x.test', '550 5.1.1 User unknown')`. */
  rcpt(script: SmtpScript): SmtpServerScript;
  /** How RCPT TO is answered for one recipient. */
  rcpt(address: string, script: SmtpScript): SmtpServerScript;
  /** How the end of the message (after DATA) is answered: `'554 5.7.1 Message rejected'`. */
  data(script: SmtpScript): SmtpServerScript;
  /** Waits this long before every answer. */
  latency(ms: number): SmtpServerScript;
  /** Random, seeded faults: dropped connections, transient replies, lost replies. */
  faults(options: SmtpFaultOptions): SmtpServerScript;
  /** Forgets every script, the latency and the faults. */
  clear(): void;
}

interface Entry {
  readonly script: SmtpScript;
  calls: number;
}

const defaultTransientReplies = [
  '421 4.7.0 Too many connections, try again later',
  '450 4.2.1 Mailbox temporarily unavailable',
  '451 4.3.0 Temporary local problem, please try again',
  '452 4.3.1 Insufficient system storage',
];

/** Which answer a call gets: a script for the address, then one for the command, then faults. */
export class SmtpScriptBook implements SmtpServerScript {
  #byCommand = new Map<SmtpScriptCommand, Entry>();
  #byAddress = new Map<string, Entry>();
  #latencyMs = 0;
  #faults: { options: SmtpFaultOptions; random: () => number } | undefined;

  greeting(script: SmtpScript): this {
    return this.#set('CONNECT', undefined, script);
  }
  auth(script: SmtpScript): this {
    return this.#set('AUTH', undefined, script);
  }
  mailFrom(...args: [SmtpScript] | [string, SmtpScript]): this {
    return args.length === 2
      ? this.#set('MAIL FROM', args[0], args[1])
      : this.#set('MAIL FROM', undefined, args[0]);
  }
  rcpt(...args: [SmtpScript] | [string, SmtpScript]): this {
    return args.length === 2
      ? this.#set('RCPT TO', args[0], args[1])
      : this.#set('RCPT TO', undefined, args[0]);
  }
  data(script: SmtpScript): this {
    return this.#set('DATA', undefined, script);
  }
  latency(ms: number): this {
    this.#latencyMs = Math.max(0, ms);
    return this;
  }
  faults(options: SmtpFaultOptions): this {
    this.#faults = { options, random: seededRandom(options.seed) };
    return this;
  }
  clear(): void {
    this.#byCommand.clear();
    this.#byAddress.clear();
    this.#latencyMs = 0;
    this.#faults = undefined;
  }

  get latencyMs(): number {
    return this.#latencyMs;
  }

  /** The answer for one call; `undefined` for the server's normal answer. */
  async answer(
    command: SmtpScriptCommand,
    call: Omit<SmtpCall, 'callNumber' | 'command'>,
  ): Promise<SmtpAnswer> {
    const entry =
      (call.address !== undefined && command !== 'AUTH'
        ? this.#byAddress.get(addressKey(command, call.address))
        : undefined) ?? this.#byCommand.get(command);
    if (entry) {
      const callNumber = entry.calls++;
      const answer = await resolveScript(entry.script, { ...call, command, callNumber });
      if (answer !== undefined && answer !== null) return answer;
    }
    return this.#fault(command);
  }

  #fault(command: SmtpScriptCommand): SmtpAnswer {
    if (!this.#faults) return undefined;
    const { options, random } = this.#faults;
    const commands = options.commands ?? ['CONNECT', 'MAIL FROM', 'RCPT TO', 'DATA'];
    if (!commands.includes(command)) return undefined;
    const roll = random();
    const drop = options.drop ?? 0;
    const transient = options.transient ?? 0;
    const lostReply = command === 'DATA' ? (options.lostReply ?? 0) : 0;
    if (roll < drop) return { drop: true };
    if (roll < drop + lostReply) return { drop: 'after-accept' };
    if (roll < drop + lostReply + transient) {
      const replies = options.transientReplies ?? defaultTransientReplies;
      return replies[Math.floor(random() * replies.length)] ?? replies[0];
    }
    return undefined;
  }

  #set(command: SmtpScriptCommand, address: string | undefined, script: SmtpScript): this {
    const entry: Entry = { script, calls: 0 };
    if (address === undefined) this.#byCommand.set(command, entry);
    else this.#byAddress.set(addressKey(command, address), entry);
    return this;
  }
}

function addressKey(command: SmtpScriptCommand, address: string): string {
  return `${command} ${address.toLowerCase()}`;
}

async function resolveScript(script: SmtpScript, call: SmtpCall): Promise<SmtpAnswer> {
  if (typeof script === 'function') return script(call);
  if (Array.isArray(script)) return script[call.callNumber];
  return script as SmtpAnswer;
}
