import { classify } from './classify';
import { decodeWords, toText } from './decode';
import { isDelayWarning, markDelayed } from './delay-warning';
import {
  CHALLENGE_SPAN,
  challengeByHeaders,
  isAutoReply,
  mentionsChallenge,
} from './detect-auto-reply';
import type { FormatContext } from './formats/context';
import {
  addressBlocks,
  blockDiagnostic,
  genericText,
  noticeExplanation,
  withCodes,
} from './formats/generic-text';
import { formatReaders } from './formats/index';
import { capped, MAX_MESSAGE } from './limits';
import { fromMailSystem } from './mail-system';
import { originalFromPart, readOriginal, splitAtOriginal } from './original-message';
import { hotmailComplaintRecipients, parseArfFields } from './parse-arf';
import { parseDsnFields } from './parse-dsn';
import { cleanAddress, findAddresses, findCommand, type RawRecipient } from './raw-recipient';
import { greetedAddresses, senderAddresses } from './senders';
import { type HeaderMap, header, type MimePart, splitMessage } from './split-message';
import { stripHtml } from './strip-html';
import type {
  BounceRecipient,
  FailedRecipient,
  NoticeRecipient,
  OriginalMessage,
  ParsedReport,
} from './types';

/**
 * An answer filled in as the report is read: its kind first (decided last), the fields every
 * kind shares, then its recipients. Built in place rather than spread into a new literal
 * for each kind: a spread copies every field through a slow path, on every report.
 */
type ReportHead = { -readonly [K in keyof ParsedReport]?: ParsedReport[K] } & {
  kind: ParsedReport['kind'];
};

function finish(
  head: ReportHead,
  kind: ParsedReport['kind'],
  recipients: readonly BounceRecipient[],
): ParsedReport {
  head.kind = kind;
  head.recipients = recipients;
  return head as ParsedReport;
}

/** The shared fields without the kind, for an answer that lists its own fields first. */
function fieldsOf(head: ReportHead): Omit<ReportHead, 'kind'> {
  const { kind: _kind, ...fields } = head;
  return fields;
}

/**
 * Reads one bounce, complaint, auto-reply or delivery report. Never throws: anything
 * it cannot read as a report — garbage, binary, a truncated header — is `not_a_report`.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseBounce } from '@mailgate/bounces';
 *
 * const report = parseBounce(readFileSync('returned.eml'));
 * for (const recipient of report.recipients) {
 *   if (recipient.event === 'failed') console.log(recipient.address, recipient.reason, recipient.permanent);
 * }
 * ```
 */
export function parseBounce(raw: string | Uint8Array): ParsedReport {
  try {
    return parse(raw, 0);
  } catch {
    return NOT_A_REPORT;
  }
}

/** How many addresses `addressedTo` keeps. */
const MAX_ADDRESSED_TO = 10;

/**
 * Where the report was delivered: what the receiving servers recorded of the envelope
 * recipient (`Delivered-To`, `X-Original-To`), then `To`.
 */
function addressedTo(headers: HeaderMap): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    const address = cleanAddress(value);
    if (address && found.size < MAX_ADDRESSED_TO) found.add(address);
  };
  // Only a tagged address (`local+tag@domain`) can be a VERP return path: the others are
  // not even scanned, which keeps this off the cost of every report.
  for (const name of ['delivered-to', 'x-original-to', 'to'])
    for (const value of headers.get(name) ?? [])
      if (value.includes('+')) for (const a of findAddresses(value)) if (a.includes('+')) add(a);
  return [...found];
}

const NOT_A_REPORT: ParsedReport = Object.freeze({ kind: 'not_a_report', recipients: [] });

function parse(input: string | Uint8Array, depth: number): ParsedReport {
  if (input == null) return NOT_A_REPORT;
  // Beyond the cap, the rest is the returned original's attachments; the report comes first.
  let text = toText(
    typeof input === 'string'
      ? capped(input, MAX_MESSAGE)
      : input.length > MAX_MESSAGE
        ? input.subarray(0, MAX_MESSAGE)
        : input,
  );
  // An mbox `From ` separator line is not a header; mbox files are split by splitMbox.
  if (text.startsWith('From ')) text = text.slice(text.indexOf('\n') + 1);
  // Most mail starts with a field name: the pattern runs only when it would remove something.
  if (/\s/.test(text.charAt(0))) text = text.replace(/^\s+/, '');
  if (!/^[\w-]{1,76}:/.test(text)) return NOT_A_REPORT;

  const message = splitMessage(text);
  const { headers, parts } = message;
  if (headers.countNames(2) < 2) return NOT_A_REPORT;

  const subject = decodeWords(header(headers, 'subject') ?? '');
  const date = header(headers, 'date');
  const to = addressedTo(headers);
  // Built field by field in the order the answer lists them: a spread of a conditional
  // object literal costs an allocation and a copy per field, on every report.
  const head: ReportHead = { kind: 'not_a_report' };
  if (subject) head.subject = subject;
  if (date) head.date = date;
  if (to.length > 0) head.addressedTo = to;

  let dsnPart: MimePart | undefined;
  let arfPart: MimePart | undefined;
  let original: OriginalMessage | undefined;
  let attached: MimePart | undefined;
  const textParts: MimePart[] = [];
  for (const part of parts) {
    const t = part.type;
    if (t === 'message/delivery-status' || t === 'message/global-delivery-status') dsnPart ??= part;
    else if (t === 'message/feedback-report') arfPart ??= part;
    else if (
      t.startsWith('message/') ||
      t.endsWith('rfc822-headers') ||
      t === 'text/rfc822-header'
    ) {
      original ??= originalFromPart(part);
      attached ??= part;
    } else if (t.startsWith('text/') && !original && !dsnPart) textParts.push(part);
  }
  const plain = textParts.find((p) => p.type === 'text/plain') ?? textParts[0];
  // The notice is decoded (and cut from the quoted original) only when something reads
  // it: a complete DSN next to an attached original never needs its 60 KB of HTML.
  let bodyCache: string | undefined;
  let cutCache: { notice: string; original?: string } | undefined;
  const body = () => (bodyCache ??= plain ? bodyText(plain) : '');
  const cut = () => (cutCache ??= splitAtOriginal(body()));
  if (!original) {
    const quoted = cut().original;
    original = quoted ? readOriginal(quoted) : undefined;
  }
  if (original?.messageId) head.originalMessageId = original.messageId;
  if (original) head.original = original;

  if (arfPart) {
    const arf = parseArfFields(arfPart.text());
    let addresses = arf.recipients;
    if (addresses.length === 0 && original?.to) addresses = findAddresses(original.to);
    return {
      kind: 'complaint',
      format: 'arf',
      recipients: addresses.map((address) => notice(address, 'complained')),
      complaint: arf.details,
      ...fieldsOf(head),
      ...(arf.arrivalDate ? { arrivalDate: arf.arrivalDate } : {}),
    };
  }

  const hotmail = hotmailComplaintRecipients(ctxFrom(headers), subject, attached);
  if (hotmail) {
    return {
      kind: 'complaint',
      format: 'hotmail-complaint',
      recipients: hotmail.map((address) => notice(address, 'complained')),
      complaint: { feedbackType: 'abuse' },
      ...fieldsOf(head),
    };
  }

  let raws: RawRecipient[] | undefined;
  let format: string | undefined;
  let reportingMta: string | undefined;
  let arrivalDate: string | undefined;
  // A DSN part counts where a mail system wrote it: spam that carries one inside an ordinary
  // multipart/mixed from a person is not a report.
  const mailSystem = fromMailSystem(headers, subject, message.root.type);
  if (!mailSystem) dsnPart = undefined;
  const dsnText = dsnPart
    ? dsnPart.text()
    : /^Final-Recipient:/im.test(cut().notice)
      ? cut().notice
      : '';
  if (dsnText) {
    const dsn = parseDsnFields(dsnText);
    if (dsn.recipients.length > 0) {
      raws = dsn.recipients;
      format = 'rfc3464';
      reportingMta = dsn.reportingMta;
      arrivalDate = dsn.arrivalDate;
    }
  }

  const ctx = new Context(headers, subject, () => cut().notice, body, parts, original, plain);
  // Many DSNs leave Diagnostic-Code out (or the command it answered) and put the server's
  // words in the notice.
  if (raws) enrichFromNotice(raws, () => cut().notice);

  let messageId = original?.messageId;
  if (!raws) {
    for (const reader of formatReaders) {
      // Auto-replies are told apart before the catch-all reader, which would take any
      // address in an out-of-office text for a failed recipient.
      if (reader === genericText && (isAutoReply(headers, cut().notice) || ctx.challenge())) break;
      // The catch-all reader takes any address in the text: only in a mail system's report.
      if (reader === genericText && !mailSystem) break;
      const found = reader.read(ctx);
      if (found && found.recipients.length > 0) {
        raws = found.recipients;
        format = reader.name;
        messageId = found.originalMessageId ?? messageId;
        // A notice without a DSN part says in its words whether it reports a failure or
        // only a delay; a delay warning is read as `Action: delayed` would be.
        if (reader === genericText && isDelayWarning(subject, cut().notice)) markDelayed(raws);
        break;
      }
    }
  }

  if ((!raws || raws.length === 0) && attached && depth < 2) {
    // A bounce forwarded as an attachment (by a filter, or a user) is read inside.
    const inner = attached.text();
    if (
      /^Content-Type:\s*message\/delivery-status|^From:.*(?:mailer-daemon|postmaster)/im.test(inner)
    ) {
      const report = parse(inner, depth + 1);
      if (report.kind !== 'not_a_report') return report;
    }
  }

  const extra = head;
  if (messageId) extra.originalMessageId = messageId;
  if (format) extra.format = format;
  if (reportingMta) extra.reportingMta = reportingMta;
  if (arrivalDate) extra.arrivalDate = arrivalDate;

  if (raws && raws.length > 0 && ctx.challenge()) {
    extra.format = 'challenge-response';
    const replied = dedupe(raws).map((raw) => notice(raw.address, 'auto_replied'));
    return finish(extra, 'auto_reply', replied);
  }

  if (!raws || raws.length === 0) {
    if (ctx.challenge() || isAutoReply(headers, cut().notice)) {
      const from = cleanAddress(header(headers, 'from'));
      extra.format = ctx.challenge() ? 'challenge-response' : 'rfc3834';
      return finish(extra, 'auto_reply', from ? [notice(from, 'auto_replied')] : []);
    }
    return NOT_A_REPORT;
  }

  if (raws.every((r) => r.action === 'complained')) {
    const complaint = finish(
      extra,
      'complaint',
      raws.map((r) => notice(r.address, 'complained')),
    );
    extra.complaint = { feedbackType: 'abuse' };
    return complaint;
  }

  const recipients = dedupe(raws).map(toRecipient);
  const failed = recipients.filter((r) => r.event === 'failed' || r.event === 'delayed');
  return failed.length > 0
    ? finish(extra, 'bounce', failed)
    : finish(extra, 'delivered', recipients);
}

/** What the format readers see; the address sets only the plain-text readers need are made on first use. */
class Context implements FormatContext {
  readonly from: string;
  #excluded?: Set<string>;
  #reporterAddress?: Set<string>;
  #senders?: Set<string>;
  #greeted?: Set<string>;
  #challenge?: boolean;

  constructor(
    readonly headers: HeaderMap,
    readonly subject: string,
    private readonly readNotice: () => string,
    private readonly readBody: () => string,
    readonly parts: readonly MimePart[],
    readonly original: OriginalMessage | undefined,
    private readonly plain: MimePart | undefined,
  ) {
    this.from = header(headers, 'from') ?? '';
  }

  /** Is the report a challenge-response notice? Most are not: the notice is looked at as it stands before it is decoded. */
  challenge(): boolean {
    this.#challenge ??=
      challengeByHeaders(this.headers, this.subject) ??
      (this.plain !== undefined &&
        mentionsChallenge(rawHead(this.plain)) &&
        mentionsChallenge(this.notice));
    return this.#challenge;
  }

  get notice(): string {
    return this.readNotice();
  }

  get body(): string {
    return this.readBody();
  }

  get senders(): ReadonlySet<string> {
    this.#senders ??= senderAddresses(this.headers, this.original, this.greeted);
    return this.#senders;
  }

  get excluded(): ReadonlySet<string> {
    this.#excluded ??= reportAddresses(this.headers, new Set(this.senders));
    return this.#excluded;
  }

  get greeted(): ReadonlySet<string> {
    this.#greeted ??= new Set(greetedAddresses(this.notice));
    return this.#greeted;
  }

  get reporterAddress(): ReadonlySet<string> {
    if (!this.#reporterAddress) {
      this.#reporterAddress = new Set(this.greeted);
      for (const a of findAddresses(this.from)) this.#reporterAddress.add(a);
    }
    return this.#reporterAddress;
  }
}

function enrichFromNotice(raws: RawRecipient[], readNotice: () => string): void {
  if (raws.every((raw) => raw.diagnostic && raw.command)) return;
  const text = readNotice();
  if (!text) return;
  // Reading blocks costs a pass over every line; skip it when there is nothing to find.
  if (raws.every((raw) => raw.diagnostic) && findCommand(text) === undefined) return;
  // Every recipient opens its own block, so one's text never runs into the next one's.
  const blocks = new Map(
    addressBlocks(text, EMPTY, new Set(raws.map((raw) => raw.address))).map((b) => [b.address, b]),
  );
  for (const raw of raws) {
    const block = blocks.get(raw.address);
    if (!raw.diagnostic) {
      // A Status that names a cause (5.1.1, not 5.0.0) is read with the words next to the
      // recipient only: the rest of the notice is boilerplate, signatures and footers
      // ("scanned by … antivirus") that say nothing about this recipient.
      const specific = raw.status !== undefined && !raw.status.endsWith('.0.0');
      const found = block
        ? blockDiagnostic(block, specific)
        : raws.length === 1 && !specific
          ? noticeExplanation(text)
          : '';
      if (found) withCodes(raw, found);
    } else if (!raw.command && block) {
      // "SMTP error from remote mail server after EHLO …", or a transcript's ">>> DATA".
      const command = findCommand(block.lines.join('\n'));
      if (command) raw.command = command;
    }
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** One line per address: some MTAs repeat a recipient (or the whole report part). */
function dedupe(raws: RawRecipient[]): RawRecipient[] {
  const byAddress = new Map<string, RawRecipient>();
  for (const raw of raws) {
    const seen = byAddress.get(raw.address);
    if (!seen || (!seen.diagnostic && raw.diagnostic)) byAddress.set(raw.address, raw);
  }
  return [...byAddress.values()];
}

/** The start of a part as it stands, with quoted-printable soft breaks undone; base64 decoded. */
function rawHead(part: MimePart): string {
  const encoding = header(part.headers, 'content-transfer-encoding')?.trim().toLowerCase();
  if (encoding === 'base64') return part.text();
  const head = part.raw.slice(0, 2 * CHALLENGE_SPAN);
  return encoding === 'quoted-printable' ? head.replace(/=\n/g, '') : head;
}

function ctxFrom(headers: HeaderMap): string {
  return header(headers, 'from') ?? '';
}

function bodyText(part: MimePart): string {
  const text = part.text();
  return part.type === 'text/html' ? stripHtml(text) : text;
}

const DELIVERED_ACTIONS = new Set(['delivered', 'relayed', 'expanded']);

/** A recipient as it is filled in, field by field, in the order the answer lists them. */
type Filling = { -readonly [K in keyof FailedRecipient]?: FailedRecipient[K] };

function toRecipient(raw: RawRecipient): BounceRecipient {
  const r: Filling = { address: raw.address };
  if (raw.diagnostic) r.diagnostic = raw.diagnostic;
  if (raw.command) r.command = raw.command;
  if (raw.remoteMta) r.remoteMta = raw.remoteMta;
  if (raw.action) r.action = raw.action;
  if ((raw.action && DELIVERED_ACTIONS.has(raw.action)) || raw.status?.startsWith('2.')) {
    const delivered = r as { -readonly [K in keyof NoticeRecipient]?: NoticeRecipient[K] };
    delivered.event = 'delivered';
    delivered.permanent = false;
    if (raw.status) delivered.enhancedCode = raw.status;
    if (raw.replyCode) delivered.replyCode = raw.replyCode;
    return delivered as NoticeRecipient;
  }
  const c = classify(raw);
  r.event = raw.action === 'delayed' ? 'delayed' : 'failed';
  r.reason = c.reason;
  r.permanent = c.permanent;
  if (c.enhancedCode) r.enhancedCode = c.enhancedCode;
  if (c.replyCode) r.replyCode = c.replyCode;
  return r as FailedRecipient;
}

function notice(address: string, event: 'complained' | 'auto_replied'): BounceRecipient {
  return { address, event, permanent: false };
}

/** Adds the report's own addresses to `set`: who wrote it and where replies to it go. */
function reportAddresses(headers: HeaderMap, set: Set<string>): Set<string> {
  for (const name of ['from', 'return-path', 'reply-to', 'sender']) {
    for (const v of headers.get(name) ?? []) for (const a of findAddresses(v)) set.add(a);
  }
  return set;
}
