import type { SaidbyIssue } from '../../error/index.js';
import { readLimits, type Input } from '../lines/index.js';
import type { PendingRecord, Position, ReadOptions } from './checker.js';
import { RecordStream } from './stream.js';

/** What a decoder makes of one input record: the records it holds, or why it holds none; or a blank line. */
export type Decoded =
  | { readonly blank: true }
  | { readonly position: Position; readonly records: ReadonlyArray<PendingRecord> }
  | { readonly position: Position; readonly issues: ReadonlyArray<SaidbyIssue> };

/** The bounds a decoder keeps to (see `readLimits`). */
export interface DecodeLimits {
  readonly maxRecordBytes: number;
  readonly maxDepth: number;
  readonly chunkSize: number;
}

/**
 * A format's half of reading: turns an input into decoded entries, in batches (one per chunk of input; a
 * batch may be lazy, decoding each entry after the one before was checked). A decoder never counts,
 * validates or reports; the driver (`readRecords`) does.
 */
export type Decoder = (input: Input, limits: DecodeLimits) => AsyncIterable<Iterable<Decoded>>;

/**
 * The bounds of a read, from its options and the defaults.
 *
 * @example
 * limitsOf({ maxRecordBytes: 1024 }).maxDepth; // 100
 */
export function limitsOf(options: Pick<ReadOptions, 'maxRecordBytes' | 'maxDepth' | 'chunkSize'>): DecodeLimits {
  return {
    maxRecordBytes: options.maxRecordBytes ?? readLimits.maxRecordBytes,
    maxDepth: options.maxDepth ?? readLimits.maxDepth,
    chunkSize: options.chunkSize ?? readLimits.chunkSize,
  };
}

/** Input records per batch at most, so that rejections reach the consumer soon and die young. */
const batchEntries = 256;

/**
 * The reading driver, the one place where input becomes records or rejections: runs a format's decoder,
 * validates what it decodes (schema, unique ids, references), counts every input record as accepted or
 * rejected, reports rejections as they occur, and yields `output` of each accepted input record's records in
 * batches of at most 256 input records (at least one batch per chunk of input).
 *
 * @example
 * const stream = readRecords(input, decodeNdjson('quotes'), {}, (records) => records.map((r) => r.value));
 */
export function readRecords<T>(input: Input, decode: Decoder, options: ReadOptions, output: (accepted: PendingRecord[]) => Iterable<T>): RecordStream<T> {
  return new RecordStream<T>(async function* (checker) {
    for await (const entries of decode(input, limitsOf(options))) {
      let batch: T[] = [];
      let since = 0;
      for (const entry of entries) {
        if ('blank' in entry) checker.blank();
        else {
          const accepted = 'issues' in entry ? checker.check(entry.position, [], entry.issues) : checker.check(entry.position, entry.records);
          if (accepted !== undefined) for (const item of output(accepted)) batch.push(item);
          if (checker.stopped) break;
        }
        if (++since === batchEntries) {
          yield batch;
          batch = [];
          since = 0;
        }
      }
      yield batch;
      if (checker.stopped) return;
    }
  }, options);
}
