import assert from 'node:assert/strict';

/**
 * What `watchBounces` (@mailgate/bounces) needs of a cursor store, by shape: the cursor
 * saved under a source's name. Cursors are plain JSON data (numbers, strings, arrays,
 * objects).
 */
export interface CursorStoreLike {
  get(name: string): Promise<unknown>;
  set(name: string, cursor: unknown): Promise<void>;
}

/** Options of `testCursorStore`: a name, how to open a store, and how to open a second one. */
export interface CursorStoreConformanceOptions {
  /** Shown in the test names: 'memory', 'postgres (PGlite)', … */
  readonly name: string;
  /** Opens the store under test; cases use names of their own, so it may hold other data. */
  readonly create: () => CursorStoreLike | Promise<CursorStoreLike>;
  /**
   * Opens another store on the same data, as another process or a restart would. Left
   * out for a store that lives in one process's memory: the sharing case is skipped.
   */
  readonly reopen?: () => CursorStoreLike | Promise<CursorStoreLike>;
}

/** One case of the cursor store contract. */
export interface CursorStoreConformanceCase {
  readonly name: string;
  /** Whether the case needs `reopen`. */
  readonly shared?: boolean;
  run(store: CursorStoreLike, reopen?: () => Promise<CursorStoreLike>): Promise<void>;
}

let counter = 0;
const unique = (label: string) => `${label}:${process.pid}:${++counter}:${Date.now()}`;

/** What the IMAP reader keeps, with the largest UID IMAP allows. */
const imapCursor = () => ({
  uidValidity: '1733400000',
  lastUid: 4_294_967_295,
  pendingMove: [1, 2, 3, 40],
  pendingFlag: [],
});

/** The cases every cursor store passes: memory, PostgreSQL (PGlite and a server). */
export function cursorStoreConformanceCases(): CursorStoreConformanceCase[] {
  return [
    {
      name: 'answers undefined for a name never saved',
      async run(store) {
        assert.equal(await store.get(unique('never')), undefined);
      },
    },
    {
      name: 'gives back the cursor saved, equal in every field',
      async run(store) {
        const name = unique('imap');
        const cursor = imapCursor();
        await store.set(name, cursor);
        assert.deepEqual(await store.get(name), cursor);
        const mailbox = { since: 1_733_400_000_123, seen: ['AAMkAG=', 'ünïcødé ✉'] };
        await store.set(`${name}/mailbox`, mailbox);
        assert.deepEqual(await store.get(`${name}/mailbox`), mailbox);
      },
    },
    {
      name: 'replaces the cursor on a second save, and keeps names apart',
      async run(store) {
        const a = unique('a');
        const b = unique('b');
        await store.set(a, { lastUid: 1 });
        await store.set(b, { lastUid: 7 });
        await store.set(a, { lastUid: 2 });
        assert.deepEqual(await store.get(a), { lastUid: 2 });
        assert.deepEqual(await store.get(b), { lastUid: 7 });
      },
    },
    {
      name: 'keeps a copy: changing the object after saving or reading changes nothing stored',
      async run(store) {
        const name = unique('copy');
        const cursor = { lastUid: 5, pendingMove: [5] };
        await store.set(name, cursor);
        cursor.pendingMove.push(6);
        const read = (await store.get(name)) as { pendingMove: number[] };
        read.pendingMove.push(7);
        assert.deepEqual(await store.get(name), { lastUid: 5, pendingMove: [5] });
      },
    },
    {
      name: 'keeps names and values that have broken stores exactly',
      async run(store) {
        const hostile = [
          "'; DROP TABLE mailgate_cursors; --",
          'nul\u0000in the middle',
          'half a pair \uD800',
          '\u0001marker',
          '%0000',
        ];
        for (const [index, text] of hostile.entries()) {
          const name = `${unique('hostile')}${text}`;
          await store.set(name, { seen: [text], index });
          assert.deepEqual(await store.get(name), { seen: [text], index });
          assert.equal(await store.get(`${name}x`), undefined);
        }
      },
    },
    {
      name: 'shares the cursor with another process, and keeps it over a restart',
      shared: true,
      async run(store, reopen) {
        if (!reopen) throw new Error('this case needs reopen');
        const name = unique('shared');
        await store.set(name, imapCursor());
        const other = await reopen();
        assert.deepEqual(await other.get(name), imapCursor());
        await other.set(name, { ...imapCursor(), lastUid: 9, pendingMove: [] });
        assert.deepEqual(await store.get(name), { ...imapCursor(), lastUid: 9, pendingMove: [] });
      },
    },
  ];
}
