import { suggestDomainCached } from '../address/suggest-address';
import { validateAddress } from '../address/validate-address';
import type { NotSent, Warning } from '../outcome';
import type { PolicyRequest } from '../policy/policy';
import { resolveAddress } from '../recipient/resolve-address';
import { fastParseRequest } from '../request/fast-parse-request';
import { type MailboxInput, type SendRequest, sendRequestSchema } from '../request/request';
import type { Mailbox } from '../transport/transport';
import { notSent } from './not-sent';

/** A request that parsed, with what resolution and validation found. */
export interface PreparedRequest {
  readonly request: SendRequest;
  /** Set when the request may go on to the policies: an address was chosen and is valid. */
  readonly policyRequest: PolicyRequest | undefined;
  /** The sender, validated; undefined when the from-address is invalid. */
  readonly from: Mailbox | undefined;
  /** The chosen address as the host spelled it (trimmed), for outcomes and the transport. */
  readonly display: string | undefined;
  /** Every resolve-stage reason not to send, in order. */
  readonly problems: readonly NotSent[];
  readonly warnings: readonly Warning[];
}

export type Preparation =
  | { readonly ok: true; readonly prepared: PreparedRequest }
  | { readonly ok: false; readonly notSent: NotSent };

/**
 * Parses a request at the boundary, checks the sender, resolves and validates the
 * recipient's address. Pure: no store, no transport.
 */
export function prepareRequest(
  input: unknown,
  now: number,
  parse: (input: unknown) => SendRequest | undefined = fastParseRequest,
): Preparation {
  try {
    return prepareParsed(input, now, parse);
  } catch {
    // Input with throwing getters or proxies: it can't be read, so it can't be sent.
    return {
      ok: false,
      notSent: notSent('invalid_request', 'resolve', { detail: 'request: could not be read' }),
    };
  }
}

function prepareParsed(
  input: unknown,
  now: number,
  parse: (input: unknown) => SendRequest | undefined,
): Preparation {
  let request = parse(input);
  if (request === undefined) {
    const parsed = sendRequestSchema.safeParse(input);
    if (!parsed.success) return { ok: false, notSent: invalidRequest(input, parsed.error.issues) };
    request = parsed.data;
  }
  const recipientId = request.recipient.id;
  const idempotencyKey = request.context.idempotencyKey;
  const problems: NotSent[] = [];
  const warnings: Warning[] = [];

  const from = toMailbox(request.message.from);
  const fromCheck = validateSender(from.address);
  if (!fromCheck.ok) {
    problems.push(
      notSent('invalid_sender_address', 'resolve', {
        recipientId,
        idempotencyKey,
        detail: fromCheck.detail,
      }),
    );
  }
  const extra = firstInvalidCopy(request);
  if (extra !== undefined) {
    problems.push(
      notSent('invalid_recipient_address', 'resolve', {
        recipientId,
        idempotencyKey,
        detail: extra,
      }),
    );
  }

  const resolution = resolveAddress(request.recipient, request.message);
  let policyRequest: PolicyRequest | undefined;
  let display: string | undefined;
  if (!resolution.ok) {
    problems.push(
      notSent(resolution.reason, 'resolve', {
        recipientId,
        idempotencyKey,
        detail: resolution.detail,
        address: resolution.address,
      }),
    );
  } else {
    const check = validateAddress(resolution.chosen.address);
    display = resolution.chosen.address.trim();
    if (!check.ok) {
      problems.push(
        notSent('invalid_recipient_address', 'resolve', {
          recipientId,
          idempotencyKey,
          address: display,
          detail: check.detail,
        }),
      );
    } else {
      const shown = check.display;
      display = shown;
      if (resolution.fallback) {
        warnings.push({ type: 'fallback_address', address: shown, label: resolution.chosen.label });
      }
      // The validated domain is already lower-case ASCII: look the suggestion up by it.
      const fixedDomain = suggestDomainCached(check.domain);
      if (fixedDomain !== undefined) {
        const suggestion = `${shown.slice(0, shown.lastIndexOf('@'))}@${fixedDomain}`;
        warnings.push({ type: 'address_suggestion', address: shown, suggestion });
      }
      policyRequest = {
        recipient: request.recipient,
        message: request.message,
        context: request.context,
        address: check.address,
        domain: check.domain,
        now,
        addressState: resolution.chosen.state,
        role: check.role,
        disposable: check.disposable,
      };
    }
  }
  return {
    ok: true,
    prepared: {
      request,
      policyRequest,
      from: fromCheck.ok ? { ...from, address: fromCheck.display } : undefined,
      display,
      problems,
      warnings,
    },
  };
}

export function toMailbox(input: MailboxInput): Mailbox {
  return typeof input === 'string' ? { address: input } : input;
}

/**
 * A mailing has one sender for thousands of recipients: remember the last answer
 * rather than validate the same from-address again for each.
 */
let lastSender: { address: string; check: ReturnType<typeof validateAddress> } | undefined;
function validateSender(address: string): ReturnType<typeof validateAddress> {
  if (lastSender?.address !== address) lastSender = { address, check: validateAddress(address) };
  return lastSender.check;
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

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Describes the first problem of a request that did not parse; never echoes values. */
function invalidRequest(input: unknown, issues: readonly Issue[]): NotSent {
  const first = issues[0];
  const where =
    first === undefined || first.path.length === 0 ? 'request' : first.path.map(String).join('.');
  const detail = `${where}: ${first?.message ?? 'invalid'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;
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
