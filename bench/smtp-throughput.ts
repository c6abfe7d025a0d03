/**
 * Throughput of mailgate's SMTP transport against nodemailer used directly, with the same
 * pool settings, to the same testkit SMTP server, in the same run.
 *
 *   cd bench && node --import tsx smtp-throughput.ts [messages]
 *
 * Each side sends every message at once into its pool (as a bulk run does) and is timed
 * from the first send to the last answer. The sides take turns, twice each after a warm-up,
 * and the better of each side's runs counts, so that a hiccup of the shared machine does not
 * decide the ratio.
 */
import { pathToFileURL } from 'node:url';
import { createTransport } from 'nodemailer';
import type { TransportMessage } from '../packages/core/src/index';
import { createSmtpTestServer, type SmtpTestServer } from '../packages/testkit/src/index';
import { smtpTransport } from '../packages/transport-smtp/src/index';

export interface SmtpThroughputFigures {
  readonly messages: number;
  readonly maxConnections: number;
  /** Messages per second through `smtpTransport`. */
  readonly mailgatePerSecond: number;
  /** Messages per second through nodemailer's pooled transport used directly. */
  readonly nodemailerPerSecond: number;
  /** `mailgatePerSecond / nodemailerPerSecond` (target ≥ 0.9). */
  readonly ratio: number;
}

export interface SmtpThroughputOptions {
  /** Messages per timed run (default 10,000). */
  readonly messages?: number;
  /** Pool size of both sides (default 5). */
  readonly maxConnections?: number;
  /** Timed runs per side (default 2). */
  readonly rounds?: number;
}

const from = { address: 'news@sender.example', name: 'Sender' };

function mailgateMessage(index: number): TransportMessage {
  return {
    from,
    to: [{ address: `person.${index}@example.test` }],
    subject: `Message ${index}`,
    text: `Hello person ${index}, this is message number ${index}.`,
  };
}

type Side = (server: SmtpTestServer, count: number) => Promise<number>;

/** Sends `count` messages; answers how many were accepted. */
function mailgateSide(maxConnections: number): Side {
  return async (server, count) => {
    const transport = smtpTransport({ host: server.host, port: server.port, maxConnections });
    try {
      const results = await Promise.all(
        Array.from({ length: count }, (_, index) => transport.send(mailgateMessage(index))),
      );
      return results.filter((result) => result.status === 'accepted').length;
    } finally {
      await transport.close();
    }
  };
}

function nodemailerSide(maxConnections: number): Side {
  return async (server, count) => {
    const transporter = createTransport({
      host: server.host,
      port: server.port,
      pool: true,
      maxConnections,
      maxMessages: 100,
      secure: false,
      requireTLS: false,
      ignoreTLS: false,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
      logger: false,
      debug: false,
    });
    try {
      const results = await Promise.allSettled(
        Array.from({ length: count }, (_, index) =>
          transporter.sendMail({
            from,
            to: [{ name: '', address: `person.${index}@example.test` }],
            subject: `Message ${index}`,
            text: `Hello person ${index}, this is message number ${index}.`,
          }),
        ),
      );
      return results.filter((result) => result.status === 'fulfilled').length;
    } finally {
      transporter.close();
    }
  };
}

async function timed(server: SmtpTestServer, side: Side, count: number): Promise<number> {
  server.reset();
  const started = performance.now();
  const accepted = await side(server, count);
  const seconds = (performance.now() - started) / 1000;
  if (accepted !== count || server.messages.length !== count) {
    throw new Error(
      `expected ${count} messages, ${accepted} accepted, ${server.messages.length} received`,
    );
  }
  return count / seconds;
}

export async function measureSmtpThroughput(
  options: SmtpThroughputOptions = {},
): Promise<SmtpThroughputFigures> {
  const messages = options.messages ?? 10_000;
  const maxConnections = options.maxConnections ?? 5;
  const rounds = options.rounds ?? 2;
  const server = await createSmtpTestServer();
  try {
    const mailgate = mailgateSide(maxConnections);
    const nodemailer = nodemailerSide(maxConnections);
    // Warm-up: JIT, the certificate-free server path, socket setup.
    await timed(server, nodemailer, Math.min(1_000, messages));
    await timed(server, mailgate, Math.min(1_000, messages));
    let mailgatePerSecond = 0;
    let nodemailerPerSecond = 0;
    for (let round = 0; round < rounds; round++) {
      nodemailerPerSecond = Math.max(
        nodemailerPerSecond,
        await timed(server, nodemailer, messages),
      );
      mailgatePerSecond = Math.max(mailgatePerSecond, await timed(server, mailgate, messages));
    }
    return {
      messages,
      maxConnections,
      mailgatePerSecond,
      nodemailerPerSecond,
      ratio: mailgatePerSecond / nodemailerPerSecond,
    };
  } finally {
    server.reset();
    await server.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = process.argv[2] ? Number(process.argv[2]) : undefined;
  const figures = await measureSmtpThroughput(count ? { messages: count } : {});
  const perSecond = (n: number) => Math.round(n).toLocaleString('en');
  console.log(
    `messages per run:            ${figures.messages.toLocaleString('en')} (pool of ${figures.maxConnections})`,
  );
  console.log(`mailgate smtpTransport:      ${perSecond(figures.mailgatePerSecond)} msgs/s`);
  console.log(`nodemailer directly:         ${perSecond(figures.nodemailerPerSecond)} msgs/s`);
  console.log(
    `ratio:                       ${Math.round(figures.ratio * 100) / 100} (target ≥ 0.9)`,
  );
}
