import { describeLedgerStore } from '../test-support/ledger-store-contract';
import { memoryLedgerStore } from './memory-ledger-store';

describeLedgerStore('memoryLedgerStore', (rules) => memoryLedgerStore({ rules }));
