import { testCursorStore } from '@mailgate/testkit/vitest';
import { memoryCursorStore } from './bounce-source';

// The contract the PostgreSQL cursor store (@mailgate/store-postgres) passes too.
testCursorStore({ name: 'memory', create: () => memoryCursorStore() });
