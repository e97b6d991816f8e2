import type { SaidbyIssue } from '../../error/index.js';
import type { Quote, Source, Speaker } from '../../schema/records.js';
import type { TableName } from '../../schema/vocabulary.js';
import { readLines, type Input, type Line } from '../lines/index.js';
import { readRecords, tableOfKeys, type Decoded, type DecodeLimits, type Decoder, type ReadOptions, type RecordOf, type RecordStream } from '../read/index.js';
import { parseJsonLine } from './json.js';

export interface TableReadOptions<T extends TableName = TableName> extends ReadOptions {
  /** The table of every record; default: told from the keys of the first record (or the CSV header). */
  readonly table?: T;
}

/** True for a line holding only spaces and tabs (or nothing). */
export function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return (first === 32 || first === 9) && text.trim() === '';
}

/** The issue for a record whose table cannot be told from its keys. */
export function unknownTable(line: number): SaidbyIssue {
  return {
    code: 'unknown_table',
    path: [],
    line,
    message: `cannot tell which table line ${line} belongs to (a quote has sourceId, a speaker aliases, a source outlet and title); pass the table`,
  };
}

/**
 * The table of a decoded value: the fixed one, else the one its keys tell (remembered for the next values).
 *
 * @example
 * const tableOf = tableTeller(undefined); tableOf({ id: 'x', aliases: [] }); // 'speakers'
 */
export function tableTeller(fixed: TableName | undefined): (value: unknown) => TableName | undefined {
  let table = fixed;
  return (value) => {
    table ??= typeof value === 'object' && value !== null && !Array.isArray(value) ? tableOfKeys(Object.keys(value)) : undefined;
    return table;
  };
}

/**
 * Decodes NDJSON lines one at a time (blank, a record of the fixed or first-told table, or the issues).
 *
 * @example
 * const decode = ndjsonLine('quotes', limitsOf({})); decode(line); // { position, records } or { position, issues }
 */
export function ndjsonLine(fixedTable: TableName | undefined, limits: DecodeLimits): (line: Line) => Decoded {
  const tableOf = tableTeller(fixedTable);
  let record = 0;
  return (line) => {
    if (!line.tooLarge && isBlank(line.text)) return { blank: true };
    const position = { line: line.number, record: ++record };
    const parsed = parseJsonLine(line, limits);
    if ('issues' in parsed) return { position, issues: parsed.issues };
    const table = tableOf(parsed.value);
    return table === undefined ? { position, issues: [unknownTable(line.number)] } : { position, records: [{ table, value: parsed.value }] };
  };
}

/**
 * The NDJSON decoder: one JSON value a line, parsed strictly (see `parseJsonText`), blank lines skipped.
 *
 * @example
 * readRecords(input, ndjsonDecoder('quotes'), {}, recordValues);
 */
export function ndjsonDecoder(fixedTable?: TableName): Decoder {
  return async function* (input, limits) {
    const decode = ndjsonLine(fixedTable, limits);
    for await (const lines of readLines(input, { chunkSize: limits.chunkSize, maxLineBytes: limits.maxRecordBytes })) yield lines.map(decode);
  };
}

/**
 * The records of an accepted input record, as the table readers yield them.
 *
 * @example
 * readRecords(input, ndjsonDecoder(), {}, recordValues);
 */
export function recordValues(records: ReadonlyArray<{ readonly value: unknown }>): Array<Source | Speaker | Quote> {
  return records.map((record) => record.value as Source | Speaker | Quote);
}

/**
 * Streams the records of one table from NDJSON (one JSON record per line), validating each. Blank lines
 * are skipped and counted; a malformed or truncated line, a line over `maxRecordBytes`, JSON that would
 * silently change when parsed (a repeated key, `__proto__`, a lone surrogate, a number out of range) or nests
 * deeper than `maxDepth`, a record that fails the schema, a duplicate id and (with `references`) an unknown
 * speakerId/sourceId are each reported with the line number, and the read goes on unless `stopOnError`.
 * A leading BOM and LF, CRLF or CR line ends are accepted.
 *
 * @example
 * const stream = readNdjson('quotes.ndjson', { table: 'quotes', onRejected: (r) => console.error(formatIssues(r.issues)) });
 * for await (const quote of stream) index(quote);
 * stream.summary().text; // 'read 3 = 2 accepted + 1 rejected (2 quotes)'
 */
export function readNdjson<T extends TableName>(input: Input, options: TableReadOptions<T> & { table: T }): RecordStream<RecordOf<T>>;
export function readNdjson(input: Input, options?: TableReadOptions): RecordStream<Source | Speaker | Quote>;
export function readNdjson(input: Input, options: TableReadOptions = {}): RecordStream<Source | Speaker | Quote> {
  return readRecords(input, ndjsonDecoder(options.table), options, recordValues);
}
