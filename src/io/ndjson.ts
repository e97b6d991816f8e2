import type { SaidbyIssue } from '../error/index.js';
import type { Quote, Source, Speaker } from '../schema/records.js';
import type { TableName } from '../schema/vocabulary.js';
import { encodingIssue, readLines, type Input, type Line } from './input.js';
import { RecordStream, tableOfKeys, type PendingRecord, type ReadOptions, type RecordChecker, type RecordOf } from './reader.js';

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

/**
 * Parses one NDJSON line; returns the value, or the issue that says why it is not JSON (a last line the
 * input ends in the middle of is reported as truncated).
 *
 * @example
 * parseJsonLine({ text: '{"id":', number: 9, terminated: false, crlf: false }); // { issue: { code: 'truncated_line', … } }
 */
export function parseJsonLine(line: Line): { value: unknown } | { issue: SaidbyIssue } {
  try {
    return { value: JSON.parse(line.text) };
  } catch (error) {
    const reason = (error as Error).message;
    return line.terminated
      ? { issue: { code: 'invalid_json', path: [], line: line.number, message: `not valid JSON: ${reason}` } }
      : {
          issue: {
            code: 'truncated_line',
            path: [],
            line: line.number,
            message: `truncated: the input ends in the middle of this line (no final line break; not valid JSON: ${reason})`,
          },
        };
  }
}

/**
 * Streams the records of one table from NDJSON (one JSON record per line), validating each. Blank lines
 * are skipped and counted; a malformed or truncated line, a record that fails the schema, a duplicate id
 * and (with `references`) an unknown speakerId/sourceId are each reported with the line number, and the
 * read goes on unless `stopOnError`. A leading BOM and CRLF line ends are accepted.
 *
 * @example
 * const stream = readNdjson('quotes.ndjson', { table: 'quotes', onRejected: (r) => console.error(formatIssues(r.issues)) });
 * for await (const quote of stream) index(quote);
 * stream.summary().text; // 'read 3 = 2 accepted + 1 rejected (2 quotes)'
 */
export function readNdjson<T extends TableName>(input: Input, options: TableReadOptions<T> & { table: T }): RecordStream<RecordOf<T>>;
export function readNdjson(input: Input, options?: TableReadOptions): RecordStream<Source | Speaker | Quote>;
export function readNdjson(input: Input, options: TableReadOptions = {}): RecordStream<Source | Speaker | Quote> {
  return new RecordStream((checker) => ndjsonRecords(input, options.table, checker), options);
}

async function* ndjsonRecords(input: Input, fixedTable: TableName | undefined, checker: RecordChecker): AsyncGenerator<Array<Source | Speaker | Quote>> {
  let table = fixedTable;
  let record = 0;
  for await (const lines of readLines(input)) {
    const batch: Array<Source | Speaker | Quote> = [];
    for (const line of lines) {
      if (isBlank(line.text)) {
        checker.blank();
        continue;
      }
      const position = { line: line.number, record: ++record };
      const parsed = line.invalidUtf8 ? { issue: encodingIssue(line) } : parseJsonLine(line);
      if ('issue' in parsed) {
        checker.check(position, [], [parsed.issue]);
      } else {
        table ??= typeof parsed.value === 'object' && parsed.value !== null ? tableOfKeys(Object.keys(parsed.value)) : undefined;
        if (table === undefined) {
          checker.check(position, [], [unknownTable(line.number)]);
        } else {
          const accepted = checker.check(position, [{ table, value: parsed.value } satisfies PendingRecord]);
          if (accepted) batch.push(accepted[0]!.value as Source | Speaker | Quote);
        }
      }
      if (checker.stopped) break;
    }
    yield batch;
    if (checker.stopped) return;
  }
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
