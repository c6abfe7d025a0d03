import { grownColumn, nextCapacity } from '../stores/columns';
import { KeyIndex, keyHash } from '../stores/key-index';
import type { RecipientState } from './types';

/** A row's state, as stored in `RecipientRows.state`; `Released` rows are gone (sendable again). */
export const Slot = {
  Pending: 0,
  Sent: 1,
  Refused: 2,
  Failed: 3,
  Uncertain: 4,
  Released: 5,
} as const;
export type Slot = (typeof Slot)[keyof typeof Slot];

/** `RecipientState` by `Slot` (without `Released`). */
export const slotStates: readonly RecipientState[] = [
  'pending',
  'sent',
  'refused',
  'failed',
  'uncertain',
];

/** The rows one `claim` wrote, counted down as they settle. */
export interface Claim {
  readonly leaseUntil: number;
  pending: number;
}

/**
 * The recipients of one mailing in claim order, in columns: the strings a row needs (the
 * recipient id, the address, the message id) are the caller's own, everything else is a
 * number in a typed array, so a recipient costs no object and the garbage collector has
 * nothing per recipient to trace. The row number is also the recipient's place in the
 * claim order (the cursor of `recipients`).
 */
export class RecipientRows {
  count = 0;
  private capacity = 0;
  readonly ids: string[] = [];
  readonly addresses: string[] = [];
  readonly messageIds: string[] = [];
  /** Recipient id → its current (not released) row. */
  private readonly index = new KeyIndex(this.ids);
  /** A `Slot`. */
  state = new Uint8Array(0);
  at = new Float64Array(0);
  /** Index in `claims` while pending. */
  claim = new Int32Array(0);
  /** 1 once an import of unsubscribes named the address (counted once). */
  imported = new Uint8Array(0);
  /** Every claim that wrote rows, by number; `open` holds those with rows still pending. */
  readonly claims: Claim[] = [];
  readonly open = new Set<Claim>();
  private hashBuffer = new Int32Array(0);

  /** The recipient's current row, or -1. */
  rowOf(id: string): number {
    return this.index.get(id, keyHash(id));
  }

  /**
   * The recipient's current row; when it has none, a new pending row of `claim` and -1.
   * One probe of the index per recipient, with the hash `hashes` made.
   */
  claimRow(
    id: string,
    hash: number,
    address: string,
    messageId: string,
    claim: number,
    at: number,
  ): number {
    // The index reads the row's key only on a hash match, so the row may be added before
    // its id is in `ids`.
    const found = this.index.add(id, hash, this.count);
    if (found !== -1) return found;
    if (this.count === this.capacity) this.grow();
    const row = this.count++;
    this.ids.push(id);
    this.addresses.push(address);
    this.messageIds.push(messageId);
    this.state[row] = Slot.Pending;
    this.at[row] = at;
    this.claim[row] = claim;
    return -1;
  }

  /**
   * The hashes of a batch's recipient ids, with their index slots read ahead: the reads
   * do not wait for each other, so `claimRow` then finds the slots in the cache instead
   * of waiting for memory once per recipient.
   */
  hashes(recipients: readonly { readonly recipientId: string }[]): Int32Array {
    let hashes = this.hashBuffer;
    if (hashes.length < recipients.length)
      hashes = this.hashBuffer = new Int32Array(recipients.length);
    for (let i = 0; i < recipients.length; i++) hashes[i] = keyHash(recipients[i]!.recipientId);
    this.index.touch(hashes, recipients.length);
    return hashes;
  }

  /**
   * The pending row of `id`, looked for first at `guess` (settling goes in claim order,
   * so the guess is nearly always right and costs no hash), then in the index; -1 when
   * the recipient has no pending row.
   */
  pendingRow(id: string, guess: number): number {
    // `guess` is -1 before the first: `ids[-1]` would be a named-property look-up.
    const row = guess >= 0 && this.ids[guess] === id ? guess : this.rowOf(id);
    return row !== -1 && this.state[row] === Slot.Pending ? row : -1;
  }

  /** Takes a released row out of the index: the recipient may be claimed again. */
  release(row: number): void {
    const id = this.ids[row]!;
    this.index.delete(id, keyHash(id));
  }

  /** The row's state at `now`: a pending row past its lease reads as uncertain. */
  stateAt(row: number, now: number): Slot {
    const state = this.state[row]! as Slot;
    return state === Slot.Pending && this.claims[this.claim[row]!]!.leaseUntil <= now
      ? Slot.Uncertain
      : state;
  }

  private grow(): void {
    const capacity = nextCapacity(this.capacity);
    this.state = grownColumn(this.state, capacity);
    this.at = grownColumn(this.at, capacity);
    this.claim = grownColumn(this.claim, capacity);
    this.imported = grownColumn(this.imported, capacity);
    this.capacity = capacity;
  }
}

/**
 * What is known of one tenant's contacts: when a mailing first and last handed a message
 * to each address over, and its last open or click. The sent times are derived from the
 * mailings' rows, folded in when read (`fold`), not on the sending path: a mailing's
 * bookkeeping stays one index probe per recipient. `folded` says up to which row each
 * mailing is in; a row below it that settles as sent later is added as it settles.
 */
export class Contacts {
  private readonly sent = new Map<string, { first: number; last: number }>();
  readonly engaged = new Map<string, number>();
  readonly folded = new Map<RecipientRows, number>();

  /** Adds the sent rows of `rows` not folded in yet. */
  fold(rows: RecipientRows): void {
    const from = this.folded.get(rows) ?? 0;
    for (let row = from; row < rows.count; row++)
      if (rows.state[row] === Slot.Sent) this.mailed(rows.addresses[row]!, rows.at[row]!);
    this.folded.set(rows, rows.count);
  }

  /** The rows of `rows` folded in so far: a row below settling as sent must be `settled`. */
  foldedTo(rows: RecipientRows): number {
    return this.folded.get(rows) ?? 0;
  }

  /** A row below `foldedTo` that settled as sent: counted now. */
  settled(rows: RecipientRows, row: number): void {
    this.mailed(rows.addresses[row]!, rows.at[row]!);
  }

  /** First and last sent of an address (fold first). */
  sentTimes(address: string): { readonly first: number; readonly last: number } | undefined {
    return this.sent.get(address);
  }

  engage(address: string, at: number): void {
    const last = this.engaged.get(address);
    if (last === undefined || at > last) this.engaged.set(address, at);
  }

  private mailed(address: string, at: number): void {
    const known = this.sent.get(address);
    if (known === undefined) this.sent.set(address, { first: at, last: at });
    else {
      if (at < known.first) known.first = at;
      if (at > known.last) known.last = at;
    }
  }
}
