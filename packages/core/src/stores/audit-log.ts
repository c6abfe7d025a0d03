import { grownColumn, nextCapacity } from './columns';

export const AUDIT_ADD = 0;
export const AUDIT_LIFT = 1;

/**
 * The audit trail in columns. One store call (an `add` or `lift` of a batch) is one
 * "change" holding who, why, when and what; each row it touched is one 8-byte record
 * (row index + change index). Key, scope, reason and subscription type come from the
 * suppression row, which is never reused, so the trail stays exact after a lift.
 */
export class AuditLog {
  count = 0;
  private capacity = 0;
  row = new Int32Array(0);
  change = new Uint32Array(0);

  changes = 0;
  private changeCapacity = 0;
  /** Interned ids (the store's string table). */
  actor = new Uint32Array(0);
  note = new Uint32Array(0);
  at = new Float64Array(0);
  action = new Uint8Array(0);

  /** Starts a change; answers its index for `record`. */
  begin(action: number, actor: number, note: number, at: number): number {
    if (this.changes === this.changeCapacity) {
      const capacity = nextCapacity(this.changeCapacity);
      this.actor = grownColumn(this.actor, capacity);
      this.note = grownColumn(this.note, capacity);
      this.at = grownColumn(this.at, capacity);
      this.action = grownColumn(this.action, capacity);
      this.changeCapacity = capacity;
    }
    const change = this.changes++;
    this.actor[change] = actor;
    this.note[change] = note;
    this.at[change] = at;
    this.action[change] = action;
    return change;
  }

  /** Records that `change` touched suppression row `row`. */
  record(change: number, row: number): void {
    if (this.count === this.capacity) {
      const capacity = nextCapacity(this.capacity);
      this.row = grownColumn(this.row, capacity);
      this.change = grownColumn(this.change, capacity);
      this.capacity = capacity;
    }
    this.row[this.count] = row;
    this.change[this.count] = change;
    this.count++;
  }
}
