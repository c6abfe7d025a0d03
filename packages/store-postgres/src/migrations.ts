/**
 * The schema, as numbered migrations: append only. A released migration never changes;
 * the next change is the next number.
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
  {
    version: 2,
    name: 'delivery ledger',
    statements: [
      // One row per message. Statuses, reasons and kinds are their ids as text (the
      // catalogues grow; a code would shift). provider_key is the provider's id without
      // angle brackets; provider_id keeps the original only when it differs. seq is the
      // order of recording (the latest of messages sharing a provider id wins).
      `CREATE TABLE mailgate_ledger_messages (
        id text PRIMARY KEY,
        tenant text NOT NULL,
        address text NOT NULL DEFAULT '',
        recipient_id text,
        category text,
        mailing_id text,
        transport text,
        provider_key text,
        provider_id text,
        actor text,
        status text NOT NULL,
        reason text,
        created_at bigint NOT NULL,
        status_at bigint NOT NULL,
        decided_by text NOT NULL DEFAULT '',
        seq bigint GENERATED ALWAYS AS IDENTITY
      )`,
      `CREATE INDEX mailgate_ledger_messages_tenant ON mailgate_ledger_messages (tenant, id)`,
      // Address first: serves (tenant, address) lists and streaks, an address in every
      // tenant (lists without a tenant, erasure).
      `CREATE INDEX mailgate_ledger_messages_address
        ON mailgate_ledger_messages (address, tenant, id) WHERE address <> ''`,
      `CREATE INDEX mailgate_ledger_messages_recipient
        ON mailgate_ledger_messages (tenant, recipient_id, id) WHERE recipient_id IS NOT NULL`,
      `CREATE INDEX mailgate_ledger_messages_mailing
        ON mailgate_ledger_messages (tenant, mailing_id, id) WHERE mailing_id IS NOT NULL`,
      `CREATE INDEX mailgate_ledger_messages_status ON mailgate_ledger_messages (tenant, status, id)`,
      `CREATE INDEX mailgate_ledger_messages_provider
        ON mailgate_ledger_messages (provider_key) WHERE provider_key IS NOT NULL`,
      // What the sweep looks at: soft bounces, oldest first.
      `CREATE INDEX mailgate_ledger_messages_soft_bounced
        ON mailgate_ledger_messages (created_at, id) WHERE status = 'soft_bounced'`,
      // message_id NULL: an event about the address only (then address is set; for an
      // event of a message, tenant and address are the message's).
      `CREATE TABLE mailgate_ledger_events (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        tenant text NOT NULL,
        message_id text,
        address text,
        id text NOT NULL,
        type text NOT NULL,
        match text,
        at bigint NOT NULL,
        reason text,
        subscription_type text,
        source text,
        detail text
      )`,
      `CREATE UNIQUE INDEX mailgate_ledger_events_message
        ON mailgate_ledger_events (message_id, id) WHERE message_id IS NOT NULL`,
      `CREATE UNIQUE INDEX mailgate_ledger_events_address
        ON mailgate_ledger_events (address, tenant, id) WHERE message_id IS NULL`,
      // Only addresses something happened to have a row.
      `CREATE TABLE mailgate_ledger_addresses (
        tenant text NOT NULL,
        address text NOT NULL,
        confirmation text NOT NULL DEFAULT 'unconfirmed',
        confirmation_at bigint,
        problem_kind text,
        problem_count integer,
        problem_last_at bigint,
        problem_last_reason text,
        problem_detail text,
        PRIMARY KEY (tenant, address)
      )`,
      `CREATE INDEX mailgate_ledger_addresses_address ON mailgate_ledger_addresses (address)`,
      `CREATE TABLE mailgate_ledger_address_changes (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        tenant text NOT NULL,
        recipient_id text NOT NULL,
        from_address text,
        to_address text,
        actor text NOT NULL,
        at bigint NOT NULL
      )`,
      `CREATE INDEX mailgate_ledger_address_changes_recipient
        ON mailgate_ledger_address_changes (tenant, recipient_id, at, seq)`,
      `CREATE INDEX mailgate_ledger_address_changes_from
        ON mailgate_ledger_address_changes (from_address) WHERE from_address IS NOT NULL`,
      `CREATE INDEX mailgate_ledger_address_changes_to
        ON mailgate_ledger_address_changes (to_address) WHERE to_address IS NOT NULL`,
      // What erasure keeps: the keyed hash, the problem kinds per tenant, the date.
      `CREATE TABLE mailgate_ledger_forgotten (
        hash text PRIMARY KEY,
        tenants text[] NOT NULL,
        kinds text[] NOT NULL,
        at bigint NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    name: 'mailings',
    statements: [
      // One row per mailing; the counts are kept as batches settle and events arrive, so
      // reading a mailing never counts its recipients. seq orders the listing.
      `CREATE TABLE mailgate_mailings (
        tenant text NOT NULL,
        id text NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        name text,
        parent_id text,
        state text NOT NULL,
        thresholds jsonb NOT NULL,
        pause jsonb,
        handed_over bigint NOT NULL DEFAULT 0,
        sent bigint NOT NULL DEFAULT 0,
        refused bigint NOT NULL DEFAULT 0,
        failed bigint NOT NULL DEFAULT 0,
        uncertain bigint NOT NULL DEFAULT 0,
        bounced bigint NOT NULL DEFAULT 0,
        complaints bigint NOT NULL DEFAULT 0,
        unsubscribes bigint NOT NULL DEFAULT 0,
        not_sent jsonb NOT NULL DEFAULT '{}',
        created_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        PRIMARY KEY (tenant, id)
      )`,
      `CREATE UNIQUE INDEX mailgate_mailings_seq ON mailgate_mailings (seq)`,
      // A recipient written ahead of its hand-off (state 'pending', with a lease), then
      // settled. The key makes a recipient claimable once per mailing.
      `CREATE TABLE mailgate_mailing_recipients (
        tenant text NOT NULL,
        mailing_id text NOT NULL,
        recipient_id text NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        address text NOT NULL,
        message_id text NOT NULL,
        state text NOT NULL,
        at bigint NOT NULL,
        lease_until bigint NOT NULL,
        PRIMARY KEY (tenant, mailing_id, recipient_id)
      )`,
      `CREATE INDEX mailgate_mailing_recipients_order
        ON mailgate_mailing_recipients (tenant, mailing_id, seq)`,
      // The few rows in flight, counted on every read of a mailing.
      `CREATE INDEX mailgate_mailing_recipients_pending
        ON mailgate_mailing_recipients (tenant, mailing_id, lease_until) WHERE state = 'pending'`,
      // When a contact was first and last mailed, and last engaged (opens, clicks).
      `CREATE TABLE mailgate_mailing_contacts (
        tenant text NOT NULL,
        address text NOT NULL,
        first_sent_at bigint,
        last_sent_at bigint,
        last_engaged_at bigint,
        PRIMARY KEY (tenant, address)
      )`,
    ],
  },
  {
    version: 4,
    name: 'bounce source cursors',
    statements: [
      // One row per `watchBounces` source (its name); the cursor as JSON text.
      `CREATE TABLE mailgate_cursors (
        name text PRIMARY KEY,
        cursor text NOT NULL,
        updated_at bigint NOT NULL
      )`,
    ],
  },
  {
    version: 5,
    name: 'idempotency lease owners',
    statements: [
      // Who holds a claim (or sent the key): only that owner's confirm or release acts as
      // its own. Rows written before stay without one (NULL): nobody's.
      `ALTER TABLE mailgate_idempotency ADD COLUMN owner text`,
    ],
  },
  {
    version: 6,
    name: 'imported unsubscribes of mailings',
    statements: [
      // Recipients whose address an import of another system's unsubscribes named, each
      // counted once (imported), and found by address when an import arrives.
      `ALTER TABLE mailgate_mailings ADD COLUMN imported_unsubscribes bigint NOT NULL DEFAULT 0`,
      `ALTER TABLE mailgate_mailing_recipients ADD COLUMN imported boolean NOT NULL DEFAULT false`,
      `CREATE INDEX mailgate_mailing_recipients_address
        ON mailgate_mailing_recipients (tenant, address)`,
    ],
  },
];

/** The newest schema version this package knows. */
export const schemaVersion = migrations[migrations.length - 1]!.version;
