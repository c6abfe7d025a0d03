import {
  type ImportSuppressionRow,
  importSuppressions,
  isReason,
  liftSuppression,
  listSuppressions,
  type Suppression,
  type SuppressionReason,
  type SuppressionScope,
} from '@mailgate/core';
import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes';
import { type CliIo, colorsFor } from '../io';
import { printJson, printTable } from '../output';
import { startProgress } from '../progress';
import { readInput } from '../read-input';
import type { OpenedStore, OpenStore } from '../suppressions/open-store';
import { readSuppressionCsv } from '../suppressions/read-csv';

interface StoreOptions {
  readonly store: string;
  readonly tenant?: string;
  readonly json?: boolean;
}

const storeHelp = 'postgres://user:pass@host/db, or a PGlite folder (pglite:./dir or a path)';

export function suppressionsCommand(program: Command, io: CliIo, openStore: OpenStore): void {
  const command = program
    .command('suppressions')
    .description('administer the suppression list: import, list, lift, export')
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 2 bad options, 3 unreadable input or a malformed CSV row (nothing imported), 4 the store cannot be reached.',
    );

  command
    .command('import')
    .description(
      'import unsubscribes, bounces or complaints from a CSV export (HubSpot, Mailchimp, SendGrid, …)',
    )
    .argument('<csv>', 'the CSV file, or - for stdin')
    .requiredOption('--store <store>', storeHelp)
    .option('--tenant <tenant>', 'the tenant the entries apply to (default: every tenant)')
    .option(
      '--reason <reason>',
      'the reason of rows that name none (default unsubscribed_from_all)',
    )
    .option('--subscription-type <type>', 'for unsubscribes from one subscription type')
    .option(
      '--source <source>',
      "kept on every entry, e.g. 'import:hubspot' (default: from the format)",
    )
    .option('--by <actor>', 'who imports, for the audit trail', 'cli')
    .option('--json', 'print JSON')
    .action(async (file: string, options: ImportOptions) => {
      const reason = optionalReason(options.reason);
      const text = new TextDecoder().decode(await readInput(io, file));
      const name = file === '-' ? 'stdin' : file;
      const csv = readSuppressionCsv(text);
      // A malformed file is refused whole, before the store is opened.
      if (!csv.ok) {
        const where = csv.problem.line === undefined ? '' : ` line ${csv.problem.line}`;
        throw new CliError(
          ExitCode.input,
          `${name}${where}: ${csv.problem.message}; nothing imported`,
        );
      }
      const { format, rows, lines } = csv.value;
      await withStore(openStore, options.store, async (store) => {
        const progress = startProgress(io, {
          total: rows.length,
          label: 'importing',
          json: options.json === true,
        });
        const summary = await importSuppressions(store.suppressions, ticking(rows, progress.tick), {
          scope: scopeOf(options),
          source: options.source ?? `import:${format}`,
          by: { actor: options.by },
          ...(reason === undefined ? {} : { reason }),
          ...(options.subscriptionType === undefined
            ? {}
            : { subscriptionType: options.subscriptionType }),
        });
        progress.stop();
        if (summary.isErr()) throw adminFailure(summary.error);
        const rejected = summary.value.invalid.map((row) => ({
          line: lines[row.row] ?? row.row + 1,
          value:
            typeof row.value === 'string' ? row.value : (row.value as { address?: string }).address,
          problem: row.problem,
        }));
        if (options.json === true) {
          printJson(io, {
            format,
            rows: rows.length,
            added: summary.value.added,
            skippedDuplicates: summary.value.skippedDuplicates,
            rejected,
          });
          return;
        }
        const c = colorsFor(io);
        io.stdout.write(
          `${name} (${format}): ${rows.length} rows, ${c.green(`${summary.value.added} added`)}, ${summary.value.skippedDuplicates} already on the list, ${rejected.length > 0 ? c.yellow(`${rejected.length} rejected`) : '0 rejected'}\n`,
        );
        for (const row of rejected.slice(0, 50)) {
          io.stdout.write(`  line ${row.line}: ${row.value ?? ''} — ${row.problem}\n`);
        }
        if (rejected.length > 50)
          io.stdout.write(`  … and ${rejected.length - 50} more (--json lists all)\n`);
      });
    });

  command
    .command('list')
    .description('list the suppressions in force')
    .requiredOption('--store <store>', storeHelp)
    .option('--tenant <tenant>', "only this tenant's entries")
    .option('--reason <reason>', 'only entries of this reason')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print JSON')
    .action(
      async (options: StoreOptions & { readonly reason?: string; readonly limit: string }) => {
        const reason = optionalReason(options.reason);
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1)
          throw new CliError(ExitCode.usage, '--limit must be a whole number of at least 1');
        await withStore(openStore, options.store, async (store) => {
          const items = await collect(
            store,
            {
              ...(options.tenant === undefined ? {} : { scope: { tenant: options.tenant } }),
              ...(reason === undefined ? {} : { reason }),
            },
            limit,
          );
          if (options.json === true) printJson(io, items);
          else
            printTable(io, [['address', 'scope', 'reason', 'source', 'since'], ...items.map(row)]);
        });
      },
    );

  command
    .command('lift')
    .description('take an address or @domain off the list, recording who and why')
    .argument('<address>', 'an address, or a domain as @example.com')
    .requiredOption('--store <store>', storeHelp)
    .requiredOption('--note <why>', 'why, for the audit trail')
    .option('--tenant <tenant>', 'the tenant whose entry to lift (default: the global entries)')
    .option('--reason <reason>', 'only the entry of this reason')
    .option('--by <actor>', 'who lifts it', 'cli')
    .option('--json', 'print JSON')
    .action(
      async (
        target: string,
        options: StoreOptions & {
          readonly note: string;
          readonly reason?: string;
          readonly by: string;
        },
      ) => {
        const reason = optionalReason(options.reason);
        await withStore(openStore, options.store, async (store) => {
          const lifted = await liftSuppression(
            store.suppressions,
            {
              ...(target.startsWith('@') ? { domain: target } : { address: target }),
              scope: scopeOf(options),
              ...(reason === undefined ? {} : { reason }),
            },
            { actor: options.by, note: options.note },
          );
          if (lifted.isErr()) throw adminFailure(lifted.error);
          if (options.json === true) printJson(io, lifted.value);
          else io.stdout.write(`${lifted.value.lifted} lifted\n`);
        });
      },
    );

  command
    .command('export')
    .description('print the suppressions in force as CSV')
    .requiredOption('--store <store>', storeHelp)
    .option('--tenant <tenant>', "only this tenant's entries")
    .option('--json', 'print JSON instead of CSV')
    .action(async (options: StoreOptions) => {
      await withStore(openStore, options.store, async (store) => {
        const items = await collect(
          store,
          options.tenant === undefined ? {} : { scope: { tenant: options.tenant } },
          Number.POSITIVE_INFINITY,
        );
        if (options.json === true) {
          printJson(io, items);
          return;
        }
        io.stdout.write('address,scope,reason,subscription_type,source,created_at\n');
        for (const item of items) {
          io.stdout.write(
            `${[...row(item).slice(0, 3), item.subscriptionType ?? '', item.source, new Date(item.createdAt).toISOString()].map(csvField).join(',')}\n`,
          );
        }
      });
    });
}

interface ImportOptions extends StoreOptions {
  readonly reason?: string;
  readonly subscriptionType?: string;
  readonly source?: string;
  readonly by: string;
}

async function withStore(
  openStore: OpenStore,
  location: string,
  work: (store: OpenedStore) => Promise<void>,
): Promise<void> {
  const store = await openStore(location);
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

async function collect(
  store: OpenedStore,
  filter: { scope?: SuppressionScope; reason?: SuppressionReason },
  limit: number,
): Promise<Suppression[]> {
  const items: Suppression[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSuppressions(store.suppressions, {
      ...filter,
      limit: Math.min(1000, limit - items.length),
      ...(cursor === undefined ? {} : { cursor }),
    });
    if (page.isErr()) throw adminFailure(page.error);
    items.push(...page.value.items);
    cursor = page.value.cursor;
  } while (cursor !== undefined && items.length < limit);
  return items;
}

function row(item: Suppression): string[] {
  return [
    item.key,
    item.scope === 'global' ? 'global' : `tenant:${item.scope.tenant}`,
    item.subscriptionType === undefined ? item.reason : `${item.reason}:${item.subscriptionType}`,
    item.source,
    new Date(item.createdAt).toISOString().slice(0, 10),
  ];
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function scopeOf(options: { readonly tenant?: string }): SuppressionScope {
  return options.tenant === undefined ? 'global' : { tenant: options.tenant };
}

function optionalReason(reason: string | undefined): SuppressionReason | undefined {
  if (reason === undefined) return undefined;
  if (!isReason(reason))
    throw new CliError(ExitCode.usage, `--reason: "${reason}" is not a reason`);
  // importSuppressions and liftSuppression say which reasons a suppression can carry.
  return reason as SuppressionReason;
}

function adminFailure(error: { readonly type: string; readonly message: string }): CliError {
  return new CliError(
    error.type === 'store_failed' ? ExitCode.unavailable : ExitCode.usage,
    error.message,
  );
}

async function* ticking(
  rows: readonly ImportSuppressionRow[],
  tick: () => void,
): AsyncIterable<ImportSuppressionRow> {
  for (const item of rows) {
    yield item;
    tick();
  }
}
