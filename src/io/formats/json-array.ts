import { SaidbyError, type SaidbyIssue } from '../../error/index.js';
import type { Quote, Source, Speaker } from '../../schema/records.js';
import type { TableName } from '../../schema/vocabulary.js';
import { encodingIssue, readLines, sizeIssue, type Input, type Line } from '../lines/index.js';
import { readRecords, type Decoded, type DecodeLimits, type Decoder, type RecordOf, type RecordStream } from '../read/index.js';
import { parseJsonText } from './json.js';
import { isBlank, ndjsonLine, recordValues, tableTeller, unknownTable, type TableReadOptions } from './ndjson.js';

interface Element {
  readonly line: number;
  text: string;
  bytes: number;
  depth: number;
  issue: SaidbyIssue | undefined;
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

function closingQuote(text: string, from: number): number {
  for (let at = text.indexOf('"', from); at !== -1; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/**
 * Reads the elements of one JSON array spread over lines (a dataset table file such as quotes.json), each as
 * one input record with the lines it spans. Strings cannot span lines in JSON, so a string left open at a line
 * end breaks only its element. An element whose brackets never balance runs to the end of the input and is
 * reported as one record.
 */
class ArrayElements {
  private phase: 'before' | 'items' | 'after' = 'before';
  private element: Element | undefined;
  private afterComma = false;
  private stray: SaidbyIssue | undefined;
  private record = 0;
  private lastLine = 0;
  private readonly tableOf: (value: unknown) => TableName | undefined;
  private readonly limits: DecodeLimits;

  constructor(table: TableName | undefined, limits: DecodeLimits) {
    this.tableOf = tableTeller(table);
    this.limits = limits;
  }

  push(line: Line, out: Decoded[]): void {
    this.lastLine = line.number;
    if (line.tooLarge) {
      const element = this.element ?? this.start(line.number);
      element.issue ??= sizeIssue(element.line, element.bytes + line.bytes, this.limits.maxRecordBytes);
      element.depth = 0;
      return this.finish(line.number, out);
    }
    const { text } = line;
    if (line.invalidUtf8 && this.phase === 'items') (this.element ?? this.start(line.number)).issue ??= encodingIssue(line);
    let at = 0;
    let from = 0;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      const element = this.element;
      if (element !== undefined) {
        if (code === 34) {
          const close = closingQuote(text, at + 1);
          if (close === -1) {
            element.issue ??= { code: 'invalid_json', path: [], message: `not valid JSON: a string opened on line ${line.number} is not closed on that line` };
            at = text.length;
            break;
          }
          at = close + 1;
          continue;
        }
        if (code === 123 || code === 91) element.depth++;
        else if ((code === 125 || code === 93) && element.depth > 0) element.depth--;
        else if (element.depth === 0 && (code === 44 || code === 93)) {
          this.append(text.slice(from, at));
          this.finish(line.number, out);
          this.afterComma = code === 44;
          if (code === 93) this.phase = 'after';
          at++;
          from = at;
          continue;
        }
        at++;
        continue;
      }
      if (isSpace(code)) {
        at++;
        continue;
      }
      if (this.phase === 'before') {
        if (code !== 91) throw new SaidbyError([{ code: 'invalid_json', path: [], line: line.number, message: `not a JSON array: line ${line.number} starts with ${JSON.stringify(text[at])}, not "["` }]);
        this.phase = 'items';
        at++;
      } else if (this.phase === 'after') {
        out.push({ position: { line: line.number, record: ++this.record }, issues: [{ code: 'invalid_json', path: [], message: `not valid JSON: text after the end of the array (line ${line.number})` }] });
        return;
      } else if (code === 44 || code === 93) {
        if (code === 44 || this.afterComma) this.stray ??= { code: 'invalid_json', path: [], message: `not valid JSON: a stray comma before line ${line.number}, column ${at + 1}` };
        this.afterComma = false;
        if (code === 93) {
          this.phase = 'after';
          this.flushStray(line.number, out);
        }
        at++;
      } else {
        this.start(line.number);
        from = at;
      }
    }
    if (this.element !== undefined) {
      this.append(text.slice(from));
      this.element.text += '\n';
    }
  }

  end(out: Decoded[]): void {
    if (this.element !== undefined) {
      this.element.issue ??= { code: 'truncated_record', path: [], message: `truncated: the input ends inside the array element that starts at line ${this.element.line}` };
      this.finish(this.lastLine, out);
    } else if (this.phase === 'items') {
      out.push({
        position: { line: this.lastLine, record: ++this.record },
        issues: [{ code: 'truncated_record', path: [], message: `truncated: the input ends before the array is closed with "]" (after line ${this.lastLine})` }],
      });
    }
    if (this.stray !== undefined) this.flushStray(this.lastLine, out);
  }

  private flushStray(line: number, out: Decoded[]): void {
    if (this.stray === undefined) return;
    out.push({ position: { line, record: ++this.record }, issues: [this.stray] });
    this.stray = undefined;
  }

  private start(line: number): Element {
    this.element = { line, text: '', bytes: 0, depth: 0, issue: this.stray };
    this.stray = undefined;
    return this.element;
  }

  private append(piece: string): void {
    const element = this.element!;
    if (element.issue?.code === 'record_too_large') return;
    element.bytes += Buffer.byteLength(piece);
    if (element.bytes > this.limits.maxRecordBytes) {
      element.issue = sizeIssue(element.line, element.bytes, this.limits.maxRecordBytes);
      element.text = '';
      return;
    }
    element.text += piece;
  }

  private finish(endLine: number, out: Decoded[]): void {
    const element = this.element!;
    this.element = undefined;
    this.afterComma = false;
    const position = { line: element.line, endLine, record: ++this.record };
    if (element.issue !== undefined) {
      out.push({ position, issues: [element.issue] });
      return;
    }
    const parsed = parseJsonText(element.text, this.limits);
    if ('issues' in parsed) {
      out.push({ position, issues: parsed.issues });
      return;
    }
    const table = this.tableOf(parsed.value);
    out.push(table === undefined ? { position, issues: [unknownTable(element.line)] } : { position, records: [{ table, value: parsed.value }] });
  }
}

/**
 * The JSON decoder: a file whose first non-blank character is "[" is read as one JSON array of records (a
 * dataset table file such as quotes.json), each element one input record with the lines it spans; any other
 * file is read as NDJSON.
 *
 * @example
 * readRecords('quotes.json', jsonDecoder('quotes'), {}, recordValues);
 */
export function jsonDecoder(table?: TableName): Decoder {
  return async function* (input: Input, limits: DecodeLimits) {
    let mode: 'unknown' | 'array' | 'lines' = 'unknown';
    const elements = new ArrayElements(table, limits);
    const lineReader = ndjsonLine(table, limits);
    for await (const lines of readLines(input, { chunkSize: limits.chunkSize, maxLineBytes: limits.maxRecordBytes })) {
      const out: Decoded[] = [];
      for (const line of lines) {
        if (mode === 'unknown') {
          if (!line.tooLarge && isBlank(line.text)) {
            out.push({ blank: true });
            continue;
          }
          mode = !line.tooLarge && line.text.trimStart().startsWith('[') ? 'array' : 'lines';
        }
        if (mode === 'array') elements.push(line, out);
        else out.push(lineReader(line));
      }
      yield out;
    }
    if (mode === 'array') {
      const out: Decoded[] = [];
      elements.end(out);
      if (out.length > 0) yield out;
    }
  };
}

/**
 * Streams the records of one table from a JSON file: a JSON array of records (such as a dataset's
 * quotes.json), each element reported by the lines it spans and its record number, or NDJSON. Checks, limits
 * and reporting are those of `readNdjson`.
 *
 * @example
 * const quotes = await readJson('my-dataset/quotes.json', { table: 'quotes' }).toArray();
 */
export function readJson<T extends TableName>(input: Input, options: TableReadOptions<T> & { table: T }): RecordStream<RecordOf<T>>;
export function readJson(input: Input, options?: TableReadOptions): RecordStream<Source | Speaker | Quote>;
export function readJson(input: Input, options: TableReadOptions = {}): RecordStream<Source | Speaker | Quote> {
  return readRecords(input, jsonDecoder(options.table), options, recordValues);
}
