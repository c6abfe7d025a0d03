import type { Options } from 'tsup';
import { copyLegalFiles } from './scripts/copy-legal';

/** The build every package shares: ESM + CJS with a declaration file for each. */
export const baseConfig: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: false,
  treeshake: true,
  // Every tarball ships the licence (and core the third-party notices): copied from the root.
  onSuccess: () => copyLegalFiles(),
};
