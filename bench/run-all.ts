/**
 * Every benchmark, each reporting a ratio against a baseline measured in the same run.
 * `pnpm bench` (from the repository root) runs it; targets are printed beside each figure.
 */
import { measureBounceParsing, printBounceParsing } from './bounce-parsing';
import { dovecotInstalled, measureImapReader } from './imap-reader';
import { measureLedgerMemory } from './ledger-memory';
import { measureLedgerPostgres } from './ledger-postgres';
import { measureLedgerSend } from './ledger-send';
import { measureMailing } from './mailing';
import { measurePreflight } from './preflight';
import { benchPostgresUrl, measurePostgresPreflight } from './preflight-postgres';
import { measureQueue, printQueue } from './queue';
import { benchRedisUrl, measureRedisOverhead } from './redis-overhead';
import { measureSmtpThroughput } from './smtp-throughput';
import { measureSuppressionMemory } from './suppression-memory';

// The store benchmarks' sizes times MAILGATE_BENCH_SCALE (e.g. 0.1 for a quick run).
const scale = Math.min(1, Math.max(0.001, Number(process.env.MAILGATE_BENCH_SCALE ?? 1) || 1));
const scaled = (count: number) => Math.round(count * scale);

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en', { maximumFractionDigits: digits });

console.log(
  '# preflight: sendBulk dry run, default policies, 1,000,000 recipients, 1,000,000 suppressions',
);
const preflight = await measurePreflight();
console.log(
  `mailgate:              ${fmt(preflight.mailgatePerSecond)} recipients/s (target ≥ 1,000,000)`,
);
console.log(`hand-written loop:     ${fmt(preflight.baselinePerSecond)} recipients/s`);
console.log(`slower than the loop:  ${fmt(preflight.ratio, 2)}× (target ≤ 5)`);
console.log(
  `same decisions:        ${preflight.ready === preflight.baselineReady} (${fmt(preflight.ready)} ready)`,
);

globalThis.gc?.();
console.log('\n# suppression store memory: 1,000,000 entries');
const memory = await measureSuppressionMemory();
console.log(`bytes per suppression: ${fmt(memory.bytesPerSuppression, 1)} (target ≤ 150)`);
console.log(
  `lookups:               ${fmt(memory.lookupsPerSecond)} keys/s, ${fmt(memory.lookupRatio, 2)}× a plain Map`,
);

globalThis.gc?.();
const pgCount = scaled(1_000_000);
console.log(
  `\n# preflight with suppressions in PostgreSQL (server) vs memory: ${fmt(pgCount)} recipients, ${fmt(pgCount)} suppressions`,
);
try {
  const pg = await measurePostgresPreflight(pgCount);
  console.log(
    `PostgreSQL:            ${fmt(pg.postgresPerSecond)} recipients/s (target ≥ 100,000)`,
  );
  console.log(`memory:                ${fmt(pg.memoryPerSecond)} recipients/s`);
  console.log(`PostgreSQL / memory:   ${fmt(pg.ratio, 2)} (target ≥ 0.2)`);
  console.log(
    `rounds:                ${pg.rounds.map((r) => `${fmt(r.postgres)} / ${fmt(r.memory)} = ${fmt(r.ratio, 2)}`).join('; ')} (load ${fmt(pg.load[0], 1)} → ${fmt(pg.load[1], 1)})`,
  );
  console.log(`same decisions:        ${pg.sameDecisions} (every recipient's status and reason)`);
  console.log(
    `bytes on disk:         ${fmt(pg.bytesPerSuppression, 1)} per suppression, ${fmt(pg.bytesPerAuditRecord, 1)} per audit record (indexes included)`,
  );
} catch (error) {
  console.log(`skipped: no PostgreSQL at ${benchPostgresUrl()} (${(error as Error).message})`);
}
console.log('\n# delivery ledger: 1,000,000 recorded messages, 100,000 events a pass');
const ledger = await measureLedgerMemory();
console.log(`bytes per message:     ${fmt(ledger.bytesPerMessage, 1)} (target ≤ 400)`);
console.log(
  `ingest:                ${fmt(ledger.eventsPerSecond)} events/s (target ≥ 50,000), ${fmt(ledger.eventsPerCpuSecond)} per CPU second`,
);

globalThis.gc?.();
console.log(
  '\n# the ledger on the gate: sendBulk through the recording transport (100,000) and a dry run (500,000), memory ledger vs one that keeps nothing',
);
const wired = await measureLedgerSend();
console.log(
  `send path:             +${fmt(wired.sendOverhead * 100, 1)}% (target ≤ 15%), ${fmt(wired.sendWithLedgerPerSecond)} msgs/s with the ledger`,
);
console.log(`preflight:             +${fmt(wired.preflightOverhead * 100, 1)}% (target ≤ 10%)`);
globalThis.gc?.();
console.log(
  '\n# mailing bookkeeping: 100,000 recipients sent with and without `mailing` (memory stores, a transport that keeps nothing), against the dry run; each kind in processes of its own',
);
const mailing = await measureMailing();
console.log(`dry run:               ${fmt(mailing.dryRunPerSecond)} recipients/s`);
console.log(
  `send:                  ${fmt(mailing.sendPerSecond)} msgs/s without a mailing, ${fmt(mailing.sendWithMailingPerSecond)} with`,
);
console.log(
  `bookkeeping, profiled: ${fmt(mailing.profiledMs)} ms in the mailing's code (${fmt(mailing.profiledStoreMs)} of them in the store), ${fmt(mailing.profiledOfDryRun * 100, 1)}% of the dry run's time (target ≤ 20%)`,
);
console.log(
  `  by difference:       ${fmt(mailing.bookkeepingMs)} ms, ${fmt(mailing.ofDryRun * 100, 1)}% of the dry run's time, ${fmt(mailing.ofSend * 100, 1)}% of the send's (median of the rounds: ${mailing.roundMs.map((ms) => fmt(ms)).join(', ')} ms)`,
);
console.log(
  `  garbage collection:  ${fmt(mailing.gcMs.send)} ms in a send without a mailing, ${fmt(mailing.gcMs.mailing)} with (profiled)`,
);
const ledgerCount = scaled(100_000);
console.log(
  `\n# delivery ledger in PostgreSQL (server): ${fmt(ledgerCount)} messages, ${fmt(ledgerCount)} events`,
);
try {
  const pgLedger = await measureLedgerPostgres(ledgerCount);
  console.log(
    `ingest:                ${fmt(pgLedger.eventsPerSecond)} events/s (target ≥ 10,000); recording ${fmt(pgLedger.recordsPerSecond)} messages/s`,
  );
  console.log(
    `bytes on disk:         ${fmt(pgLedger.bytesPerMessage, 1)} per message, ${fmt(pgLedger.bytesPerEvent, 1)} per event (indexes included)`,
  );
} catch (error) {
  console.log(`skipped: no PostgreSQL at ${benchPostgresUrl()} (${(error as Error).message})`);
}

globalThis.gc?.();
const redisCount = Math.max(1_000, scaled(3_000));
console.log(
  `\n# counters and idempotency in Redis vs memory: ${fmt(redisCount)} sends through the testkit SMTP server`,
);
try {
  const redis = await measureRedisOverhead(redisCount, 11);
  console.log(
    `memory:                ${fmt(redis.memoryPerSecond)} msgs/s (median of ${redis.rounds} rounds)`,
  );
  console.log(`Redis:                 ${fmt(redis.redisPerSecond)} msgs/s`);
  console.log(
    `per-send overhead:     ${fmt(redis.overhead * 100, 1)}% (target ≤ 10%; median of the rounds' ratios: ${redis.roundOverheads.map((o) => fmt(o * 100, 0)).join(', ')}%)`,
  );
  console.log(
    `waiting on the stores: ${fmt(redis.redisStoreMicrosPerSend)} µs/send in Redis, ${fmt(redis.memoryStoreMicrosPerSend)} in memory: at most ${fmt(redis.storeOverhead * 100, 1)}% of a send`,
  );
  console.log(
    `Redis round trips:     ${fmt(redis.roundTripsPerBatch, 1)} per batch of ${fmt(redis.batchSize)} (${fmt(redis.callsPerBatch, 1)} calls)`,
  );
} catch (error) {
  console.log(`skipped: no Redis at ${benchRedisUrl()} (${(error as Error).message})`);
}

globalThis.gc?.();
console.log('\n# SMTP: 10,000 messages through a pool of 5 to the testkit server');
const smtp = await measureSmtpThroughput();
console.log(`mailgate smtpTransport: ${fmt(smtp.mailgatePerSecond)} msgs/s`);
console.log(`nodemailer directly:    ${fmt(smtp.nodemailerPerSecond)} msgs/s`);
console.log(`ratio:                  ${fmt(smtp.ratio, 2)} (target ≥ 0.9)`);

globalThis.gc?.();
console.log('\n# parseBounce: every hostile construct at 1 MiB against real reports (CPU time)');
printBounceParsing(await measureBounceParsing());
console.log(
  '\n# IMAP bounce reader: 2,000 mixed messages from a local Dovecot, parse + ingest (memory)',
);
if (!dovecotInstalled) {
  console.log('skipped: no dovecot (run `bash scripts/ensure-dovecot.sh` to install it)');
} else {
  try {
    const imap = await measureImapReader();
    console.log(
      `reader:                ${fmt(imap.messagesPerSecond)} messages/s (target ≥ 500), ${fmt(imap.messagesPerCpuSecond)} per CPU second`,
    );
    console.log(
      `fetch only (baseline): ${fmt(imap.fetchOnlyPerSecond)} messages/s; reader / fetch only: ${fmt(imap.messagesPerSecond / imap.fetchOnlyPerSecond, 2)}`,
    );
    console.log(`events ingested:       ${fmt(imap.ingested)} from ${fmt(imap.messages)} messages`);
  } catch (error) {
    console.log(`skipped: Dovecot did not start (${(error as Error).message})`);
  }
}

globalThis.gc?.();
console.log(
  "\n# BullMQ queue: a mailing through 1 and 3 worker processes vs one process's sendBulk, SMTP server answering 5 ms late",
);
try {
  printQueue(await measureQueue());
} catch (error) {
  console.log(`skipped: no Redis at ${benchRedisUrl()} (${(error as Error).message})`);
}
