import { capped, MAX_DIAGNOSTIC, MAX_RECIPIENTS } from '../limits';
import {
  bracketedAddress,
  cleanAddress,
  codes,
  findAddresses,
  findCommand,
  findReplyCode,
  findStatus,
  oneLine,
  type RawRecipient,
  trimRuns,
  withoutFirstAddress,
} from '../raw-recipient';
import type { FormatContext, FormatReader } from './context';

/**
 * The fallback for notices no specific reader claims. Most MTAs write the same shape:
 * each failed address on its own line, its error text indented below it. So: a line
 * that names a new address opens a block, and the block's other lines are its
 * diagnostic. When a block has no text of its own, the notice's explanation is all
 * there is.
 */

/** Addresses inside lines like these are senders or report plumbing, never recipients. */
const NOT_A_RECIPIENT_LINE =
  /^\s*(?:from|sender|reply-to|return-path|mail from|envelope-from|original sender|sent by|by|message-id|in-reply-to|references)\b\s*:?|\bfrom\s*<|\bMAIL FROM\b/i;

export interface Block {
  address: string;
  lines: string[];
  /** Characters in `lines`, which stop growing at MAX_BLOCK. */
  size: number;
}

/** A block's text beyond this is never read: its diagnostic is what follows the address. */
const MAX_BLOCK = 4 * MAX_DIAGNOSTIC;

function addLine(block: Block, line: string): void {
  if (block.size >= MAX_BLOCK) return;
  block.lines.push(line);
  block.size += line.length + 1;
}

/**
 * A notice cut into lines without copying them: where each line ends, and for the few
 * that name an address, the addresses the line may be about (the one in angle brackets
 * first). A notice of a hundred thousand blank lines costs an array of numbers.
 */
interface NoticeLines {
  readonly notice: string;
  /** The end of each line; a line starts one past the previous one's end. */
  readonly ends: number[];
  readonly found: ReadonlyMap<number, readonly string[]>;
  /** The lines themselves, cut out once for every reader when there are not too many. */
  lines?: string[];
}

/** Up to this many lines, a notice's lines are cut out once and kept; beyond, as needed. */
const KEPT_LINES = 2000;

function lineOf(lines: NoticeLines, k: number): string {
  if (lines.lines) return lines.lines[k]!;
  const { notice, ends } = lines;
  return notice.slice(k === 0 ? 0 : ends[k - 1]! + 1, ends[k]);
}

/** The last notice's lines: readers look at the same notice several times. */
let linesOf: NoticeLines | undefined;

function noticeLines(notice: string): NoticeLines {
  if (linesOf && linesOf.notice === notice) return linesOf;
  const ends: number[] = [];
  const found = new Map<number, readonly string[]>();
  let pos = 0;
  let at = notice.indexOf('@'); // the next `@`, found once for all the lines before it
  for (;;) {
    let end = notice.indexOf('\n', pos);
    if (end < 0) end = notice.length;
    if (at >= 0 && at < pos) at = notice.indexOf('@', pos);
    // Most lines name no address; only those that do are worth the patterns.
    if (at >= 0 && at < end) {
      const line = notice.slice(pos, end);
      if (!NOT_A_RECIPIENT_LINE.test(line)) {
        const all = findAddresses(line);
        // An address in angle brackets is the one the line is about (`a@x <b@y>: malformed`).
        const bracketed = bracketedAddress(line)?.toLowerCase();
        if (bracketed && all.includes(bracketed)) all.unshift(bracketed);
        if (all.length > 0) found.set(ends.length, all);
      }
    }
    ends.push(end);
    if (end >= notice.length) break;
    pos = end + 1;
  }
  linesOf = { notice, ends, found };
  if (ends.length <= KEPT_LINES) {
    const lines: string[] = [];
    for (let k = 0; k < ends.length; k++) lines.push(lineOf(linesOf, k));
    linesOf.lines = lines;
  }
  return linesOf;
}

/** Groups notice lines into per-address blocks. */
export function addressBlocks(
  notice: string,
  excluded: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): Block[] {
  const blocks: Block[] = [];
  const opened = new Set<string>();
  let current: Block | undefined;
  const lines = noticeLines(notice);
  const { ends, found: foundAt } = lines;
  for (let k = 0; k < ends.length; k++) {
    const found = foundAt.get(k);
    if (!found) {
      if (current && current.size < MAX_BLOCK) addLine(current, lineOf(lines, k));
      continue;
    }
    const line = lineOf(lines, k);
    const fresh = found.find((a) => !excluded.has(a) && (!only || only.has(a)) && !opened.has(a));
    const mentionsCurrent = current && found.includes(current.address);
    if (fresh && !mentionsCurrent) {
      if (blocks.length >= MAX_RECIPIENTS) break;
      current = { address: fresh, lines: [line], size: line.length + 1 };
      blocks.push(current);
      opened.add(fresh);
    } else if (current) {
      addLine(current, line);
    }
  }
  return blocks;
}

const HEAD_LEADING = codes(':"\'>,-');
const HEAD_TRAILING = codes(':"\',');

/**
 * A block's own error text: its lines minus the bare address line, up to a blank gap
 * (two blank lines), or with `paragraph`, up to the first blank line after some text.
 */
export function blockDiagnostic(block: Block, paragraph = false): string {
  const lines = block.lines;
  const headText = trimRuns(
    withoutFirstAddress(capped(lines[0] ?? '', MAX_DIAGNOSTIC)),
    HEAD_LEADING,
    HEAD_TRAILING,
  );
  const body: string[] = [];
  let blank = 0;
  let replied = false;
  let length = headText.length;
  for (let i = 1; i < lines.length && length < MAX_DIAGNOSTIC; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      // The text ends at a gap of two blank lines; one paragraph ends at the first one, and
      // so does a text that already holds the receiver's reply: what follows a blank line
      // after it is the notice's boilerplate ("Delivery attempts will continue …").
      const hasText = body.length > 0 || (paragraph && headText !== '');
      if (hasText && ++blank >= (paragraph || replied ? 1 : 2)) break;
      continue;
    }
    blank = 0;
    if (!replied && hasCode(line)) replied = true;
    body.push(line);
    length += line.length + 1;
  }
  return capped(oneLine([headText, ...body].join(' ')), MAX_DIAGNOSTIC);
}

function hasCode(text: string): boolean {
  return (findReplyCode(text) ?? 0) >= 400 || findStatus(text) !== undefined;
}

/** Sentences that say only that something failed, not why. */
const BOILERPLATE =
  /this (?:message|is) (?:was created automatically|an automatically generated)|this is a permanent error|i'm afraid i wasn't able|could not be delivered to one or more|delivery to the following recipient|sorry it didn't work out|the following address(?:es)? failed/i;

let explanationOf: { notice: string; text: string } | undefined;

/** The notice's explanation, for recipients whose block says nothing. */
export function noticeExplanation(notice: string): string {
  if (explanationOf && explanationOf.notice === notice) return explanationOf.text;
  const text = oneLine(
    notice
      .split(/\n\s*\n/)
      .filter((p) => !BOILERPLATE.test(p))
      .join(' ')
      .slice(0, 2000),
  );
  explanationOf = { notice, text };
  return text;
}

export function withCodes(raw: RawRecipient, found: string): RawRecipient {
  if (!found) return raw;
  const text = capped(found, MAX_DIAGNOSTIC);
  raw.diagnostic = text;
  const status = findStatus(text);
  if (status && !raw.status) raw.status = status;
  const reply = findReplyCode(text);
  if (reply && !raw.replyCode) raw.replyCode = reply;
  const command = findCommand(text);
  if (command && !raw.command) raw.command = command;
  return raw;
}

const LIST_OPEN = codes('<-*');
const LIST_CLOSE = codes('>:,;');

/** Is the line the address alone, as a list of failed addresses writes it (`<a@b>:`)? */
function isListLine(line: string, address: string): boolean {
  return trimRuns(line, LIST_OPEN, LIST_CLOSE).toLowerCase() === address;
}

export function failedRecipientsHeader(ctx: FormatContext): Set<string> | undefined {
  const values = ctx.headers.get('x-failed-recipients');
  if (!values) return undefined;
  const set = new Set<string>();
  for (const v of values)
    for (const a of v.split(/[,\s]+/)) {
      const c = cleanAddress(a);
      if (c) set.add(c);
    }
  return set.size > 0 ? set : undefined;
}

export const genericText: FormatReader = {
  name: 'text',
  read(ctx) {
    const only = failedRecipientsHeader(ctx);
    // X-Failed-Recipients names the envelope recipient; the notice may name the address
    // before a redirect, which is the one the sender knows. Prefer the notice's.
    let blocks = addressBlocks(ctx.notice, ctx.excluded, only);
    if (blocks.length === 0) {
      const local = only && new Set([...only].map((a) => a.slice(0, a.lastIndexOf('@'))));
      blocks = addressBlocks(ctx.notice, ctx.excluded).filter(
        (b) => !local || local.has(b.address.slice(0, b.address.lastIndexOf('@'))),
      );
    }
    if (blocks.length === 0 && only) {
      const explanation = noticeExplanation(ctx.notice);
      const addresses = [...only].slice(0, MAX_RECIPIENTS);
      return { recipients: addresses.map((address) => withCodes({ address }, explanation)) };
    }
    // A sender who mails itself gets a list of failed addresses naming its own ("The
    // following address(es) failed:\n\n  you@…:"). Only such a list line is read as one;
    // running text that names the sender ("Sorry <you@…>.", "sent by you@…") never is.
    if (blocks.length === 0) {
      blocks = addressBlocks(ctx.notice, ctx.reporterAddress).filter(
        (b) => !ctx.senders.has(b.address) || isListLine(b.lines[0] ?? '', b.address),
      );
    }
    if (blocks.length === 0) return undefined;
    const recipients = blocks.map((block) => {
      let text = blockDiagnostic(block);
      // The address may stand in a summary of the original ("RCPT TO: x@y", "To: x@y") below
      // the error; then the notice's explanation holds the server's reply, not the block.
      if (text && blocks.length === 1 && !hasCode(text)) {
        const explanation = noticeExplanation(ctx.notice);
        if (hasCode(explanation)) text = explanation;
      }
      const raw = withCodes({ address: block.address }, text || noticeExplanation(ctx.notice));
      // The block's own lines keep the transcript's ">>> RCPT To:<x>" that its text lost.
      if (!raw.command && block.lines.some((line) => line.includes('>>>'))) {
        const command = findCommand(block.lines.join('\n'));
        if (command) raw.command = command;
      }
      return raw;
    });
    return { recipients };
  },
};
