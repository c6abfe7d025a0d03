import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.base';

/** The public entry points: `@mailgate/core` and its subpaths `disposable`, `locales` and `store-kit`. */
const entry = ['src/index.ts', 'src/disposable.ts', 'src/locales.ts', 'src/store-kit.ts'];

export default defineConfig([
  // ESM: every source file is an entry, so the output keeps one file per module and a
  // bundler drops (`sideEffects: false`) the modules a program does not use, even those
  // that build something when loaded (zod schemas, reason tables). The disposable list
  // is reached only through `@mailgate/core/disposable`.
  {
    ...baseConfig,
    format: ['esm'],
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/test-support/**'],
    splitting: true,
    dts: { entry },
  },
  { ...baseConfig, format: ['cjs'], entry, clean: false },
]);
