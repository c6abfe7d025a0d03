import type { SqlClient } from './client';
import { toStored } from './text';

/** Where `watchBounces` (@mailgate/bounces) keeps each source's cursor. */
export interface PostgresCursorStore {
  /** The cursor saved under `name`, or undefined. */
  get(name: string): Promise<unknown>;
  /** Saves the cursor under `name` (one upsert). */
  set(name: string, cursor: unknown): Promise<void>;
}

/**
 * Cursors of `watchBounces` in PostgreSQL (`mailgate_cursors`, one row per source: the
 * IMAP reader's UIDVALIDITY and last UID, a provider mailbox's time): every process on the
 * database, and the next start, resume where the last save left off. The cursor is kept
 * as JSON text, so that any string it holds comes back exactly (jsonb refuses NUL).
 */
export function postgresCursorStore(
  client: SqlClient,
  options: { readonly now?: () => number } = {},
): PostgresCursorStore {
  const clock = options.now ?? Date.now;
  return {
    async get(name) {
      const { rows } = await client.query<{ cursor: string }>(
        'SELECT cursor FROM mailgate_cursors WHERE name = $1',
        [toStored(name)],
      );
      const row = rows[0];
      return row === undefined ? undefined : JSON.parse(row.cursor);
    },
    async set(name, cursor) {
      const text = JSON.stringify(cursor);
      if (text === undefined) throw new TypeError('a cursor is JSON data');
      await client.query(
        `INSERT INTO mailgate_cursors (name, cursor, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
        [toStored(name), text, clock()],
      );
    },
  };
}
