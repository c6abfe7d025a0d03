// `pnpm start`: a local SMTP server (the testkit's), two workers and the producer in one
// process, a mailing of 1,000 members, and its progress as the workers report it.
import { mailingProgress } from '@mailgate/queue-bullmq';
import { createSmtpTestServer } from '@mailgate/testkit';
import { Redis } from 'ioredis';
import { produce } from './producer';
import { startWorker } from './worker';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const queue = `example-${Date.now()}`;
const members = Number(process.env.MEMBERS ?? 1_000);
const smtp = await createSmtpTestServer();
const workers = [1, 2].map(() => startWorker({ redisUrl, queue, smtp }));
const enqueued = await produce(redisUrl, queue, members);
if (enqueued.isErr()) {
  console.error(`not enqueued (is Redis running at ${redisUrl}?): ${enqueued.error.message}`);
  process.exit(1);
}
console.log(`enqueued ${members} members in ${enqueued.value.jobs} jobs`);
const redis = new Redis(redisUrl);
const mailing = { id: 'weekly-48', tenant: 'acme' };
for (;;) {
  const progress = (await mailingProgress(redis, { queue, mailing }))._unsafeUnwrap();
  console.log(`answered ${progress.done} of ${progress.enqueued}: ${progress.sent} sent`);
  if (progress.done >= members) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.log(`the SMTP server received ${smtp.messages.length} messages`);
await Promise.all(workers.map((worker) => worker.stop()));
redis.disconnect();
await smtp.close();
