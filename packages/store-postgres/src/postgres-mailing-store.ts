import type {
  ClaimAnswer,
  ContactActivity,
  MailingCounts,
  MailingDelta,
  MailingKey,
  MailingPause,
  MailingRecipient,
  MailingRecord,
  MailingStore,
  MailingThresholds,
  Reason,
} from '@mailgate/core';
import type { SqlClient } from './client';
import { transaction } from './transaction';

type Row = Record<string, unknown>;

const NUMBERS = [
  ['handedOver', 'handed_over'],
  ['sent', 'sent'],
  ['refused', 'refused'],
  ['failed', 'failed'],
  ['uncertain', 'uncertain'],
  ['bounced', 'bounced'],
  ['complaints', 'complaints'],
  ['unsubscribes', 'unsubscribes'],
  ['importedUnsubscribes', 'imported_unsubscribes'],
] as const;

// The mailing row with the recipients in flight (pending, within the lease) and those
// whose lease ran out (read as uncertain), counted over the partial index of pending rows.
const SELECT_MAILING = `SELECT m.*,
    (SELECT count(*) FROM mailgate_mailing_recipients r
      WHERE r.tenant = m.tenant AND r.mailing_id = m.id AND r.state = 'pending'
        AND r.lease_until > $NOW) AS in_flight,
    (SELECT count(*) FROM mailgate_mailing_recipients r
      WHERE r.tenant = m.tenant AND r.mailing_id = m.id AND r.state = 'pending'
        AND r.lease_until <= $NOW) AS lapsed
  FROM mailgate_mailings m`;

/**
 * Mailings in PostgreSQL (`mailgate_mailings`, `mailgate_mailing_recipients`,
 * `mailgate_mailing_contacts`; migration 3). Each call is one transaction; `claim` locks
 * the mailing's row, so claims of one mailing by several processes take turns and a
 * recipient is claimed once. A batch costs one `claim` and one `settle`.
 */
export function postgresMailingStore(client: SqlClient): MailingStore {
  const read = async (db: SqlClient, where: string, params: unknown[], now: number) => {
    const n = params.length + 1;
    const { rows } = await db.query<Row>(`${SELECT_MAILING.replaceAll('$NOW', `$${n}`)} ${where}`, [
      ...params,
      now,
    ]);
    return rows.map(toRecord);
  };
  const one = async (db: SqlClient, key: MailingKey, now: number) =>
    (await read(db, 'WHERE m.tenant = $1 AND m.id = $2', [key.tenant, key.id], now))[0];

  return {
    claim(mailing, recipients, { now, leaseMs, remainingOf }) {
      return transaction(client, async (tx) => {
        if (remainingOf !== undefined) {
          const parent = await tx.query(
            'SELECT 1 FROM mailgate_mailings WHERE tenant = $1 AND id = $2',
            [mailing.tenant, remainingOf.parentId],
          );
          if (parent.rows.length === 0)
            return { answers: recipients.map((): ClaimAnswer => 'held') };
        }
        // Creates the mailing, or locks it: claims of one mailing take turns.
        const { rows } = await tx.query<{ state: string }>(
          `INSERT INTO mailgate_mailings AS m
             (tenant, id, name, parent_id, state, thresholds, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'running', $5, $6, $6)
           ON CONFLICT (tenant, id) DO UPDATE SET updated_at = m.updated_at
           RETURNING state`,
          [
            mailing.tenant,
            mailing.id,
            mailing.name ?? null,
            mailing.parentId ?? null,
            JSON.stringify(mailing.thresholds),
            now,
          ],
        );
        const held = rows[0]?.state === 'paused';
        const answers: ClaimAnswer[] = recipients.map(() => 'held');
        if (!held && recipients.length > 0) {
          const ids = recipients.map((recipient) => recipient.recipientId);
          const existing = await states(tx, mailing.tenant, mailing.id, ids, now);
          const inParent =
            remainingOf === undefined
              ? new Map<string, string>()
              : await states(tx, mailing.tenant, remainingOf.parentId, ids, now);
          const unengaged =
            remainingOf === undefined
              ? new Set<string>()
              : await unengagedAddresses(
                  tx,
                  mailing.tenant,
                  recipients.map((recipient) => recipient.address),
                  remainingOf.unengagedBefore,
                );
          const seen = new Set<string>();
          const insert: (typeof recipients)[number][] = [];
          recipients.forEach((recipient, i) => {
            const id = recipient.recipientId;
            const state = existing.get(id);
            if (seen.has(id)) answers[i] = 'in_flight';
            else if (state !== undefined)
              answers[i] =
                state === 'pending' ? 'in_flight' : state === 'uncertain' ? 'uncertain' : 'mailed';
            else if (inParent.has(id)) answers[i] = 'mailed';
            else if (unengaged.has(recipient.address)) answers[i] = 'unengaged';
            else {
              answers[i] = 'claimed';
              insert.push(recipient);
            }
            seen.add(id);
          });
          if (insert.length > 0)
            await tx.query(
              `INSERT INTO mailgate_mailing_recipients
                 (tenant, mailing_id, recipient_id, address, message_id, state, at, lease_until)
               SELECT $1, $2, r, a, m, 'pending', $6, $7
                 FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(r, a, m, o)
                 ORDER BY o`,
              [
                mailing.tenant,
                mailing.id,
                insert.map((recipient) => recipient.recipientId),
                insert.map((recipient) => recipient.address),
                insert.map((recipient) => recipient.messageId),
                now,
                now + leaseMs,
              ],
            );
        }
        return { mailing: (await one(tx, mailing, now))!, answers };
      });
    },

    settle(key, recipients, delta, now) {
      return transaction(client, async (tx) => {
        const current = await tx.query<{ not_sent: unknown }>(
          'SELECT not_sent FROM mailgate_mailings WHERE tenant = $1 AND id = $2 FOR UPDATE',
          [key.tenant, key.id],
        );
        if (current.rows.length === 0) return undefined;
        const released = recipients.filter((r) => r.state === 'released').map((r) => r.recipientId);
        const settled = recipients.filter((r) => r.state !== 'released');
        if (released.length > 0)
          await tx.query(
            `DELETE FROM mailgate_mailing_recipients
              WHERE tenant = $1 AND mailing_id = $2 AND recipient_id = ANY($3::text[]) AND state = 'pending'`,
            [key.tenant, key.id, released],
          );
        if (settled.length > 0) {
          const { rows } = await tx.query<{ address: string; state: string }>(
            `UPDATE mailgate_mailing_recipients r SET state = t.s, at = $5
               FROM unnest($3::text[], $4::text[]) AS t(id, s)
              WHERE r.tenant = $1 AND r.mailing_id = $2 AND r.recipient_id = t.id AND r.state = 'pending'
              RETURNING r.address, r.state`,
            [
              key.tenant,
              key.id,
              settled.map((r) => r.recipientId),
              settled.map((r) => r.state),
              now,
            ],
          );
          const mailed = [
            ...new Set(rows.filter((row) => row.state === 'sent').map((row) => row.address)),
          ];
          if (mailed.length > 0)
            await tx.query(
              `INSERT INTO mailgate_mailing_contacts AS c (tenant, address, first_sent_at, last_sent_at)
               SELECT $1, a, $3, $3 FROM unnest($2::text[]) AS t(a)
               ON CONFLICT (tenant, address) DO UPDATE SET
                 first_sent_at = LEAST(COALESCE(c.first_sent_at, excluded.first_sent_at), excluded.first_sent_at),
                 last_sent_at = GREATEST(COALESCE(c.last_sent_at, excluded.last_sent_at), excluded.last_sent_at)`,
              [key.tenant, mailed, now],
            );
        }
        await addCounts(tx, key, delta, parseJson(current.rows[0]!.not_sent), now);
        return one(tx, key, now);
      });
    },

    addEvents(counts, engaged, now) {
      return transaction(client, async (tx) => {
        if (engaged.length > 0)
          await tx.query(
            `INSERT INTO mailgate_mailing_contacts AS c (tenant, address, last_engaged_at)
             SELECT tenant, address, max(at) FROM unnest($1::text[], $2::text[], $3::bigint[]) AS t(tenant, address, at)
              GROUP BY tenant, address
             ON CONFLICT (tenant, address) DO UPDATE SET
               last_engaged_at = GREATEST(COALESCE(c.last_engaged_at, excluded.last_engaged_at), excluded.last_engaged_at)`,
            [engaged.map((e) => e.tenant), engaged.map((e) => e.address), engaged.map((e) => e.at)],
          );
        const answers: (MailingRecord | undefined)[] = [];
        for (const count of counts) {
          const current = await tx.query<{ not_sent: unknown }>(
            'SELECT not_sent FROM mailgate_mailings WHERE tenant = $1 AND id = $2 FOR UPDATE',
            [count.tenant, count.id],
          );
          if (current.rows.length === 0) {
            answers.push(undefined);
            continue;
          }
          await addCounts(tx, count, count, parseJson(current.rows[0]!.not_sent), now);
          answers.push(await one(tx, count, now));
        }
        return answers;
      });
    },

    async addImported(tenant, addresses, now) {
      if (addresses.length === 0) return [];
      // One statement: mark the rows named (each once), add them up per mailing.
      const { rows } = await client.query<{ tenant: string; id: string; seq: string }>(
        `WITH hit AS (
           UPDATE mailgate_mailing_recipients SET imported = true
            WHERE ($1::text IS NULL OR tenant = $1) AND address = ANY($2::text[]) AND NOT imported
            RETURNING tenant, mailing_id),
         counted AS (SELECT tenant, mailing_id, count(*) AS n FROM hit GROUP BY tenant, mailing_id)
         UPDATE mailgate_mailings m
            SET imported_unsubscribes = m.imported_unsubscribes + c.n, updated_at = $3
           FROM counted c
          WHERE m.tenant = c.tenant AND m.id = c.mailing_id
          RETURNING m.tenant, m.id, m.seq`,
        [tenant ?? null, [...new Set(addresses)], now],
      );
      return rows
        .sort((a, b) => Number(a.seq) - Number(b.seq))
        .map((row) => ({ tenant: String(row.tenant), id: String(row.id) }));
    },

    setState(key, state, pause, now) {
      return transaction(client, async (tx) => {
        const current = await tx.query<{ state: string }>(
          'SELECT state FROM mailgate_mailings WHERE tenant = $1 AND id = $2 FOR UPDATE',
          [key.tenant, key.id],
        );
        const from = current.rows[0]?.state;
        if (from === undefined) return undefined;
        const changed =
          from !== state &&
          (state === 'paused' || (state === 'running' ? from === 'paused' : from === 'running'));
        if (changed)
          await tx.query(
            'UPDATE mailgate_mailings SET state = $3, pause = $4, updated_at = $5 WHERE tenant = $1 AND id = $2',
            [
              key.tenant,
              key.id,
              state,
              state === 'paused' && pause !== undefined ? JSON.stringify(pause) : null,
              now,
            ],
          );
        return { mailing: (await one(tx, key, now))!, changed };
      });
    },

    async get(keys, now) {
      if (keys.length === 0) return [];
      const found = await read(
        client,
        'JOIN unnest($1::text[], $2::text[]) AS k(t, i) ON m.tenant = k.t AND m.id = k.i',
        [keys.map((key) => key.tenant), keys.map((key) => key.id)],
        now,
      );
      const byKey = new Map(found.map((record) => [`${record.tenant}\u0000${record.id}`, record]));
      return keys.map((key) => byKey.get(`${key.tenant}\u0000${key.id}`));
    },

    async list(filter, now) {
      const limit = pageLimit(filter.limit);
      const after = Number(filter.cursor ?? -1);
      const rows = await read(
        client,
        `WHERE m.seq > $1 AND ($2::text IS NULL OR m.tenant = $2) AND ($3::text IS NULL OR m.state = $3)
           AND ($4::text IS NULL OR m.parent_id = $4)
         ORDER BY m.seq LIMIT $5`,
        [
          Number.isFinite(after) ? after : -1,
          filter.tenant ?? null,
          filter.state ?? null,
          filter.parentId ?? null,
          limit + 1,
        ],
        now,
      );
      const items = rows.slice(0, limit);
      const more = rows.length > limit;
      return more ? { items, cursor: String(seqs.get(items.at(-1)!)) } : { items };
    },

    async recipients(key, filter, now) {
      const limit = pageLimit(filter.limit);
      const after = Number(filter.cursor ?? -1);
      const state = filter.state;
      const { rows } = await client.query<Row>(
        `SELECT recipient_id, address, message_id, at, seq,
                CASE WHEN state = 'pending' AND lease_until <= $4 THEN 'uncertain' ELSE state END AS state
           FROM mailgate_mailing_recipients
          WHERE tenant = $1 AND mailing_id = $2 AND seq > $3
            AND ($5::text IS NULL OR (CASE WHEN state = 'pending' AND lease_until <= $4 THEN 'uncertain' ELSE state END) = $5)
          ORDER BY seq LIMIT $6`,
        [key.tenant, key.id, Number.isFinite(after) ? after : -1, now, state ?? null, limit + 1],
      );
      const items: MailingRecipient[] = rows.slice(0, limit).map((row) => ({
        recipientId: String(row.recipient_id),
        address: String(row.address),
        messageId: String(row.message_id),
        state: row.state as MailingRecipient['state'],
        at: Number(row.at),
      }));
      return rows.length > limit ? { items, cursor: String(rows[limit - 1]!.seq) } : { items };
    },

    async activity(tenant, addresses) {
      if (addresses.length === 0) return [];
      const { rows } = await client.query<Row>(
        `SELECT address, first_sent_at, last_sent_at, last_engaged_at FROM mailgate_mailing_contacts
          WHERE tenant = $1 AND address = ANY($2::text[])`,
        [tenant, [...new Set(addresses)]],
      );
      const byAddress = new Map(rows.map((row) => [String(row.address), row]));
      return addresses.map((address) => {
        const row = byAddress.get(address);
        if (row === undefined) return undefined;
        const activity: { -readonly [K in keyof ContactActivity]: ContactActivity[K] } = {
          tenant,
          address,
        };
        if (row.first_sent_at !== null) activity.firstSentAt = Number(row.first_sent_at);
        if (row.last_sent_at !== null) activity.lastSentAt = Number(row.last_sent_at);
        if (row.last_engaged_at !== null) activity.lastEngagedAt = Number(row.last_engaged_at);
        return activity;
      });
    },
  };
}

// The listing's cursor is the row's seq, kept beside the record it was read with.
const seqs = new WeakMap<MailingRecord, number>();

async function states(
  tx: SqlClient,
  tenant: string,
  mailingId: string,
  ids: readonly string[],
  now: number,
): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ recipient_id: string; state: string }>(
    `SELECT recipient_id,
            CASE WHEN state = 'pending' AND lease_until <= $4 THEN 'uncertain' ELSE state END AS state
       FROM mailgate_mailing_recipients
      WHERE tenant = $1 AND mailing_id = $2 AND recipient_id = ANY($3::text[])`,
    [tenant, mailingId, [...new Set(ids)], now],
  );
  return new Map(rows.map((row) => [row.recipient_id, row.state]));
}

async function unengagedAddresses(
  tx: SqlClient,
  tenant: string,
  addresses: readonly string[],
  before: number,
): Promise<Set<string>> {
  const { rows } = await tx.query<{ address: string }>(
    `SELECT address FROM mailgate_mailing_contacts
      WHERE tenant = $1 AND address = ANY($2::text[])
        AND first_sent_at < $3 AND COALESCE(last_engaged_at, -1) < $3`,
    [tenant, [...new Set(addresses)], before],
  );
  return new Set(rows.map((row) => row.address));
}

async function addCounts(
  tx: SqlClient,
  key: MailingKey,
  delta: MailingDelta | Record<string, unknown>,
  notSent: Record<string, number>,
  now: number,
): Promise<void> {
  const source = delta as Record<string, unknown>;
  const values = NUMBERS.map(([field]) => {
    const value = source[field];
    return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
  });
  const merged = { ...notSent };
  const extra = source.notSent as Partial<Record<Reason, number>> | undefined;
  if (extra !== undefined)
    for (const [reason, value] of Object.entries(extra))
      if (typeof value === 'number') merged[reason] = (merged[reason] ?? 0) + value;
  const sets = NUMBERS.map(([, column], i) => `${column} = ${column} + $${i + 3}::bigint`).join(
    ', ',
  );
  await tx.query(
    `UPDATE mailgate_mailings SET ${sets}, not_sent = $${NUMBERS.length + 3}, updated_at = $${NUMBERS.length + 4}
      WHERE tenant = $1 AND id = $2`,
    [key.tenant, key.id, ...values, JSON.stringify(merged), now],
  );
}

function parseJson(value: unknown): Record<string, number> {
  if (typeof value === 'string') return JSON.parse(value) as Record<string, number>;
  return (value ?? {}) as Record<string, number>;
}

function toRecord(row: Row): MailingRecord {
  const counts: Record<string, unknown> = {};
  for (const [field, column] of NUMBERS) counts[field] = Number(row[column]);
  counts.uncertain = Number(row.uncertain) + Number(row.lapsed);
  counts.inFlight = Number(row.in_flight);
  counts.notSent = parseJson(row.not_sent);
  const pause = row.pause === null ? undefined : (parseJson(row.pause) as unknown as MailingPause);
  const record: MailingRecord = {
    id: String(row.id),
    tenant: String(row.tenant),
    ...(row.name === null ? {} : { name: String(row.name) }),
    ...(row.parent_id === null ? {} : { parentId: String(row.parent_id) }),
    state: row.state as MailingRecord['state'],
    thresholds: parseJson(row.thresholds) as unknown as MailingThresholds,
    ...(pause === undefined ? {} : { pause }),
    counts: counts as unknown as MailingCounts,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
  seqs.set(record, Number(row.seq));
  return record;
}

function pageLimit(limit: number | undefined): number {
  return typeof limit === 'number' && Number.isFinite(limit)
    ? Math.min(1000, Math.max(1, Math.floor(limit)))
    : 100;
}
