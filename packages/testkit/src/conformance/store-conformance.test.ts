import { memoryMailingStore, memoryStores } from '@mailgate/core';
import { testStores } from '../vitest';

testStores({
  name: 'memory',
  create: (now) => ({ ...memoryStores({ now }), mailings: memoryMailingStore() }),
});
