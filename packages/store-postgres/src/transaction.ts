import { isPool, type SqlClient } from './client';

/** PGlite: `transaction` runs the callback alone on the database, in one transaction. */
interface TransactionalClient extends SqlClient {
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

function isTransactional(client: SqlClient): client is TransactionalClient {
  return typeof (client as Partial<TransactionalClient>).transaction === 'function';
}

// A single connection (a `pg` Client) has one transaction at a time: calls queue.
const queues = new WeakMap<SqlClient, Promise<unknown>>();

/**
 * Runs `work` in one transaction: on a connection of its own when the client is a pool,
 * through PGlite's `transaction`, or queued behind the other transactions of a single
 * connection. Rolls back and rethrows when `work` (or COMMIT) fails.
 */
export async function transaction<T>(
  client: SqlClient,
  work: (tx: SqlClient) => Promise<T>,
): Promise<T> {
  if (isPool(client)) {
    const connection = await client.connect();
    let failed: Error | undefined;
    try {
      return await run(connection, work);
    } catch (error) {
      failed = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      // A connection whose transaction failed may be broken: the pool drops it.
      connection.release(failed);
    }
  }
  if (isTransactional(client)) return client.transaction(work);
  const previous = queues.get(client) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => run(client, work));
  queues.set(client, next);
  return next;
}

async function run<T>(client: SqlClient, work: (tx: SqlClient) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

// The advisory locks' first key, our own: "ledg" in ASCII.
const LOCK = 0x6c656467;

/**
 * Takes transaction-scoped advisory locks on `keys` (strings of our own naming), in one
 * order, so that two transactions locking overlapping sets wait instead of deadlocking.
 */
export async function lockKeys(tx: SqlClient, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock(${LOCK}, h)
       FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS s`,
    [[...keys]],
  );
}
