import type { Mutable } from '../mutable';
import type { Reason } from '../reasons/reason';
import type { MailingCounts } from './types';

/** The counts a store keeps (not `inFlight`: that is read from the open claims), writable. */
export type KeptCounts = Mutable<Omit<MailingCounts, 'inFlight' | 'notSent'>> & {
  notSent: Partial<Record<Reason, number>>;
};

/** Every count at zero: a new mailing's, and a batch's delta before the batch is counted. */
export function zeroCounts(): KeptCounts {
  return {
    handedOver: 0,
    sent: 0,
    refused: 0,
    failed: 0,
    uncertain: 0,
    bounced: 0,
    complaints: 0,
    unsubscribes: 0,
    importedUnsubscribes: 0,
    notSent: {},
  };
}
