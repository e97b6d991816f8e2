import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type Options as StringifyOptions } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { SaidbyError } from '../error/index.js';
import { escapeFormula } from '../text/formula.js';
import { quoteRowColumns, type QuoteRow } from '../query/rows.js';
import { columnNamesOf, listDelimiter, type FlatCell } from '../schema/columns.js';
import { cellWritersOf, type CellWriter, type FlatOptions } from '../schema/flat.js';
import type { TableName } from '../schema/vocabulary.js';
import { shouldEnd, type OutputOptions, type RecordSource } from './stream.js';

export { escapeFormula, unescapeFormula } from '../text/formula.js';

/** A table of the schema, or "quoteRows": quotes joined with speakers and sources (see `quoteRows`). */
export type ExportTable = TableName | 'quoteRows';

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
export const lineEndings = ['crlf', 'lf'] as const;
export type LineEnding = (typeof lineEndings)[number];

export interface CsvOptions extends FlatOptions, OutputOptions {
  /** Columns to write, in this order; default every column of the table in schema order. */
  readonly columns?: readonly string[];
  /** Field separator; default ",". */
  readonly delimiter?: CsvDelimiter;
  /** Record separator; default "crlf" (RFC 4180). Line breaks inside a quoted cell are kept as they are. */
  readonly lineEnding?: LineEnding;
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8; default true. */
  readonly bom?: boolean;
  /** Write the header row of column names; default true. */
  readonly header?: boolean;
  /** Prefix cells that a spreadsheet would run as a formula with "'"; default true. */
  readonly escapeFormulas?: boolean;
}

interface CsvLayout {
  readonly names: readonly string[];
  readonly readers: readonly CellWriter[];
}

function quoteRowReader(name: keyof QuoteRow, delimiter: string): CellWriter {
  return (record) => {
    const value = (record as QuoteRow)[name];
    if (!Array.isArray(value)) return value as FlatCell;
    if (value.some((item) => item === '' || item.includes(delimiter))) {
      throw new SaidbyError([{ code: 'invalid_cell', path: [name], record: (record as QuoteRow).id, message: `a list item is empty or contains the list delimiter "${delimiter}"` }]);
    }
    return value.join(delimiter);
  };
}

function layoutOf(table: ExportTable, options: CsvOptions): CsvLayout {
  const delimiter = options.listDelimiter ?? listDelimiter;
  const all = table === 'quoteRows' ? quoteRowColumns.map((column) => column.name as string) : [...columnNamesOf(table)];
  const readers = table === 'quoteRows' ? quoteRowColumns.map(({ name }) => quoteRowReader(name, delimiter)) : cellWritersOf(table, options);
  if (options.columns === undefined) return { names: all, readers };
  const unknown = options.columns.find((name) => !all.includes(name));
  if (unknown !== undefined || options.columns.length === 0) {
    throw new SaidbyError([
      {
        code: 'invalid_argument',
        path: ['columns'],
        message: `${unknown === undefined ? 'no columns given' : `unknown column ${JSON.stringify(unknown)}`}; allowed: ${all.join(', ')}`,
        allowed: all,
      },
    ]);
  }
  return { names: options.columns, readers: options.columns.map((name) => readers[all.indexOf(name)]!) };
}

/** Characters a spreadsheet may split a cell at on import (LibreOffice's separator choices, Excel's list separators). */
const splitCharacters = /[\t,; ]/;

function cellText(cell: FlatCell, escapeFormulas: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return escapeFormulas ? escapeFormula(cell) : cell;
  return String(cell);
}

function choiceOption<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) {
    throw new SaidbyError([
      { code: 'invalid_argument', path: [name], message: `${JSON.stringify(value)} is not one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`, allowed },
    ]);
  }
  return value;
}

function prepare(table: ExportTable, options: CsvOptions) {
  const layout = layoutOf(table, options);
  const escapeFormulas = options.escapeFormulas ?? true;
  const stringifyOptions: StringifyOptions = {
    delimiter: choiceOption('delimiter', options.delimiter, csvDelimiters, ','),
    record_delimiter: choiceOption('lineEnding', options.lineEnding, lineEndings, 'crlf') === 'crlf' ? '\r\n' : '\n',
    bom: options.bom ?? true,
    header: options.header ?? true,
    columns: layout.names as string[],
    quote: '"',
    escape: '"',
    escape_formulas: false,
    quote_record_delimiter: true,
    quoted_match: splitCharacters,
  };
  const { readers } = layout;
  const rowOf = (record: unknown) => {
    const row = new Array<string>(readers.length);
    for (let index = 0; index < readers.length; index++) row[index] = cellText(readers[index]!(record), escapeFormulas);
    return row;
  };
  return { stringifyOptions, rowOf };
}

/**
 * Writes records as CSV (RFC 4180, UTF-8) to a Node Writable, streaming with backpressure: memory stays
 * flat however many records an (async) iterable yields. Defaults: "," and CRLF, a UTF-8 BOM, a header of
 * `columnNamesOf(table)` in schema order, "" for null, `list` cells joined with "|", JSON text for lists of
 * objects, numbers as JavaScript writes them, and formula escaping. `output` is ended when done unless it
 * is process.stdout/stderr or `end: false`.
 *
 * @example
 * await writeCsv('quotes', findQuotes({ speaker: 'lavrov' }), createWriteStream('lavrov.csv'));
 */
export async function writeCsv(table: ExportTable, records: RecordSource<unknown>, output: NodeJS.WritableStream | Writable, options: CsvOptions = {}): Promise<void> {
  const { stringifyOptions, rowOf } = prepare(table, options);
  await feedCsv(stringifyOptions, records, rowOf, output, options);
}

/**
 * The function that turns a record into the cells `writeCsv` writes for it (flattened, formula-escaped);
 * it throws a SaidbyError for a record that CSV cannot hold. For callers that check each record by making
 * its row, then write the rows with `writeCsvRows`, so that every record is flattened once.
 *
 * @example
 * const rowOf = csvRowOf('speakers'); rowOf(getSpeaker('kremlin')!)[0]; // 'kremlin'
 */
export function csvRowOf(table: ExportTable, options: CsvOptions = {}): (record: unknown) => string[] {
  return prepare(table, options).rowOf;
}

/**
 * Writes rows made by `csvRowOf` (with the same options) as `writeCsv` writes records.
 *
 * @example
 * await writeCsvRows('speakers', speakers.map(csvRowOf('speakers')), createWriteStream('speakers.csv'));
 */
export async function writeCsvRows(table: ExportTable, rows: RecordSource<string[]>, output: NodeJS.WritableStream | Writable, options: CsvOptions = {}): Promise<void> {
  const { stringifyOptions } = prepare(table, options);
  await feedCsv(stringifyOptions, rows, (row) => row, output, options);
}

async function feedCsv<T>(stringifyOptions: StringifyOptions, items: RecordSource<T>, rowOf: (item: T) => string[], output: NodeJS.WritableStream | Writable, options: CsvOptions): Promise<void> {
  const stringifier = stringify(stringifyOptions);
  const written = pipeline(stringifier, output as Writable, { end: shouldEnd(output, options) });
  const feed = async () => {
    try {
      if (Symbol.iterator in items) {
        for (const item of items) if (!stringifier.write(rowOf(item))) await once(stringifier, 'drain');
      } else {
        for await (const item of items) if (!stringifier.write(rowOf(item))) await once(stringifier, 'drain');
      }
      stringifier.end();
    } catch (error) {
      stringifier.destroy(error as Error);
      throw error;
    }
  };
  await Promise.all([feed(), written]);
}

/**
 * The CSV of `writeCsv` as one string, for data that fits in memory.
 *
 * @example
 * toCsv('speakers', speakers, { bom: false }).split('\r\n')[0]; // 'id,name,aliases,kind,role,…'
 */
export function toCsv(table: ExportTable, records: Iterable<unknown>, options: CsvOptions = {}): string {
  const { stringifyOptions, rowOf } = prepare(table, options);
  const text = stringifySync(Array.from(records, rowOf), stringifyOptions);
  return text;
}
