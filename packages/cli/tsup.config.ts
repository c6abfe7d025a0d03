import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.base';

// ESM only: the binary and `run` share one build; Node ≥ 20 loads it from CommonJS too.
export default defineConfig({
  ...baseConfig,
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
});
