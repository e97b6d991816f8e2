import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { quoteQueryOptionsFile, quoteQueryOptionsText } from './src/query/schema.js';

if (readFileSync(quoteQueryOptionsFile, 'utf8') !== quoteQueryOptionsText()) writeFileSync(quoteQueryOptionsFile, quoteQueryOptionsText());

const subpathEntries = {
  schema: 'src/schema/index.ts',
  io: 'src/io/index.ts',
  export: 'src/export/index.ts',
  extract: 'src/extract/index.ts',
  report: 'src/report/index.ts',
};

const shared = {
  target: 'node20',
  sourcemap: false,
  treeshake: true,
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    splitting: false,
    dts: true,
  },
  {
    ...shared,
    entry: { ...subpathEntries, cli: 'src/cli/index.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: subpathEntries },
  },
  {
    ...shared,
    entry: subpathEntries,
    format: ['cjs'],
    dts: true,
  },
]);
