import { SaidbyError, type SaidbyIssue } from '../../error/index.js';
import { unescapeFormula } from '../../text/index.js';
import { columnNamesOf, columnsOf, listDelimiter as defaultListDelimiter } from '../../schema/columns.js';
import { unflattenRow } from '../../schema/flat.js';
import type { Quote, Source, Speaker } from '../../schema/records.js';
import type { TableName } from '../../schema/vocabulary.js';
import { encodingIssue, readLimits, readLines, sizeIssue, type Input, type Line } from '../lines/index.js';
import { readRecords, tableOfKeys, type Decoded, type Decoder, type Position, type RecordOf, type RecordStream } from '../read/index.js';
import { numberIssue, parseJsonText } from './json.js';
import { recordValues, type TableReadOptions } from './ndjson.js';

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

/** One CSV record as found in the input: its raw text, where it stands, its cells, or why it is malformed. */
export interface CsvRecordText {
  readonly text: string;
  readonly position: Position;
  /** The cells, quotes removed; absent when the record is malformed. */
  readonly cells?: readonly string[];
  readonly malformed?: SaidbyIssue;
}

const enum Scan {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

function chooseDelimiter(header: string): string {
  const counts = [',', ';', '\t'].map((candidate) => ({ candidate, count: header.split(candidate).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).candidate;
}

/**
 * Groups lines into CSV records (RFC 4180): a line break inside a quoted cell continues the record, and the
 * cells are split as the lines are read, in one pass. LF, CRLF and CR all end a record outside quotes; inside a
 * quoted cell each is kept exactly as written. The first record is the header, and its cell count is the
 * expected one.
 *
 * Recovery rule: a record that runs over several lines (through a quoted cell) is one record only when it is
 * well formed: its quotes close before the input ends, each closing quote is followed by the delimiter, a quote
 * or the line end, it has the header's number of cells, and it stays within the size limit. Otherwise only its
 * first line is rejected, and reading resumes at the next line as the start of a record. So an unclosed quote
 * costs its own line and never the records after it. A single line with malformed quoting is rejected whole.
 *
 * Without `dialect.delimiter`, the one of ",", ";" and tab that the first line uses most is chosen and set there.
 * Empty lines outside quoted cells come back as they are (blank lines).
 *
 * @example
 * for await (const records of csvRecords('quotes.csv', { delimiter: ',' })) for (const r of records) console.log(r.cells);
 */
export async function* csvRecords(
  input: Input,
  dialect: { delimiter?: string },
  limits: { readonly maxRecordBytes?: number; readonly chunkSize?: number } = {},
): AsyncGenerator<Array<CsvRecordText | Line>> {
  const grouper = new CsvGrouper(dialect, limits.maxRecordBytes ?? readLimits.maxRecordBytes);
  for await (const lines of readLines(input, { maxLineBytes: limits.maxRecordBytes, chunkSize: limits.chunkSize })) {
    const out: Array<CsvRecordText | Line> = [];
    for (const line of lines) grouper.push(line, out);
    yield out;
  }
  const out: Array<CsvRecordText | Line> = [];
  grouper.end(out);
  if (out.length > 0) yield out;
}

class CsvGrouper {
  private readonly dialect: { delimiter?: string };
  private readonly limit: number;
  private columns: number | undefined;
  private record = 0;
  private lines: Line[] = [];
  private bytes = 0;
  private state = Scan.FieldStart;
  private cells: string[] = [];
  private cell = '';
  private queue: Line[] = [];
  private head = 0;

  constructor(dialect: { delimiter?: string }, limit: number) {
    this.dialect = dialect;
    this.limit = limit;
  }

  push(line: Line, out: Array<CsvRecordText | Line>): void {
    this.feed(line, out);
    while (this.head < this.queue.length) this.feed(this.queue[this.head++]!, out);
  }

  end(out: Array<CsvRecordText | Line>): void {
    while (this.lines.length > 0) {
      const first = this.lines[0]!;
      this.fail(
        {
          code: 'truncated_record',
          path: [],
          line: first.number,
          message: `the quoted cell opened on line ${first.number} is never closed (the input ends inside it): line ${first.number} is rejected and the lines after it are read as records`,
        },
        out,
      );
      while (this.head < this.queue.length) this.feed(this.queue[this.head++]!, out);
    }
  }

  private emit(out: Array<CsvRecordText | Line>, record: Omit<CsvRecordText, 'position'>, first: Line, last: Line): void {
    out.push({ ...record, position: { line: first.number, endLine: last.number, record: ++this.record } });
  }

  private fail(issue: SaidbyIssue, out: Array<CsvRecordText | Line>): void {
    const [first, ...rest] = this.lines;
    this.lines = [];
    this.emit(out, { text: first!.text, malformed: issue }, first!, first!);
    this.queue = [...rest, ...this.queue.slice(this.head)];
    this.head = 0;
  }

  private feed(line: Line, out: Array<CsvRecordText | Line>): void {
    if (this.lines.length === 0) {
      if (line.tooLarge) return this.emit(out, { text: '', malformed: sizeIssue(line.number, line.bytes, this.limit) }, line, line);
      if (line.text.length === 0) {
        out.push(line);
        return;
      }
      this.dialect.delimiter ??= chooseDelimiter(line.text);
      if (line.text.indexOf('"') === -1) {
        const cells = line.text.split(this.dialect.delimiter);
        this.columns ??= cells.length;
        return this.emit(out, line.invalidUtf8 ? { text: line.text, malformed: encodingIssue(line) } : { text: line.text, cells }, line, line);
      }
      this.state = Scan.FieldStart;
      this.cells = [];
      this.cell = '';
      this.bytes = 0;
    } else if (line.tooLarge) {
      this.lines.push(line);
      return this.fail(sizeIssue(this.lines[0]!.number, this.bytes + line.bytes, this.limit), out);
    }
    this.lines.push(line);
    this.bytes += line.bytes + line.end.length;
    const first = this.lines[0]!;
    const multiLine = this.lines.length > 1;
    if (this.bytes > this.limit) return this.fail(sizeIssue(first.number, this.bytes, this.limit), out);
    const malformedAt = this.scan(line.text);
    if (malformedAt !== -1) {
      const found = JSON.stringify(line.text[malformedAt]);
      return this.fail(
        {
          code: 'invalid_csv',
          path: [],
          line: first.number,
          message: multiLine
            ? `malformed quoting: the quoted cell opened on line ${first.number} is closed on line ${line.number} by a quote followed by ${found}: line ${first.number} is rejected and reading resumes at line ${first.number + 1}`
            : `malformed quoting: a closing quote is followed by ${found} instead of the delimiter or the line end (line ${line.number}, column ${malformedAt + 1})`,
        },
        out,
      );
    }
    if (this.state === Scan.Quoted) {
      this.cell += line.end;
      return;
    }
    this.cells.push(this.cell);
    this.cell = '';
    const cells = this.cells;
    this.cells = [];
    this.columns ??= cells.length;
    if (multiLine && cells.length !== this.columns) {
      return this.fail(
        {
          code: 'wrong_column_count',
          path: [],
          line: first.number,
          message: `the record that starts at line ${first.number} runs through a quoted cell to line ${line.number} and has ${cells.length} cells, not ${this.columns} as the header: line ${first.number} is rejected and reading resumes at line ${first.number + 1}`,
        },
        out,
      );
    }
    const lines = this.lines;
    this.lines = [];
    const text = multiLine ? lines.map((part) => part.text + part.end).join('').slice(0, -line.end.length || undefined) : line.text;
    const invalid = lines.find((part) => part.invalidUtf8);
    this.emit(out, invalid ? { text, malformed: { ...encodingIssue(invalid), line: first.number } } : { text, cells }, first, line);
  }

  /** Scans one line from the current state, splitting cells; returns the column of malformed quoting, or -1. */
  private scan(text: string): number {
    const delimiter = this.dialect.delimiter!;
    let at = 0;
    for (;;) {
      switch (this.state) {
        case Scan.FieldStart:
          if (at >= text.length) return -1;
          if (text.charCodeAt(at) === 34) {
            this.state = Scan.Quoted;
            at++;
          } else this.state = Scan.Unquoted;
          break;
        case Scan.Unquoted: {
          const next = text.indexOf(delimiter, at);
          if (next === -1) {
            this.cell += text.slice(at);
            return -1;
          }
          this.cells.push(this.cell + text.slice(at, next));
          this.cell = '';
          at = next + delimiter.length;
          this.state = Scan.FieldStart;
          if (at >= text.length) {
            this.state = Scan.Unquoted;
            return -1;
          }
          break;
        }
        case Scan.Quoted: {
          const next = text.indexOf('"', at);
          if (next === -1) {
            this.cell += text.slice(at);
            return -1;
          }
          this.cell += text.slice(at, next);
          at = next + 1;
          this.state = Scan.QuoteInQuoted;
          break;
        }
        case Scan.QuoteInQuoted: {
          if (at >= text.length) return -1;
          if (text.charCodeAt(at) === 34) {
            this.cell += '"';
            this.state = Scan.Quoted;
            at++;
          } else if (text.startsWith(delimiter, at)) {
            this.cells.push(this.cell);
            this.cell = '';
            at += delimiter.length;
            this.state = Scan.FieldStart;
            if (at >= text.length) {
              this.state = Scan.Unquoted;
              return -1;
            }
          } else return at;
          break;
        }
      }
    }
  }
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

interface Header {
  readonly table: TableName;
  readonly columns: readonly string[];
  readonly kinds: ReadonlyArray<'json' | 'number' | 'text'>;
}

function headerOf(cells: readonly string[], fixed: TableName | undefined, line: number): Header {
  const table = fixed ?? tableOfKeys(cells);
  if (table === undefined) throw headerError('cannot tell the table from the header row; pass the table', line);
  checkHeader(cells, table, line);
  const types = new Map(columnsOf(table).map((column) => [column.name, column.type]));
  const kinds = cells.map((name) => {
    const type = types.get(name);
    return type === 'array' || type === 'object' ? 'json' : type === 'number' || type === 'integer' ? 'number' : 'text';
  });
  return { table, columns: cells, kinds };
}

function rowOf(header: Header, cells: readonly string[], position: Position, options: { listDelimiter: string; unescape: boolean; maxDepth: number }): Decoded {
  const { table, columns, kinds } = header;
  if (cells.length !== columns.length) {
    return { position, issues: [{ code: 'wrong_column_count', path: [], message: `expected ${columns.length} cells as in the header, found ${cells.length}` }] };
  }
  const row: Record<string, string> = {};
  for (let index = 0; index < columns.length; index++) {
    const cell = options.unescape ? unescapeFormula(cells[index]!) : cells[index]!;
    const kind = kinds[index];
    if (cell !== '' && kind !== 'text') {
      const found = kind === 'json' ? cellJsonIssue(cell, options.maxDepth) : numberIssue(cell);
      if (found !== undefined) return { position, issues: [{ ...found, path: [table, columns[index]!, ...found.path] }] };
    }
    row[columns[index]!] = cell;
  }
  try {
    return { position, records: [{ table, value: unflattenRow(table, row, { listDelimiter: options.listDelimiter }) }] };
  } catch (error) {
    if (error instanceof SaidbyError) return { position, issues: error.issues.map((issue) => ({ ...issue, path: [table, ...issue.path] })) };
    throw error;
  }
}

function cellJsonIssue(cell: string, maxDepth: number): SaidbyIssue | undefined {
  const parsed = parseJsonText(cell, { maxDepth });
  return 'issues' in parsed && parsed.issues[0]!.code !== 'invalid_json' ? parsed.issues[0] : undefined;
}

/**
 * The CSV decoder: records as `csvRecords` groups them, the first being the header, each row unflattened
 * into a record of the header's table.
 *
 * @example
 * readRecords(input, csvDecoder({ table: 'speakers' }), {}, recordValues);
 */
export function csvDecoder(options: CsvReadOptions = {}): Decoder {
  return async function* (input, limits) {
    const dialect: { delimiter?: string } = { ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }) };
    const cellOptions = { listDelimiter: options.listDelimiter ?? defaultListDelimiter, unescape: options.escapedFormulas ?? true, maxDepth: limits.maxDepth };
    let header: Header | undefined;
    for await (const entries of csvRecords(input, dialect, limits)) {
      const decoded: Decoded[] = [];
      for (const entry of entries) {
        if (!('position' in entry)) decoded.push({ blank: true });
        else if (entry.malformed !== undefined || entry.cells === undefined) {
          if (header === undefined && entry.position.record === 1) throw headerError(`the header row is not valid CSV: ${entry.malformed?.message}`, entry.position.line);
          decoded.push({ position: entry.position, issues: [entry.malformed!] });
        } else if (header === undefined) header = headerOf(entry.cells, options.table, entry.position.line);
        else decoded.push(rowOf(header, entry.cells, entry.position, cellOptions));
      }
      yield decoded;
    }
  };
}

/**
 * Streams the records of one table from CSV as the exporter writes it (a header row of `columnNamesOf(table)`
 * names in any order, `list` cells joined with "|", JSON text for lists of objects), validating each row.
 * A row with the wrong number of cells, malformed quoting (see `csvRecords` for the recovery rule), a cell that
 * cannot be parsed, a record over `maxRecordBytes`, a record that fails the schema, a duplicate id or (with
 * `references`) an unknown reference is reported with its line numbers, and reading goes on unless
 * `stopOnError`. A BOM, LF/CRLF/CR line ends and line breaks inside quoted cells are handled. A header that
 * does not name exactly the table's columns is a SaidbyError before any row is read.
 *
 * @example
 * const speakers = readCsv('speakers.csv', { table: 'speakers' });
 * const all = await speakers.toArray();
 * speakers.summary().ok; // true when every row was valid
 */
export function readCsv<T extends TableName>(input: Input, options: CsvReadOptions<T> & { table: T }): RecordStream<RecordOf<T>>;
export function readCsv(input: Input, options?: CsvReadOptions): RecordStream<Source | Speaker | Quote>;
export function readCsv(input: Input, options: CsvReadOptions = {}): RecordStream<Source | Speaker | Quote> {
  return readRecords(input, csvDecoder(options), options, recordValues);
}
