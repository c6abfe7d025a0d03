/**
 * The schema, as numbered migrations: append only. A released migration never changes;
 * the next change is the next number (the ledger and the mailings come as 2, 3, …).
 * Each statement is one query, so that every client runs them (PGlite's `query` takes
 * one statement at a time).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'suppressions, audit, counters, idempotency',
    statements: [
      // tenant '' is the global scope. Times are ms since the epoch, as everywhere in
      // mailgate; expires_at NULL is never. reason is the code of `suppressionReasons`.
      `CREATE TABLE mailgate_suppressions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tenant text NOT NULL,
        key text NOT NULL,
        reason smallint NOT NULL,
        subscription_type text NOT NULL DEFAULT '',
        source text NOT NULL,
        created_at bigint NOT NULL,
        expires_at bigint
      )`,
      // Serves lookup (key = ANY, tenant in ('', t)), upsert and lift.
      `CREATE UNIQUE INDEX mailgate_suppressions_entry
        ON mailgate_suppressions (key, tenant, reason, subscription_type)`,
      `CREATE TABLE mailgate_suppression_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        action text NOT NULL,
        tenant text NOT NULL,
        key text NOT NULL,
        reason smallint NOT NULL,
        subscription_type text NOT NULL DEFAULT '',
        actor text NOT NULL,
        note text,
        at bigint NOT NULL
      )`,
      `CREATE INDEX mailgate_suppression_audit_key ON mailgate_suppression_audit (key, id)`,
      `CREATE TABLE mailgate_counters (
        key text PRIMARY KEY,
        value bigint NOT NULL,
        expires_at bigint NOT NULL
      )`,
      `CREATE INDEX mailgate_counters_expiry ON mailgate_counters (expires_at)`,
      // state 0: claimed (a lease), 1: sent.
      `CREATE TABLE mailgate_idempotency (
        key text PRIMARY KEY,
        state smallint NOT NULL,
        expires_at bigint NOT NULL
      )`,
      `CREATE INDEX mailgate_idempotency_expiry ON mailgate_idempotency (expires_at)`,
    ],
  },
];

/** The newest schema version this package knows. */
export const schemaVersion = migrations[migrations.length - 1]!.version;
