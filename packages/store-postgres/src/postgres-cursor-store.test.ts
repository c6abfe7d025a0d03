import type { PGlite } from '@electric-sql/pglite';
import { testCursorStore } from '@mailgate/testkit/vitest';
import { afterAll, beforeAll } from 'vitest';
import { type PgliteStores, pgliteStores } from './pglite-stores';
import { postgresCursorStore } from './postgres-cursor-store';

// PGlite takes seconds to start (initdb in WebAssembly), more on a busy machine.
const STARTUP_MS = 120_000;
let opened: PgliteStores;
let db: PGlite;
beforeAll(async () => {
  opened = await pgliteStores();
  db = opened.db;
}, STARTUP_MS);
afterAll(async () => {
  await opened?.close();
});

// `pgliteStores` includes it; a second store on the same database stands for another process.
testCursorStore({
  name: 'postgres (PGlite)',
  create: () => opened.cursors,
  reopen: () => postgresCursorStore(db),
});
