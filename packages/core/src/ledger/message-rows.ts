import { grownColumn, nextCapacity } from '../stores/columns';

/** End of a chain. */
export const NONE = -1;

/**
 * Every recorded message, one row each, in typed-array columns: the strings that differ
 * per message (id, recipient, address, provider id) are kept as they are, everything
 * that repeats (tenant, category, mailing, transport, actor) as interned ids, so a
 * message costs its strings plus ~60 bytes and no object.
 */
export class MessageRows {
  count = 0;
  private capacity = 0;
  readonly ids: string[] = [];
  readonly recipients: Array<string | undefined> = [];
  /** Normalized addresses; '' when none was chosen. */
  readonly addresses: string[] = [];
  readonly providerIds: Array<string | undefined> = [];
  /** Interned ids (0 = none). */
  tenant = new Uint32Array(0);
  category = new Uint32Array(0);
  mailing = new Uint32Array(0);
  transport = new Uint32Array(0);
  actor = new Uint32Array(0);
  /** Index in `statusPrecedence`. */
  status = new Uint8Array(0);
  /** Index in `reasonIds` + 1 (0 = none). */
  reason = new Uint8Array(0);
  /** 1 once forgotten: the row stays so that row numbers remain stable. */
  deleted = new Uint8Array(0);
  createdAt = new Float64Array(0);
  statusAt = new Float64Array(0);
  /** The event that decided the status (`NONE`: the recording itself). */
  decidedBy = new Int32Array(0);
  /** The message's latest event; older ones follow `EventRows.next`. */
  lastEvent = new Int32Array(0);
  /** The previous message of the same tenant and address. */
  previousOfAddress = new Int32Array(0);

  /** Appends a row with its strings; the caller fills the columns. Answers its index. */
  append(id: string, recipient: string | undefined, address: string, provider?: string): number {
    if (this.count === this.capacity) this.grow();
    const row = this.count++;
    this.ids.push(id);
    this.recipients.push(recipient);
    this.addresses.push(address);
    this.providerIds.push(provider);
    this.decidedBy[row] = NONE;
    this.lastEvent[row] = NONE;
    this.previousOfAddress[row] = NONE;
    return row;
  }

  private grow(): void {
    const capacity = nextCapacity(this.capacity);
    this.tenant = grownColumn(this.tenant, capacity);
    this.category = grownColumn(this.category, capacity);
    this.mailing = grownColumn(this.mailing, capacity);
    this.transport = grownColumn(this.transport, capacity);
    this.actor = grownColumn(this.actor, capacity);
    this.status = grownColumn(this.status, capacity);
    this.reason = grownColumn(this.reason, capacity);
    this.deleted = grownColumn(this.deleted, capacity);
    this.createdAt = grownColumn(this.createdAt, capacity);
    this.statusAt = grownColumn(this.statusAt, capacity);
    this.decidedBy = grownColumn(this.decidedBy, capacity);
    this.lastEvent = grownColumn(this.lastEvent, capacity);
    this.previousOfAddress = grownColumn(this.previousOfAddress, capacity);
    this.capacity = capacity;
  }
}

/**
 * Every event applied to a message, one row each, chained newest first per message.
 * The event's tenant and address are its message's, so rows do not repeat them.
 */
export class EventRows {
  count = 0;
  private capacity = 0;
  readonly ids: string[] = [];
  /** Short diagnostics; personal data, cleared by `forget`. */
  readonly details: Array<string | undefined> = [];
  message = new Int32Array(0);
  /** Index in `ledgerEventTypes`. */
  type = new Uint8Array(0);
  /** Index in `reasonIds` + 1 (0 = none). */
  reason = new Uint8Array(0);
  /** Index in `matchKinds` + 1 (0 = none). */
  match = new Uint8Array(0);
  /** Interned (0 = none). */
  source = new Uint32Array(0);
  subscriptionType = new Uint32Array(0);
  at = new Float64Array(0);
  /** The same message's previous event. */
  next = new Int32Array(0);

  append(id: string, detail: string | undefined): number {
    if (this.count === this.capacity) this.grow();
    const row = this.count++;
    this.ids.push(id);
    this.details.push(detail);
    this.next[row] = NONE;
    return row;
  }

  private grow(): void {
    const capacity = nextCapacity(this.capacity);
    this.message = grownColumn(this.message, capacity);
    this.type = grownColumn(this.type, capacity);
    this.reason = grownColumn(this.reason, capacity);
    this.match = grownColumn(this.match, capacity);
    this.source = grownColumn(this.source, capacity);
    this.subscriptionType = grownColumn(this.subscriptionType, capacity);
    this.at = grownColumn(this.at, capacity);
    this.next = grownColumn(this.next, capacity);
    this.capacity = capacity;
  }
}
