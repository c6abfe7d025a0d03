/**
 * The same host code through SMTP, Amazon SES, Microsoft Graph and the Gmail API: each
 * provider is an emulator on 127.0.0.1, and only the configuration changes.
 *
 *   pnpm start
 */
import { pathToFileURL } from 'node:url';
import type { Outcome } from '@mailgate/core';
import { hostApplication } from './host-application';
import { startProviders } from './providers';
import { transportFromConfig } from './transport-from-config';

/** Sends the host application's three messages through each provider; answers the outcomes. */
export async function runSwap(print: (line: string) => void): Promise<Record<string, Outcome[]>> {
  const providers = await startProviders();
  try {
    const results: Record<string, Outcome[]> = {};
    for (const [kind, config] of Object.entries(providers.configs())) {
      const outcomes = await hostApplication(transportFromConfig(config));
      results[kind] = outcomes;
      const shown = outcomes.map((outcome) =>
        outcome.status === 'sent'
          ? `${outcome.recipientId}: sent`
          : `${outcome.recipientId}: ${outcome.reason}`,
      );
      print(`${kind.padEnd(6)} ${shown.join(', ')}`);
    }
    return results;
  } finally {
    await providers.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runSwap((line) => console.log(line));
}
