/**
 * What the stores need of a database client: `query(text, params)` answering `{ rows }`.
 * A `pg` Pool or Client and a PGlite instance fit as they are.
 */
export interface SqlClient {
  query<R = Record<string, unknown>>(
    text: string,
    params?: unknown[],
  ): Promise<{ readonly rows: R[] }>;
}

/** A pool (`pg.Pool`): `migrate` runs on one connection checked out of it. */
export interface SqlPool extends SqlClient {
  connect(): Promise<SqlClient & { release(error?: Error | boolean): void }>;
}

export function isPool(client: SqlClient): client is SqlPool {
  return typeof (client as Partial<SqlPool>).connect === 'function';
}
