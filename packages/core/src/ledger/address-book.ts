import type { ConfirmationState } from './statuses';
import type {
  AddressChange,
  AddressStatus,
  AddressStatusProblem,
  ForgottenAddress,
  LedgerEvent,
} from './types';

/** What the ledger holds of one address of one tenant, besides its messages. */
export interface AddressRecord {
  confirmation: ConfirmationState;
  confirmationAt?: number;
  problem?: AddressStatusProblem;
  /** Events about the address that matched no message, by id. */
  events?: Map<string, LedgerEvent>;
}

const SEPARATOR = '\u0000';

/** The key of an address of a tenant (a tenant name may hold any character but NUL). */
export function addressKey(tenant: string, address: string): string {
  return `${tenant}${SEPARATOR}${address}`;
}

/**
 * The address side of the memory ledger: statuses, events that matched no message,
 * address changes, and what erasure kept. Only addresses something happened to have a
 * record: an address with none is `unconfirmed` with no problem.
 */
export class AddressBook {
  readonly records = new Map<string, AddressRecord>();
  /** By `addressKey(tenant, recipientId)`. */
  readonly changes = new Map<string, AddressChange[]>();
  readonly forgotten = new Map<string, ForgottenAddress>();

  get(tenant: string, address: string): AddressRecord | undefined {
    return this.records.get(addressKey(tenant, address));
  }

  getOrCreate(tenant: string, address: string): AddressRecord {
    const key = addressKey(tenant, address);
    let record = this.records.get(key);
    if (record === undefined) {
      record = { confirmation: 'unconfirmed' };
      this.records.set(key, record);
    }
    return record;
  }

  /** Removes every record and change of `address`; answers the problems it had, by tenant. */
  erase(address: string): Array<{ tenant: string; problem: AddressStatusProblem }> {
    const problems: Array<{ tenant: string; problem: AddressStatusProblem }> = [];
    const suffix = `${SEPARATOR}${address}`;
    for (const [key, record] of this.records) {
      if (!key.endsWith(suffix)) continue;
      if (record.problem)
        problems.push({ tenant: key.slice(0, -suffix.length), problem: record.problem });
      this.records.delete(key);
    }
    for (const [key, list] of this.changes) {
      const kept = list.filter((change) => change.from !== address && change.to !== address);
      if (kept.length === list.length) continue;
      if (kept.length === 0) this.changes.delete(key);
      else this.changes.set(key, kept);
    }
    return problems;
  }
}

/** The status a record gives (`record` absent: never heard of). */
export function statusOf(
  tenant: string,
  address: string,
  record: AddressRecord | undefined,
  problem = record?.problem,
): AddressStatus {
  const confirmation = record?.confirmation ?? 'unconfirmed';
  return {
    tenant,
    address,
    status: problem === undefined ? confirmation : 'problem',
    confirmation,
    ...(problem === undefined ? {} : { problem }),
    ...(record?.confirmationAt === undefined ? {} : { confirmationAt: record.confirmationAt }),
  };
}
