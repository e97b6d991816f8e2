import { join } from 'node:path';
import { dataset } from '../../src/dataset/index.js';
import { importLiar, importQuotebank, type TableRecord } from '../../src/io/index.js';
import type { Quote, Source, Speaker } from '../../src/schema/records.js';

export interface Tables {
  sources: Source[];
  speakers: Speaker[];
  quotes: Quote[];
}

const fixtures = join(__dirname, '..', 'io', 'fixtures');

/**
 * The bundled dataset plus the Quotebank, LIAR and LIAR-PLUS fixtures imported: quotes without spans (empty
 * prefix and suffix), reviews with ratings, date ranges, extensions and dataset sources without url.
 */
export async function richTables(): Promise<Tables> {
  const tables: Tables = { sources: [...(dataset.sources as Source[])], speakers: [...(dataset.speakers as Speaker[])], quotes: [...(dataset.quotes as Quote[])] };
  const imported: TableRecord[] = [
    ...(await importQuotebank(join(fixtures, 'quotebank-sample.jsonl')).toArray()),
    ...(await importLiar(join(fixtures, 'liar-sample.tsv')).toArray()),
    ...(await importLiar(join(fixtures, 'liar-plus-sample.tsv')).toArray()),
  ];
  const seen = new Set<string>();
  for (const { table, record } of imported) {
    const key = `${table}:${record.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (tables[table] as unknown[]).push(record);
  }
  return tables;
}

/** The LIAR fixture imported on its own (its speakers are slugs such as "chain-email"). */
export async function liarTables(): Promise<Tables> {
  const tables: Tables = { sources: [], speakers: [], quotes: [] };
  for (const { table, record } of await importLiar(join(fixtures, 'liar-sample.tsv')).toArray()) (tables[table] as unknown[]).push(record);
  return tables;
}
