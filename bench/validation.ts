import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { syntheticQuotes } from './synthetic.js';

const dist = (file: string) => join(fileURLToPath(new URL('..', import.meta.url)), 'dist', file);

interface ValidationRow {
  readonly group: string;
  readonly measure: string;
  readonly n: number;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: string;
  readonly ratio?: number;
}

function bestSeconds(run: () => void, times = 3): number {
  let best = Infinity;
  for (let time = 0; time < times; time++) {
    const started = performance.now();
    run();
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

/**
 * Validation cost per record, in memory (no I/O): JSON.parse alone, then JSON.parse + the zod runtime parser
 * of the quotes schema, then JSON.parse + `checkRecord` (the same schema compiled once with z.compile).
 */
export async function validationRows(n = 100_000): Promise<ValidationRow[]> {
  const { checkRecord, tableSchemas } = (await import(dist('schema.js'))) as typeof import('../src/schema/index.js');
  const lines = syntheticQuotes(n, 10_000, 2_000, 42).map((quote) => JSON.stringify(quote));
  const parse = bestSeconds(() => lines.forEach((line) => JSON.parse(line)));
  const runtime = bestSeconds(() => lines.forEach((line) => tableSchemas.quotes.safeParse(JSON.parse(line))));
  const compiled = bestSeconds(() =>
    lines.forEach((line) => {
      if ('issues' in checkRecord('quotes', JSON.parse(line))) throw new Error('a valid synthetic quote was rejected');
    }),
  );
  return [
    { group: 'validation', measure: 'JSON.parse (in memory)', n, value: n / parse, unit: 'records/s' },
    { group: 'validation', measure: 'JSON.parse + zod runtime parser', n, value: n / runtime, unit: 'records/s', baseline: 'takes × JSON.parse', ratio: runtime / parse },
    { group: 'validation', measure: 'JSON.parse + checkRecord (z.compile, once)', n, value: n / compiled, unit: 'records/s', baseline: 'takes × JSON.parse', ratio: compiled / parse },
  ];
}
