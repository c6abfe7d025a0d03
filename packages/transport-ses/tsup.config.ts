import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.base';

// `webhook` is its own entry: it loads no AWS SDK and no Node built-in (edge runtimes).
export default defineConfig({
  ...baseConfig,
  entry: { index: 'src/index.ts', webhook: 'src/webhook/index.ts' },
});
