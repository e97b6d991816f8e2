import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { SaidbyError } from '../../error/index.js';
import { openAtomicOutput } from '../../files/index.js';
import { csvRowOf, writeCsvRows, type CsvOptions } from '../../export/csv.js';
import { writeNdjson } from '../../export/json.js';
import { claimReviewGraph, jsonLdText } from '../../export/jsonld.js';
import { writeTexts } from '../../export/stream.js';
import type { Quote, Source, Speaker } from '../../schema/records.js';
import { tableNames, type TableName } from '../../schema/vocabulary.js';
import { readCsv, readJson, readNdjson } from '../formats/index.js';
import { importLiar, importQuotebank } from '../importers/index.js';
import type { Input } from '../lines/index.js';
import { tableOfKeys, type ReadCounts, type ReadOptions, type ReadSummary, type RecordStream, type TableRecord } from '../read/index.js';
import { Channel } from './channel.js';

export const convertSources = ['quotebank', 'liar', 'ndjson', 'json', 'csv'] as const;
export const convertTargets = ['csv', 'ndjson', 'jsonld'] as const;
export type ConvertFrom = (typeof convertSources)[number];
export type ConvertTo = (typeof convertTargets)[number];

export interface ConvertOptions extends ReadOptions {
  readonly from: ConvertFrom;
  readonly to: ConvertTo;
  /** The table of an NDJSON or CSV input; default: told from its first record or header. */
  readonly table?: TableName;
  /** Speakers and sources files (NDJSON, or CSV when the name ends in .csv): checked, used for references and JSON-LD authors. */
  readonly speakers?: string;
  readonly sources?: string;
  /** CSV input: cells were formula-escaped by the exporter (its default); default true. See `readCsv`. */
  readonly escapedFormulas?: boolean;
  /** `to: 'jsonld'`: describe every quote, not only the check-worthy and reviewed ones (see `claimReviewJsonLd`). */
  readonly all?: boolean;
  /** Options of the CSV writer (delimiter, bom, escapeFormulas, …) for `to: 'csv'`. */
  readonly csv?: CsvOptions;
  /** Called after each batch of input with the counts so far; a returned promise is awaited. */
  readonly onProgress?: (counts: ReadCounts) => void | Promise<void>;
}

export interface ConvertResult {
  /** Counts of the main input: read = accepted + rejected. */
  readonly summary: ReadSummary;
  /** Counts of the speakers/sources files given as options. */
  readonly references: Partial<Record<'speakers' | 'sources', ReadSummary>>;
  /** The files written, with how many records each holds (for JSON-LD: how many claims it describes). */
  readonly files: ReadonlyArray<{ readonly path: string; readonly table: TableName | 'claims'; readonly records: number }>;
}

const extensions: Record<ConvertTo, string> = { csv: 'csv', ndjson: 'ndjson', jsonld: 'jsonld' };

/** Makes each record's CSV row once, as the check that it can be written; the writer then writes the row. */
function csvRows(options: CsvOptions) {
  const makers = new Map<TableName, (record: unknown) => string[]>();
  const rows = new WeakMap<object, string[]>();
  const check = (table: TableName, record: Source | Speaker | Quote) => {
    let rowOf = makers.get(table);
    if (rowOf === undefined) makers.set(table, (rowOf = csvRowOf(table, options)));
    try {
      rows.set(record, rowOf(record));
      return [];
    } catch (error) {
      if (error instanceof SaidbyError) return error.issues;
      throw error;
    }
  };
  return { check, rowOf: (record: object) => rows.get(record)! };
}

function openStream(input: Input, options: ConvertOptions, check: ReadOptions['check']): RecordStream<TableRecord> {
  const read = { ...options, ...(check ? { check } : {}) };
  switch (options.from) {
    case 'quotebank':
      return importQuotebank(input, read);
    case 'liar':
      return importLiar(input, read);
    case 'ndjson':
    case 'json':
    case 'csv': {
      const stream = options.from === 'csv' ? readCsv(input, read) : options.from === 'json' ? readJson(input, read) : readNdjson(input, read);
      const tableOf = (record: Source | Speaker | Quote): TableName => options.table ?? tableOfKeys(Object.keys(record))!;
      return stream.map((record) => ({ table: tableOf(record), record }) as TableRecord);
    }
  }
}

async function readOthers(options: ConvertOptions) {
  const tables: { speakers: Map<string, Speaker>; sources: Map<string, Source> } = { speakers: new Map(), sources: new Map() };
  const summaries: ConvertResult['references'] = {};
  for (const table of ['sources', 'speakers'] as const) {
    const path = options[table];
    if (path === undefined) continue;
    const read = { table, onRejected: options.onRejected, keepRejections: options.keepRejections, escapedFormulas: options.escapedFormulas } as const;
    const stream = path.toLowerCase().endsWith('.csv') ? readCsv(path, read) : readJson(path, read);
    for await (const batch of stream.batches()) for (const record of batch) (tables[table] as Map<string, unknown>).set(record.id, record);
    summaries[table] = stream.summary();
  }
  return { tables, summaries };
}

interface Target {
  readonly channel: Channel<unknown>;
  readonly done: Promise<void>;
  readonly path: string;
  records: number;
}

function outputPathOf(output: string, table: TableName | undefined, options: ConvertOptions): string | undefined {
  const many = options.from === 'quotebank' || options.from === 'liar';
  const directory = many || (existsSync(output) && statSync(output).isDirectory());
  if (!directory || options.to === 'jsonld') return output;
  return table === undefined ? undefined : join(output, `${table}.${extensions[options.to]}`);
}

function outputPath(output: string, table: TableName, options: ConvertOptions, inputs: ReadonlyArray<string>): string {
  const path = outputPathIn(output, table, options);
  refuseOverwritingInputs(path, inputs);
  return path;
}

function outputPathIn(output: string, table: TableName, options: ConvertOptions): string {
  const many = options.from === 'quotebank' || options.from === 'liar';
  const directory = many || (existsSync(output) && statSync(output).isDirectory());
  if (!directory) return output;
  mkdirSync(output, { recursive: true });
  return join(output, `${table}.${extensions[options.to]}`);
}

function identityOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Refuses to write over an input: the output file is the input (same real path, or same device and inode,
 * as through a hard link), so writing it would truncate what is being read.
 */
function refuseOverwritingInputs(path: string, inputs: ReadonlyArray<string>): void {
  const identity = identityOf(path);
  const real = realPathOf(path);
  for (const input of inputs) {
    if (realPathOf(input) === real || (identity !== undefined && identityOf(input) === identity)) {
      throw new SaidbyError([
        { code: 'output_is_input', path: ['output'], message: `the output ${path} is the input ${input}: writing it would destroy what is being read; choose another output` },
      ]);
    }
  }
}

function startWriter(path: string, inputs: ReadonlyArray<string>, write: (records: AsyncIterable<unknown>, stream: Writable) => Promise<void>): Target {
  const channel = new Channel<unknown>();
  const done = (async () => {
    const output = await openAtomicOutput(path, { inputs });
    try {
      const failed = new Promise<never>((_resolve, reject) => output.stream.on('error', reject));
      await Promise.race([write(channel, output.stream), failed]);
      await output.commit();
    } catch (error) {
      await output.abort();
      throw error;
    }
  })().catch((error: unknown) => {
    channel.abort(error);
    throw error;
  });
  done.catch(() => {});
  return { channel, done, path, records: 0 };
}

/**
 * Converts a file of any size in bounded memory: reads Quotebank JSON lines, LIAR/LIAR-PLUS TSV, or saidby
 * NDJSON/CSV of one table, validates every record as it streams, and writes the accepted ones as CSV or
 * NDJSON (importers: one file per table in the `output` folder; one table: the `output` file, or
 * `<table>.<ext>` inside it when it is a folder) or as one ClaimReview JSON-LD document. Rejected input
 * records are reported to `onRejected` and counted; every good record is still written. With `stopOnError`
 * the records before the first rejected one are written and `summary.stopped` is true.
 *
 * @example
 * const { summary } = await convertFile('quotes-2020.json', 'out/', { from: 'quotebank', to: 'csv', onRejected: log });
 * summary.text; // 'read 1,000 = 998 accepted + 2 rejected (1 sources, 412 speakers, 998 quotes)'
 */
export async function convertFile(input: Input, output: string, options: ConvertOptions): Promise<ConvertResult> {
  const csvOptions = options.csv ?? {};
  const inputs = [...(typeof input === 'string' ? [input] : []), ...[options.speakers, options.sources].filter((path): path is string => path !== undefined)];
  const outputs = options.to === 'jsonld' || !(options.from === 'quotebank' || options.from === 'liar') ? [outputPathOf(output, options.table, options)] : tableNames.map((table) => outputPathOf(output, table, options));
  for (const path of outputs) if (path !== undefined) refuseOverwritingInputs(path, inputs);
  const { tables: others, summaries } = await readOthers(options);
  const references = {
    ...(options.speakers === undefined ? {} : { speakers: others.speakers.keys() }),
    ...(options.sources === undefined ? {} : { sources: others.sources.keys() }),
  };
  const rows = options.to === 'csv' ? csvRows(csvOptions) : undefined;
  const check = rows?.check;
  const stream = openStream(input, { ...options, references: { ...options.references, ...references } }, check);
  const targets = new Map<TableName | 'claims', Target>();
  let described = 0;
  const targetOf = (table: TableName): Target => {
    const key = options.to === 'jsonld' ? 'claims' : table;
    let target = targets.get(key);
    if (target === undefined) {
      target =
        options.to === 'jsonld'
          ? startWriter(output, inputs, (records, out) => writeClaims(records as AsyncIterable<Quote>, others, options.all === true, out, () => described++))
          : startWriter(outputPath(output, table, options, inputs), inputs, (records, out) =>
              options.to === 'csv' ? writeCsvRows(table, records as AsyncIterable<string[]>, out, csvOptions) : writeNdjson(records, out),
            );
      targets.set(key, target);
    }
    return target;
  };
  if (options.to === 'jsonld') targetOf('quotes');
  if (options.from === 'quotebank' || options.from === 'liar') for (const table of tableNames) if (options.to !== 'jsonld') targetOf(table);
  try {
    for await (const batch of stream.batches()) {
      const byTable = new Map<TableName, unknown[]>();
      for (const { table, record } of batch) {
        if (table === 'speakers' && options.to === 'jsonld') others.speakers.set(record.id, record as Speaker);
        if (table === 'sources' && options.to === 'jsonld') others.sources.set(record.id, record as Source);
        if (options.to === 'jsonld' && table !== 'quotes') continue;
        const list = byTable.get(table) ?? [];
        list.push(rows === undefined ? record : rows.rowOf(record));
        byTable.set(table, list);
      }
      for (const [table, records] of byTable) {
        const target = targetOf(table);
        target.records += records.length;
        await target.channel.push(records);
      }
      await options.onProgress?.(stream.counts());
    }
  } catch (error) {
    if (!(error instanceof SaidbyError && stream.summary().stopped)) throw error;
  } finally {
    for (const target of targets.values()) target.channel.close();
    await Promise.allSettled([...targets.values()].map((target) => target.done));
  }
  await Promise.all([...targets.values()].map((target) => target.done));
  return {
    summary: stream.summary(),
    references: summaries,
    files: [...targets.entries()].map(([table, target]) => ({ path: target.path, table, records: table === 'claims' ? described : target.records })),
  };
}

async function writeClaims(
  quotes: AsyncIterable<Quote>,
  others: { speakers: ReadonlyMap<string, Speaker>; sources: ReadonlyMap<string, Source> },
  all: boolean,
  output: Writable,
  onItem: () => void,
): Promise<void> {
  const opening = '{"@context":"https://schema.org","@graph":[';
  let first = true;
  const graph = claimReviewGraph(others, { all });
  await writeTexts(
    quotes,
    (quote) => {
      let text = '';
      for (const item of graph.nodesOf(quote)) {
        text += (first ? `${opening}\n` : ',\n') + jsonLdText(item);
        first = false;
      }
      if (graph.describes(quote)) onItem();
      return text;
    },
    output,
    { after: () => `${first ? opening : ''}\n]}\n` },
  );
}
