import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (name: string) =>
  fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests run against the sources, not the built files, so that a test run needs no build.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: '@mailgate/core/disposable',
        replacement: fileURLToPath(new URL('./packages/core/src/disposable.ts', import.meta.url)),
      },
      {
        find: '@mailgate/core/store-kit',
        replacement: fileURLToPath(new URL('./packages/core/src/store-kit.ts', import.meta.url)),
      },
      {
        find: '@mailgate/testkit/vitest',
        replacement: fileURLToPath(new URL('./packages/testkit/src/vitest.ts', import.meta.url)),
      },
      {
        find: '@mailgate/transport-ses/webhook',
        replacement: fileURLToPath(
          new URL('./packages/transport-ses/src/webhook/index.ts', import.meta.url),
        ),
      },
      ...[
        'core',
        'bounces',
        'testkit',
        'transport-smtp',
        'transport-ses',
        'transport-graph',
        'transport-gmail',
        'store-postgres',
        'store-redis',
        'queue-bullmq',
        'config',
        'mailbox-imap',
      ].map((name) => ({ find: new RegExp(`^@mailgate/${name}$`), replacement: src(name) })),
    ],
  },
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/*/src/**/*.test.ts',
      'docs/scripts/**/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
