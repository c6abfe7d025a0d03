import { grownColumn, nextCapacity } from './columns';

/** Row values, already normalized and interned, for `SuppressionRows.append`. */
export interface SuppressionRowValues {
  readonly key: string;
  readonly scope: number;
  readonly reason: number;
  readonly subscriptionType: number;
  readonly source: number;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** End of a chain in `next`. */
export const NO_ROW = -1;

/**
 * Every suppression ever added, one row each, in columns: a row costs ~42 bytes and no
 * object. Rows are never reused: a lifted row stays (flagged) so that the audit trail
 * can point at it, and so a row index is a stable list cursor.
 *
 * Rows for the same key and scope form a chain through `next`, whose head the scope's
 * `KeyIndex` holds; a key with one entry (the common case) is one slot and one row.
 */
export class SuppressionRows {
  count = 0;
  private capacity = 0;
  /** The key strings, by row; the scope indexes compare against these. */
  readonly keys: string[] = [];
  /** Tenant id (see the store's tenant table); 0 = global. */
  scope = new Uint32Array(0);
  /** Code in `suppressionReasons`. */
  reason = new Uint8Array(0);
  /** 1 once lifted. */
  lifted = new Uint8Array(0);
  /** Interned ids; 0 = none. */
  source = new Uint32Array(0);
  subscriptionType = new Uint32Array(0);
  createdAt = new Float64Array(0);
  /** `Infinity` = never expires, which keeps the expiry test one comparison. */
  expiresAt = new Float64Array(0);
  /** The next row of the same key and scope, or `NO_ROW`. */
  next = new Int32Array(0);

  /** Appends a row; answers its index. */
  append(values: SuppressionRowValues): number {
    if (this.count === this.capacity) this.grow();
    const row = this.count++;
    this.keys.push(values.key);
    this.scope[row] = values.scope;
    this.reason[row] = values.reason;
    this.source[row] = values.source;
    this.subscriptionType[row] = values.subscriptionType;
    this.createdAt[row] = values.createdAt;
    this.expiresAt[row] = values.expiresAt;
    this.next[row] = NO_ROW;
    return row;
  }

  private grow(): void {
    const capacity = nextCapacity(this.capacity);
    this.scope = grownColumn(this.scope, capacity);
    this.reason = grownColumn(this.reason, capacity);
    this.lifted = grownColumn(this.lifted, capacity);
    this.source = grownColumn(this.source, capacity);
    this.subscriptionType = grownColumn(this.subscriptionType, capacity);
    this.createdAt = grownColumn(this.createdAt, capacity);
    this.expiresAt = grownColumn(this.expiresAt, capacity);
    this.next = grownColumn(this.next, capacity);
    this.capacity = capacity;
  }
}
