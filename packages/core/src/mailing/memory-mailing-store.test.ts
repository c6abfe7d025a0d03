import { describeMailingStore } from '../test-support/mailing-store-contract';
import { memoryMailingStore } from './memory-mailing-store';

describeMailingStore('memoryMailingStore', () => memoryMailingStore());
