import { parse } from 'csv-parse/sync';
import { SaidbyError, type SaidbyIssue } from '../error/index.js';
import { unescapeFormula } from '../export/csv.js';
import { columnNamesOf, listDelimiter as defaultListDelimiter } from '../schema/columns.js';
import { unflattenRow } from '../schema/flat.js';
import type { Quote, Source, Speaker } from '../schema/records.js';
import type { TableName } from '../schema/vocabulary.js';
import { encodingIssue, readLines, type Input, type Line } from './input.js';
import type { TableReadOptions } from './ndjson.js';
import { RecordStream, tableOfKeys, type Position, type RecordChecker, type RecordOf } from './reader.js';

export interface CsvReadOptions<T extends TableName = TableName> extends TableReadOptions<T> {
  /** Cell delimiter: ",", ";" or a tab. Default: the one of these that the header row uses most. */
  readonly delimiter?: string;
  /** Joins the items of `list` cells; default "|" as the exporter writes them. */
  readonly listDelimiter?: string;
  /**
   * Whether text cells were formula-escaped by the exporter ("'" before a leading = + - @ …, its default) and
   * are read back with `unescapeFormula`; default true. False for CSV written with `escapeFormulas: false`.
   */
  readonly escapedFormulas?: boolean;
}

/** One CSV record as found in the input: its raw text, where it stands, and why it is malformed if it is. */
export interface CsvRecordText {
  readonly text: string;
  readonly position: Position;
  readonly malformed?: SaidbyIssue;
}

const quote = 34;

type ScanState = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/**
 * Groups physical lines into CSV records (RFC 4180: a line break inside a quoted cell continues the record),
 * flagging a record whose quoting is malformed (a closing quote followed by other text) or that the input ends
 * inside of. A malformed record ends at its line end, so it cannot swallow the records after it.
 *
 * Without `dialect.delimiter`, the one of ",", ";" and tab that the first line uses most is chosen and set there.
 * The first line's break sets `dialect.crlf`: when it is CRLF, a bare LF is part of a cell even outside
 * quotes (as in csv-parse), so text with line breaks survives writers that quote only CRLF.
 * Empty lines outside quoted cells come back as they are.
 *
 * @example
 * for await (const records of csvRecords('quotes.csv', { delimiter: ',' })) for (const r of records) console.log(r.text);
 */
export async function* csvRecords(input: Input, dialect: { delimiter?: string; crlf?: boolean }): AsyncGenerator<Array<CsvRecordText | Line>> {
  let delimiter = dialect.delimiter ?? ',';
  let delimiterCode = delimiter.charCodeAt(0);
  let pending: string[] = [];
  let startLine = 0;
  let state: ScanState = 'fieldStart';
  let malformed: SaidbyIssue | undefined;
  let record = 0;
  for await (const lines of readLines(input)) {
    const out: Array<CsvRecordText | Line> = [];
    for (const line of lines) {
      const { text } = line;
      if (pending.length === 0) {
        if (text.length === 0) {
          out.push(line);
          continue;
        }
        if (dialect.delimiter === undefined) {
          dialect.delimiter = delimiter = chooseDelimiter(text);
          delimiterCode = delimiter.charCodeAt(0);
        }
        dialect.crlf ??= line.crlf;
        startLine = line.number;
        state = 'fieldStart';
        malformed = undefined;
        if (text.indexOf('"') === -1 && (line.crlf || !dialect.crlf || !line.terminated)) {
          out.push({ text, position: { line: line.number, record: ++record }, ...(line.invalidUtf8 ? { malformed: encodingIssue(line) } : {}) });
          continue;
        }
      }
      let at = 0;
      scan: for (;;) {
        switch (state) {
          case 'fieldStart':
            if (at >= text.length) break scan;
            if (text.charCodeAt(at) === quote) {
              state = 'quoted';
              at++;
            } else state = 'unquoted';
            break;
          case 'unquoted': {
            const next = text.indexOf(delimiter, at);
            if (next === -1) break scan;
            at = next + 1;
            state = 'fieldStart';
            break;
          }
          case 'quoted': {
            const next = text.indexOf('"', at);
            if (next === -1) break scan;
            at = next + 1;
            state = 'quoteInQuoted';
            break;
          }
          case 'quoteInQuoted': {
            if (at >= text.length) break scan;
            const code = text.charCodeAt(at);
            if (code === quote) state = 'quoted';
            else if (code === delimiterCode) state = 'fieldStart';
            else {
              malformed ??= {
                code: 'invalid_csv',
                path: [],
                line: line.number,
                message: `malformed quoting: a closing quote is followed by ${JSON.stringify(text[at])} instead of the delimiter or the line end (line ${line.number}, column ${at + 1})`,
              };
              state = 'unquoted';
              continue;
            }
            at++;
            break;
          }
        }
      }
      if (line.invalidUtf8) malformed ??= encodingIssue(line);
      pending.push(text);
      if (state !== 'quoted' && dialect.crlf && !line.crlf && line.terminated) {
        if (state === 'quoteInQuoted') {
          malformed ??= { code: 'invalid_csv', path: [], line: line.number, message: 'malformed quoting: a closing quote is followed by a line break that is not CRLF' };
          state = 'unquoted';
        }
        pending.push('\n');
        continue;
      }
      if (state === 'quoted') {
        pending.push(line.crlf ? '\r\n' : '\n');
        if (line.terminated) continue;
        malformed = {
          code: 'truncated_record',
          path: [],
          line: startLine,
          message: `truncated: the input ends inside a quoted cell of the record that starts at line ${startLine}`,
        };
      }
      out.push({
        text: pending.join(''),
        position: { line: startLine, endLine: line.number, record: ++record },
        ...(malformed ? { malformed } : {}),
      });
      pending = [];
    }
    yield out;
  }
}

function chooseDelimiter(header: string): string {
  const counts = [',', ';', '\t'].map((candidate) => ({ candidate, count: header.split(candidate).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).candidate;
}

function parseCells(texts: readonly string[], delimiter: string, crlf: boolean): Array<string[] | Error> {
  const lineBreak = crlf ? '\r\n' : '\n';
  const options = { delimiter, relax_column_count: true, relax_quotes: true, record_delimiter: lineBreak, bom: false } as const;
  if (texts.length === 0) return [];
  try {
    const rows = parse(texts.join(lineBreak), options) as string[][];
    if (rows.length === texts.length) return rows;
  } catch {}
  return texts.map((text) => {
    try {
      const rows = parse(text, options) as string[][];
      return rows.length === 1 ? rows[0]! : new Error(`expected one CSV record, found ${rows.length}`);
    } catch (error) {
      return error as Error;
    }
  });
}

function headerError(message: string, line: number): SaidbyError {
  return new SaidbyError([{ code: 'invalid_header', path: [], line, message }]);
}

function checkHeader(columns: readonly string[], table: TableName, line: number): void {
  const expected = columnNamesOf(table);
  const duplicated = columns.filter((column, index) => columns.indexOf(column) !== index);
  const unknown = columns.filter((column) => !expected.includes(column));
  const missing = expected.filter((column) => !columns.includes(column));
  const problems = [
    duplicated.length > 0 ? `repeated: ${duplicated.join(', ')}` : '',
    unknown.length > 0 ? `not ${table} fields: ${unknown.join(', ')}` : '',
    missing.length > 0 ? `missing: ${missing.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw headerError(`the header row does not match the ${table} columns (${problems.join('; ')})`, line);
}

/**
 * Streams the records of one table from CSV as the exporter writes it (a header row of `columnNamesOf(table)`
 * names in any order, `list` cells joined with "|", JSON text for lists of objects), validating each row.
 * A row with the wrong number of cells, malformed quoting, a cell that cannot be parsed, a record that fails
 * the schema, a duplicate id or (with `references`) an unknown reference is reported with its line numbers,
 * and reading goes on unless `stopOnError`. A BOM, CRLF and line breaks inside quoted cells are handled.
 * A header that does not name exactly the table's columns is a SaidbyError before any row is read.
 *
 * @example
 * const speakers = readCsv('speakers.csv', { table: 'speakers' });
 * const all = await speakers.toArray();
 * speakers.summary().ok; // true when every row was valid
 */
export function readCsv<T extends TableName>(input: Input, options: CsvReadOptions<T> & { table: T }): RecordStream<RecordOf<T>>;
export function readCsv(input: Input, options?: CsvReadOptions): RecordStream<Source | Speaker | Quote>;
export function readCsv(input: Input, options: CsvReadOptions = {}): RecordStream<Source | Speaker | Quote> {
  return new RecordStream((checker) => csvRows(input, options, checker), options);
}

async function* csvRows(input: Input, options: CsvReadOptions, checker: RecordChecker): AsyncGenerator<Array<Source | Speaker | Quote>> {
  const dialect: { delimiter?: string; crlf?: boolean } = { delimiter: options.delimiter };
  let header: { columns: string[]; table: TableName } | undefined;
  const flat = { listDelimiter: options.listDelimiter ?? defaultListDelimiter, unescape: options.escapedFormulas ?? true };
  for await (const entries of csvRecords(input, dialect)) {
    const batch: Array<Source | Speaker | Quote> = [];
    const wellFormed = entries.filter((entry): entry is CsvRecordText => 'position' in entry && entry.malformed === undefined);
    const cells = parseCells(
      wellFormed.map((entry) => entry.text),
      dialect.delimiter ?? ',',
      dialect.crlf === true,
    );
    let index = 0;
    for (const entry of entries) {
      if (!('position' in entry)) {
        checker.blank();
        continue;
      }
      if (entry.malformed) {
        checker.check(entry.position, [], [entry.malformed]);
      } else {
        const row = cells[index++]!;
        if (header === undefined) {
          if (row instanceof Error) throw headerError(`the header row is not valid CSV: ${row.message}`, entry.position.line);
          const table = options.table ?? tableOfKeys(row);
          if (table === undefined) throw headerError('cannot tell the table from the header row; pass the table', entry.position.line);
          checkHeader(row, table, entry.position.line);
          header = { columns: row, table };
          continue;
        }
        const issues = rowIssues(row, header.columns.length, entry.position.line);
        if (issues.length > 0) checker.check(entry.position, [], issues);
        else {
          const record = unflatten(header.table, header.columns, row as string[], flat);
          const accepted = 'issues' in record ? checker.check(entry.position, [], record.issues) : checker.check(entry.position, [{ table: header.table, value: record.value }]);
          if (accepted) batch.push(accepted[0]!.value as Source | Speaker | Quote);
        }
      }
      if (checker.stopped) break;
    }
    yield batch;
    if (checker.stopped) return;
  }
}

function rowIssues(row: string[] | Error, columns: number, line: number): SaidbyIssue[] {
  if (row instanceof Error) return [{ code: 'invalid_csv', path: [], line, message: `not valid CSV: ${row.message}` }];
  if (row.length !== columns) {
    return [{ code: 'wrong_column_count', path: [], line, message: `expected ${columns} cells as in the header, found ${row.length}` }];
  }
  return [];
}

function unflatten(
  table: TableName,
  columns: readonly string[],
  cells: readonly string[],
  options: { listDelimiter: string; unescape: boolean },
): { value: Record<string, unknown> } | { issues: ReadonlyArray<SaidbyIssue> } {
  const row: Record<string, string> = {};
  for (let index = 0; index < columns.length; index++) row[columns[index]!] = options.unescape ? unescapeFormula(cells[index]!) : cells[index]!;
  try {
    return { value: unflattenRow(table, row, { listDelimiter: options.listDelimiter }) };
  } catch (error) {
    if (error instanceof SaidbyError) return { issues: error.issues.map((issue) => ({ ...issue, path: [table, ...issue.path] })) };
    throw error;
  }
}
