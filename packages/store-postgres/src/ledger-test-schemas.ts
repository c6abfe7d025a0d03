// Test helper (not exported): a fresh, migrated schema per ledger store, on one PGlite
// database or one server pool, so that the contract's many stores never meet.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { SqlClient } from './client';
import { migrations } from './migrations';

let next = 0;
const schemaName = () => `ledger_${process.pid}_${next++}`;

const statements = migrations.flatMap((migration) => migration.statements);

/** Clients of fresh schemas of one PGlite database: each call runs alone, in its schema. */
export function pgliteSchemas(db: PGlite): () => Promise<SqlClient> {
  return async () => {
    const schema = schemaName();
    await db.transaction(async (tx) => {
      await tx.query(`CREATE SCHEMA ${schema}`);
      await tx.query(`SET LOCAL search_path TO ${schema}`);
      // One round trip for the whole schema: the contract makes dozens of stores.
      await tx.exec(statements.join(';\n'));
    });
    const within = <T>(work: (tx: SqlClient) => Promise<T>) =>
      db.transaction(async (tx) => {
        await tx.query(`SET LOCAL search_path TO ${schema}`);
        return work(tx as SqlClient);
      });
    const client = {
      query: (text: string, params?: unknown[]) => within((tx) => tx.query(text, params)),
      transaction: within,
    };
    return client as SqlClient;
  };
}

/** Clients of fresh schemas on one server pool: every connection set to the schema. */
export function serverSchemas(pool: pg.Pool): () => Promise<SqlClient> {
  return async () => {
    const schema = schemaName();
    const connection = await pool.connect();
    try {
      await connection.query('BEGIN');
      await connection.query(`CREATE SCHEMA ${schema}`);
      await connection.query(`SET LOCAL search_path TO ${schema}`);
      await connection.query(statements.join(';\n'));
      await connection.query('COMMIT');
    } finally {
      connection.release();
    }
    const connect = async () => {
      const c = await pool.connect();
      await c.query(`SET search_path TO ${schema}`);
      return c;
    };
    return {
      async query(text: string, params?: unknown[]) {
        const c = await connect();
        try {
          return await c.query(text, params);
        } finally {
          c.release();
        }
      },
      connect,
    } as unknown as SqlClient;
  };
}
