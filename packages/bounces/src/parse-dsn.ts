import { capped, MAX_DIAGNOSTIC, MAX_FIELD, MAX_RECIPIENTS } from './limits';
import {
  cleanAddress,
  findCommand,
  findReplyCode,
  oneLine,
  type RawRecipient,
} from './raw-recipient';

/**
 * RFC 3464 `message/delivery-status` fields: one group of per-message fields, then one
 * group per recipient. Real MTAs blur the groups (no blank line, recipients run
 * together, fields folded oddly), so a new recipient starts at whichever of
 * Original-/Final-Recipient repeats, not only at a blank line.
 */

export interface DsnFields {
  reportingMta?: string;
  arrivalDate?: string;
  recipients: RawRecipient[];
}

interface Group {
  final?: string;
  original?: string;
  fields: Map<string, string>;
}

/** Unfolded `name: value` lines, with `null` for the blank lines between groups. */
function fieldLines(text: string): Array<[string, string] | null> {
  const out: Array<[string, string] | null> = [];
  let last: [string, string] | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    const c = line.charCodeAt(0);
    if (line.length === 0 || ((c <= 32 || c >= 128) && line.trim() === '')) {
      out.push(null);
      last = null;
      continue;
    }
    if ((c === 32 || c === 9) && last) {
      if (last[1].length < MAX_FIELD) last[1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      last = null;
      continue;
    }
    last = [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    out.push(last);
  }
  return out;
}

export function parseDsnFields(text: string): DsnFields {
  const result: DsnFields = { recipients: [] };
  const groups: Group[] = [];
  let current: Group | undefined;
  // Fields of a recipient block written before its Final-Recipient (Facebook puts
  // Diagnostic-Code and Status first) wait for the group that the block opens.
  let pending: Map<string, string> | undefined;
  for (const entry of fieldLines(text)) {
    if (entry === null) {
      if (current?.final || current?.original) current = undefined;
      continue;
    }
    const [name, value] = entry;
    if (name === 'reporting-mta') result.reportingMta ??= stripType(value);
    else if (name === 'arrival-date') result.arrivalDate ??= value;
    if (name === 'final-recipient' || name === 'original-recipient') {
      const key = name === 'final-recipient' ? 'final' : 'original';
      if (!current || current[key]) {
        if (groups.length >= MAX_RECIPIENTS) break;
        current = { fields: pending ?? new Map() };
        pending = undefined;
        groups.push(current);
      }
      current[key] = value;
      continue;
    }
    if (!current) {
      pending ??= new Map();
      if (!pending.has(name)) pending.set(name, value);
    } else if (!current.fields.has(name)) current.fields.set(name, value);
  }
  for (const group of groups) {
    // Final-Recipient is the address the report is about, unless a relay rewrote it
    // into something that is no longer a mailbox (a source route, a bare host name).
    const final = cleanAddress(group.final);
    const address = final?.includes('.') ? final : (cleanAddress(group.original) ?? final);
    if (!address) continue;
    const raw = toRaw(address, group.fields);
    if (result.reportingMta) raw.reportingMta = result.reportingMta;
    result.recipients.push(raw);
  }
  return result;
}

function stripType(value: string): string {
  const semi = value.indexOf(';');
  return (semi >= 0 ? value.slice(semi + 1) : value).trim();
}

function toRaw(address: string, fields: Map<string, string>): RawRecipient {
  const raw: RawRecipient = { address };
  const action = fields.get('action')?.toLowerCase().split(/[\s(]/)[0];
  if (action) raw.action = action;
  const statusField = fields.get('status') ?? '';
  const status = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(statusField)?.[0];
  if (status) raw.status = status;
  // RFC 3464 allows a comment after the code; some MTAs (PowerMTA, Sun Messaging Server)
  // write there what the code means to them: "5.2.1 (mailbox disabled, not accepting
  // messages)". It is the reporting MTA's reading, kept beside the receiver's words.
  const comment = /\(([^()]{3,120})\)/.exec(statusField)?.[1]?.trim();
  if (comment) raw.statusComment = comment;
  const code = fields.get('diagnostic-code');
  if (code) {
    const semi = code.indexOf(';');
    const type = semi > 0 && semi < 16 ? code.slice(0, semi).trim().toLowerCase() : '';
    const text = capped(oneLine(type ? code.slice(semi + 1) : code), MAX_DIAGNOSTIC);
    if (type) raw.diagnosticType = type;
    if (text) {
      raw.diagnostic = text;
      const reply = findReplyCode(text);
      if (reply) raw.replyCode = reply;
      const command = findCommand(text);
      if (command) raw.command = command;
    }
  }
  const remote = fields.get('remote-mta');
  if (remote) raw.remoteMta = stripType(remote);
  if (action === 'delayed') raw.temporary = true;
  // A queue that gave up after its lifetime says so only in structure, not in text.
  if (action === 'delayed' || action === 'expired') raw.structural = 'delivery_expired';
  return raw;
}
