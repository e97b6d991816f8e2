import { defineConfig } from 'tsup';

const libraryEntries = {
  index: 'src/index.ts',
  schema: 'src/schema/index.ts',
  io: 'src/io/index.ts',
  export: 'src/export/index.ts',
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
    entry: { ...libraryEntries, cli: 'src/cli/index.ts' },
    format: ['esm'],
    splitting: true,
    dts: { entry: libraryEntries },
    clean: true,
  },
  {
    ...shared,
    entry: libraryEntries,
    format: ['cjs'],
    dts: true,
  },
]);
