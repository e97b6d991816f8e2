import type { Writable } from 'node:stream';
import type { TableName } from '../schema/vocabulary.js';
import { flattenRecord, type FlatOptions } from '../schema/flat.js';
import { writeTexts, type OutputOptions, type RecordSource } from './stream.js';

export interface JsonOptions extends FlatOptions, OutputOptions {
  /** Write the flat rows of this table (`flattenRecord`) instead of the nested records. */
  readonly flat?: TableName;
  /** JSON only: indent by two spaces (default true); false writes one compact line. */
  readonly pretty?: boolean;
}

function valueOf(options: JsonOptions): (record: unknown) => unknown {
  const table = options.flat;
  return table === undefined ? (record) => record : (record) => flattenRecord(table, record, options);
}

function jsonArrayParts(options: JsonOptions) {
  const valueOfRecord = valueOf(options);
  if (options.pretty === false) {
    return { before: '[', after: ']\n', empty: '[]\n', textOf: (record: unknown, index: number) => (index === 0 ? '' : ',') + JSON.stringify(valueOfRecord(record)) };
  }
  return {
    before: '[\n',
    after: '\n]\n',
    empty: '[]\n',
    textOf: (record: unknown, index: number) => (index === 0 ? '  ' : ',\n  ') + JSON.stringify(valueOfRecord(record), null, 2).replaceAll('\n', '\n  '),
  };
}

/**
 * NDJSON (one JSON record a line, "\n" after each) of records exactly as the schema defines them, or of
 * their flat rows with `flat: table`, streamed to a Writable with backpressure.
 *
 * @example
 * await writeNdjson(readQuotes(), createWriteStream('quotes.ndjson'));
 */
export async function writeNdjson(records: RecordSource<unknown>, output: NodeJS.WritableStream | Writable, options: JsonOptions = {}): Promise<void> {
  const valueOfRecord = valueOf(options);
  await writeTexts(records, (record) => `${JSON.stringify(valueOfRecord(record))}\n`, output, options);
}

/**
 * The NDJSON of `writeNdjson` as one string.
 *
 * @example
 * toNdjson(speakers).split('\n')[0]; // '{"id":"sergei-lavrov",…}'
 */
export function toNdjson(records: Iterable<unknown>, options: JsonOptions = {}): string {
  const valueOfRecord = valueOf(options);
  let text = '';
  for (const record of records) text += `${JSON.stringify(valueOfRecord(record))}\n`;
  return text;
}

/**
 * A JSON array of records (or of flat rows with `flat: table`), pretty by default, streamed to a Writable.
 * The bytes equal `toJson` of the same records.
 *
 * @example
 * await writeJson(quotes, process.stdout, { pretty: false });
 */
export async function writeJson(records: RecordSource<unknown>, output: NodeJS.WritableStream | Writable, options: JsonOptions = {}): Promise<void> {
  const { before, after, empty, textOf } = jsonArrayParts(options);
  await writeTexts(records, (record, index) => (index === 0 ? before : '') + textOf(record, index), output, {
    ...options,
    after: (count) => (count === 0 ? empty : after),
  });
}

/**
 * A JSON array of records (or flat rows), pretty (two-space indent) by default, ending with a line break.
 *
 * @example
 * JSON.parse(toJson(quotes)).length; // 17
 */
export function toJson(records: Iterable<unknown>, options: JsonOptions = {}): string {
  const valueOfRecord = valueOf(options);
  const values = Array.from(records, valueOfRecord);
  return `${options.pretty === false ? JSON.stringify(values) : JSON.stringify(values, null, 2)}\n`;
}
