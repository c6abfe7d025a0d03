/**
 * mailgate in one command: a scriptable SMTP server in-process, a gate with the SMTP
 * transport, and one mailing to a dozen recipients, each ending with exactly one outcome.
 *
 *   pnpm demo                 # English
 *   pnpm demo -- --locale nl  # Nederlands (or sv: svenska)
 */
import { pathToFileURL } from 'node:url';
import {
  type BulkSummary,
  createMailgate,
  describeReason,
  type Locale,
  memoryStores,
  type NotSent,
  type Sent,
  useDisposableDomains,
  type Warning,
} from '@mailgate/core';
import { disposableDomains } from '@mailgate/core/disposable';
import { createSmtpTestServer } from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';
import { demoCases, fullAddress, knownSuppressions, unknownAddress } from './mailing';
import { formatTable } from './print-table';

export interface DemoRow {
  readonly label: string;
  readonly recipient: string;
  readonly address?: string;
  readonly outcome: 'sent' | 'not sent';
  /** The reason id, or 'sent'. */
  readonly reason: string;
  readonly explanation: string;
}

export interface DemoResult {
  readonly rows: readonly DemoRow[];
  readonly summary: BulkSummary;
  /** Messages the SMTP server accepted. */
  readonly delivered: number;
}

const headings: Record<Locale, readonly string[]> = {
  en: ['Recipient', 'Outcome', 'Reason', 'Explanation'],
  nl: ['Ontvanger', 'Resultaat', 'Reden', 'Uitleg'],
  sv: ['Mottagare', 'Resultat', 'Orsak', 'Förklaring'],
};

const outcomeWords: Record<Locale, Record<DemoRow['outcome'], string>> = {
  en: { sent: 'sent', 'not sent': 'not sent' },
  nl: { sent: 'verstuurd', 'not sent': 'niet verstuurd' },
  sv: { sent: 'skickat', 'not sent': 'inte skickat' },
};

const labelWords: Record<Locale, Record<string, string>> = {
  en: { business: 'business', private: 'private' },
  nl: { business: 'zakelijke', private: 'privé' },
  sv: { business: 'jobbadressen', private: 'den privata adressen' },
};

function describeWarning(warning: Warning, locale: Locale): string {
  switch (warning.type) {
    case 'address_suggestion':
      return {
        en: `Did you mean ${warning.suggestion}?`,
        nl: `Bedoelde je ${warning.suggestion}?`,
        sv: `Menade du ${warning.suggestion}?`,
      }[locale];
    case 'fallback_address': {
      const label = labelWords[locale][warning.label ?? ''] ?? warning.label;
      return {
        en: `Sent to the ${label ?? 'other'} address instead.`,
        nl: `Verstuurd naar het ${label ?? 'andere'} adres.`,
        sv: `Skickat till ${label ?? 'den andra adressen'} i stället.`,
      }[locale];
    }
    case 'role_address':
      return { en: 'A role address.', nl: 'Een functioneel adres.', sv: 'En funktionsadress.' }[
        locale
      ];
  }
}

function explain(outcome: Sent | NotSent, locale: Locale, note: string | undefined): string {
  if (outcome.status === 'sent') {
    const notes = outcome.warnings.map((warning) => describeWarning(warning, locale));
    return notes.length ? notes.join(' ') : (note ?? '');
  }
  const text = describeReason(outcome.reason, locale);
  return `${text.title}. ${text.cause}`;
}

/** Runs the demo; `print` receives every line of output. */
export async function runDemo(
  options: { readonly locale?: Locale; readonly print?: (line: string) => void } = {},
): Promise<DemoResult> {
  const locale = options.locale ?? 'en';
  const print = options.print ?? console.log;

  // 1. An SMTP server on 127.0.0.1 that refuses one recipient and finds another's mailbox full.
  const server = await createSmtpTestServer();
  server.script
    .rcpt(unknownAddress, '550 5.1.1 The email account that you tried to reach does not exist')
    .rcpt(fullAddress, '452 4.2.2 The recipient mailbox is full, try again later');

  // 2. The gate: the SMTP transport, and a suppression list that knows one earlier bounce.
  //    The list of throw-away domains is a separate import, so only those who want it
  //    carry it in their bundle.
  useDisposableDomains(disposableDomains());
  const stores = memoryStores();
  await stores.suppressions.add(knownSuppressions, { actor: 'demo' });
  const gate = createMailgate({
    transport: smtpTransport({
      host: server.host,
      port: server.port,
      retry: { attempts: 2, initialDelayMs: 100 },
    }),
    stores,
    locale,
  });

  try {
    // 3. One mailing; each request ends with exactly one outcome.
    const run = gate.sendBulk(
      demoCases.map((demoCase) => demoCase.request),
      { breaker: false },
    );
    const outcomes: (Sent | NotSent)[] = [];
    for await (const item of run) {
      if (item.outcome.status !== 'ready') outcomes[item.index] = item.outcome;
    }
    const summary = await run.done();

    const rows = demoCases.map((demoCase, index): DemoRow => {
      const outcome = outcomes[index]!;
      const recipient = demoCase.request.recipient;
      const address = outcome.address;
      return {
        label: demoCase.label,
        recipient: recipient.name ?? recipient.id,
        ...(address ? { address } : {}),
        outcome: outcome.status === 'sent' ? 'sent' : 'not sent',
        reason: outcome.status === 'sent' ? 'sent' : outcome.reason,
        explanation: explain(outcome, locale, demoCase.note?.[locale]),
      };
    });

    print(
      formatTable(
        headings[locale],
        rows.map((row) => [
          `${row.recipient}\n${row.address ?? ''}`.trim(),
          outcomeWords[locale][row.outcome],
          row.reason === 'sent' ? '' : row.reason,
          row.explanation,
        ]),
        [30, 14, 26, 60],
      ),
    );
    print('');
    const byReason = Object.entries(summary.byReason).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
    print(
      formatTable(
        [headings[locale][2]!, '#'],
        [
          [outcomeWords[locale].sent, String(summary.sent)],
          ...byReason.map(([reason, count]) => [reason, String(count)]),
        ],
        [30, 6],
      ),
    );
    print('');
    print(`SMTP server ${server.url} accepted ${server.messages.length} messages.`);
    return { rows, summary, delivered: server.messages.length };
  } finally {
    await gate.close();
    await server.close();
  }
}

function localeFromArgs(args: readonly string[]): Locale {
  const index = args.indexOf('--locale');
  const value =
    index === -1 ? args.find((arg) => arg.startsWith('--locale='))?.slice(9) : args[index + 1];
  return value === 'nl' || value === 'sv' ? value : 'en';
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runDemo({ locale: localeFromArgs(process.argv.slice(2)) });
}
