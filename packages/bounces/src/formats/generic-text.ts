import {
  cleanAddress,
  findAddresses,
  findCommand,
  findReplyCode,
  findStatus,
  oneLine,
  type RawRecipient,
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
}

interface NoticeLine {
  readonly line: string;
  /** The addresses the line may be about, the one in angle brackets first. */
  readonly found: readonly string[];
}

const NONE: readonly string[] = [];

/** The last notice's lines: readers look at the same notice several times. */
let linesOf: { notice: string; lines: NoticeLine[] } | undefined;

function noticeLines(notice: string): NoticeLine[] {
  if (linesOf && linesOf.notice === notice) return linesOf.lines;
  const lines: NoticeLine[] = [];
  let pos = 0;
  for (;;) {
    let end = notice.indexOf('\n', pos);
    if (end < 0) end = notice.length;
    const line = notice.slice(pos, end);
    let found = NONE;
    // Most lines name no address; only those that do are worth the patterns.
    if (line.includes('@') && !NOT_A_RECIPIENT_LINE.test(line)) {
      const all = findAddresses(line);
      // An address in angle brackets is the one the line is about (`a@x <b@y>: malformed`).
      const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(line)?.[1]?.toLowerCase();
      if (bracketed && all.includes(bracketed)) all.unshift(bracketed);
      found = all;
    }
    lines.push({ line, found });
    if (end >= notice.length) break;
    pos = end + 1;
  }
  linesOf = { notice, lines };
  return lines;
}

/** Groups notice lines into per-address blocks. */
export function addressBlocks(
  notice: string,
  excluded: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const { line, found } of noticeLines(notice)) {
    if (found.length === 0) {
      current?.lines.push(line);
      continue;
    }
    const fresh = found.find(
      (a) => !excluded.has(a) && (!only || only.has(a)) && !blocks.some((b) => b.address === a),
    );
    const mentionsCurrent = current && found.includes(current.address);
    if (fresh && !mentionsCurrent) {
      current = { address: fresh, lines: [line] };
      blocks.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  return blocks;
}

/** A block's own error text: its lines minus the bare address line, up to a blank gap. */
export function blockDiagnostic(block: Block): string {
  const [head, ...rest] = block.lines;
  const headText = (head ?? '')
    .replace(/<?[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+>?/, '')
    .replace(/^[\s:"'>,-]+|[\s:"',]+$/g, '');
  const body: string[] = [];
  let blank = 0;
  for (const line of rest) {
    if (line.trim() === '') {
      if (body.length > 0 && ++blank >= 2) break;
      continue;
    }
    blank = 0;
    body.push(line);
  }
  return oneLine([headText, ...body].join(' '));
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

export function withCodes(raw: RawRecipient, text: string): RawRecipient {
  if (!text) return raw;
  raw.diagnostic = text;
  const status = findStatus(text);
  if (status && !raw.status) raw.status = status;
  const reply = findReplyCode(text);
  if (reply && !raw.replyCode) raw.replyCode = reply;
  const command = findCommand(text);
  if (command && !raw.command) raw.command = command;
  return raw;
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
      return { recipients: [...only].map((address) => withCodes({ address }, explanation)) };
    }
    // People test by mailing themselves: the sender may be the recipient after all…
    if (blocks.length === 0) blocks = addressBlocks(ctx.notice, ctx.reportAddresses);
    // …or the report may be addressed to the recipient itself (anonymised samples).
    if (blocks.length === 0) blocks = addressBlocks(ctx.notice, ctx.reporterAddress);
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
