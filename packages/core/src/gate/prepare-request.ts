import { suggestionFor } from '../address/suggest-address';
import {
  type AddressCheck,
  type ValidAddress,
  validateAddress,
  validateAddressInto,
} from '../address/validate-address';
import type { NotSent, Warning } from '../outcome';
import type { PolicyRequest } from '../policy/policy';
import {
  fallbackIndex,
  type Resolution,
  resolveAddress,
  resolvedIndex,
  UNRESOLVED,
} from '../recipient/resolve-address';
import { describeIssues, type Issue } from '../request/describe-issues';
import { fastParseRequest } from '../request/fast-parse-request';
import { type MailboxInput, type SendRequest, sendRequestSchema } from '../request/request';
import type { Mailbox } from '../transport/transport';
import { NONE, notSent } from './not-sent';

/** A request that parsed, with what resolution and validation found. */
export interface PreparedRequest {
  readonly request: SendRequest;
  /** Set when the request may go on to the policies: an address was chosen and is valid. */
  readonly policyRequest: PolicyRequest | undefined;
  /** With `policyRequest`: the suppression key of the address's whole domain (`@domain`). */
  readonly domainKey: string | undefined;
  /** The sender, validated; undefined when the from-address is invalid. */
  readonly from: Mailbox | undefined;
  /** The chosen address as the host spelled it (trimmed), for outcomes and the transport. */
  readonly display: string | undefined;
  /** Every resolve-stage reason not to send, in order. */
  readonly problems: readonly NotSent[];
  readonly warnings: readonly Warning[];
}

/** A request ready for the policies, or the one reason it could not even be read. */
export type Preparation = PreparedRequest | NotSent;

/** Whether a preparation is the request's `invalid_request` outcome. */
export function isUnreadable(preparation: Preparation): preparation is NotSent {
  return (preparation as Partial<NotSent>).status === 'not_sent';
}

/**
 * Parses a request at the boundary, checks the sender, resolves and validates the
 * recipient's address. Pure: no store, no transport.
 */
export function prepareRequest(
  input: unknown,
  now: number,
  parse: (input: unknown) => SendRequest | undefined = fastParseRequest,
): Preparation {
  if (input === UNREADABLE) return unreadable();
  try {
    return prepareParsed(input, now, parse);
  } catch {
    // Input with throwing getters or proxies: it can't be read, so it can't be sent.
    return unreadable();
  }
}

/**
 * Stands for an element of a bulk input that could not even be taken (a `then` that
 * throws, a promise that rejects): it is answered as `send` answers such input.
 */
export const UNREADABLE: object = Object.freeze({});

function unreadable(): NotSent {
  return notSent('invalid_request', 'resolve', { detail: 'request: could not be read' });
}

function prepareParsed(
  input: unknown,
  now: number,
  parse: (input: unknown) => SendRequest | undefined,
): Preparation {
  let request = parse(input);
  if (request === undefined) {
    const parsed = sendRequestSchema.safeParse(input);
    if (!parsed.success) return invalidRequest(input, parsed.error.issues);
    request = parsed.data;
  }
  const { recipient, message, context } = request;
  const recipientId = recipient.id;
  const idempotencyKey = context.idempotencyKey;
  // Most requests have no problem and no warning: those share one empty list.
  let problems: NotSent[] | undefined;
  let warnings: Warning[] | undefined;

  const sender = checkSender(message.from);
  if (!sender.check.ok) {
    problems = [
      notSent('invalid_sender_address', 'resolve', {
        recipientId,
        idempotencyKey,
        detail: sender.check.detail,
      }),
    ];
  }
  const extra = firstInvalidCopy(request);
  if (extra !== undefined) {
    problems = append(
      problems,
      notSent('invalid_recipient_address', 'resolve', {
        recipientId,
        idempotencyKey,
        detail: extra,
      }),
    );
  }

  const resolved = resolvedIndex(recipient, message);
  let policyRequest: PolicyRequest | undefined;
  let domainKey: string | undefined;
  let display: string | undefined;
  if (resolved === UNRESOLVED) {
    const resolution = resolveAddress(recipient, message) as Resolution & { ok: false };
    problems = append(
      problems,
      notSent(resolution.reason, 'resolve', {
        recipientId,
        idempotencyKey,
        detail: resolution.detail,
        address: resolution.address,
      }),
    );
  } else {
    const fallback = resolved < 0;
    const chosen = recipient.addresses[fallback ? fallbackIndex(resolved) : resolved]!;
    const valid = scratch;
    const invalid = validateAddressInto(chosen.address, valid);
    if (invalid !== undefined) {
      display = chosen.address.trim();
      problems = append(
        problems,
        notSent('invalid_recipient_address', 'resolve', {
          recipientId,
          idempotencyKey,
          address: display,
          detail: invalid.detail,
        }),
      );
    } else {
      const shown = valid.display;
      const domain = valid.domain;
      display = shown;
      if (fallback) {
        warnings = [{ type: 'fallback_address', address: shown, label: chosen.label }];
      }
      // The validated domain is already lower-case ASCII: look the suggestion up by it.
      const fixedDomain = suggestionFor(domain);
      if (fixedDomain !== undefined) {
        const suggestion = `${shown.slice(0, shown.lastIndexOf('@'))}@${fixedDomain}`;
        warnings = append(warnings, { type: 'address_suggestion', address: shown, suggestion });
      }
      policyRequest = {
        recipient,
        message,
        context,
        address: valid.address,
        domain: domain.domain,
        now,
        addressState: chosen.state,
        role: valid.role,
        disposable: domain.disposable,
      };
      domainKey = domain.key;
    }
  }
  return {
    request,
    policyRequest,
    domainKey,
    from: sender.from,
    display,
    problems: problems ?? NONE,
    warnings: warnings ?? NONE,
  };
}

/** Refilled for each request; read at once. */
const scratch: ValidAddress = {
  address: '',
  display: '',
  domain: { domain: '', key: '', disposable: false, suggestion: undefined },
  role: false,
};

/** `list` with `item` added; a new list when there was none. */
function append<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}

export function toMailbox(input: MailboxInput): Mailbox {
  return typeof input === 'string' ? { address: input } : input;
}

interface SenderCheck {
  readonly input: MailboxInput;
  readonly check: AddressCheck;
  /** The sender with its address trimmed, when valid; shared by the mailing's requests. */
  readonly from: Mailbox | undefined;
}

/**
 * A mailing has one sender for thousands of recipients: remember the last answer
 * rather than validate the same from-address (and copy the sender) again for each.
 * Parsed messages are copies nobody changes, so the same object is the same sender.
 */
let lastSender: SenderCheck | undefined;
function checkSender(input: MailboxInput): SenderCheck {
  if (lastSender?.input !== input) {
    const mailbox = toMailbox(input);
    const check = validateAddress(mailbox.address);
    lastSender = {
      input,
      check,
      from: check.ok ? { ...mailbox, address: check.display } : undefined,
    };
  }
  return lastSender;
}

/** The first cc, bcc or reply-to address that is not valid, described. */
function firstInvalidCopy(request: SendRequest): string | undefined {
  const { cc = [], bcc = [], replyTo } = request.message;
  if (cc.length === 0 && bcc.length === 0 && replyTo === undefined) return undefined;
  const fields: [string, MailboxInput][] = [
    ...cc.map((entry): [string, MailboxInput] => ['cc', entry]),
    ...bcc.map((entry): [string, MailboxInput] => ['bcc', entry]),
    ...(replyTo === undefined ? [] : [['replyTo', replyTo] as [string, MailboxInput]]),
  ];
  for (const [field, entry] of fields) {
    const check = validateAddress(toMailbox(entry).address);
    if (!check.ok) return `${field}: ${check.detail}`;
  }
  return undefined;
}

/** Describes the first problem of a request that did not parse; never echoes values. */
function invalidRequest(input: unknown, issues: readonly Issue[]): NotSent {
  const detail = describeIssues(issues, 'request');
  return notSent('invalid_request', 'resolve', { recipientId: recipientIdOf(input), detail });
}

/** The recipient's id from input that did not parse, when there is a usable one. */
export function recipientIdOf(input: unknown): string | undefined {
  try {
    const id = (input as { recipient?: { id?: unknown } } | null)?.recipient?.id;
    return typeof id === 'string' && id.length > 0 && id.length <= 256 ? id : undefined;
  } catch {
    return undefined;
  }
}
