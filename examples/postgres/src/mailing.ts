import type { BulkSummary, Mailgate, SendRequestInput } from '@mailgate/core';
import type { PostgresStores } from '@mailgate/store-postgres';

/** The members the newsletter goes to. */
export const members = ['ann', 'bob', 'cecile', 'dirk'].map((name) => ({
  id: `member-${name}`,
  address: `${name}@example.test`,
}));

/** Bob unsubscribed last week (on another instance of the host, say): in the shared list. */
export async function recordUnsubscribe(stores: PostgresStores): Promise<void> {
  await stores.suppressions.add(
    [
      {
        key: 'bob@example.test',
        scope: { tenant: 'club' },
        reason: 'unsubscribed_from_all',
        source: 'link',
      },
    ],
    { actor: 'unsubscribe-page' },
  );
}

/**
 * The November newsletter. Each request has an idempotency key made of the mailing and
 * the member: run it again (after a crash, from another process) and nobody gets it twice.
 */
export function newsletter(mailingId: string): SendRequestInput[] {
  return members.map((member) => ({
    recipient: {
      id: member.id,
      type: 'member',
      addresses: [{ address: member.address, label: 'private', state: 'confirmed' }],
    },
    message: { from: { address: 'news@club.example' }, subject: 'November news', text: 'Hello' },
    context: {
      mode: 'bulk',
      category: 'marketing',
      subscriptionType: 'newsletter',
      tenant: 'club',
      campaignId: mailingId,
      idempotencyKey: `${mailingId}:${member.id}`,
    },
  }));
}

/** Sends the newsletter; answers the summary (sent, and why the others were not). */
export function sendNewsletter(gate: Mailgate, mailingId: string): Promise<BulkSummary> {
  return gate.sendBulk(newsletter(mailingId)).done();
}
