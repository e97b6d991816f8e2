import { SaidbyError, formatIssues } from '../../error/index.js';
import { RecordChecker, type ReadCounts, type ReadOptions, type ReadSummary, type Rejection } from './checker.js';

/**
 * Validated records streamed from an input. Iterate it once (records one by one, or `batches()`); rejected
 * input records are reported to `onRejected`, kept in `rejections` and counted in `summary()`. With
 * `stopOnError`, iteration throws a SaidbyError at the first rejected record, after yielding the records before it.
 *
 * @example
 * const quotes = readNdjson('quotes.ndjson', { table: 'quotes' });
 * for await (const quote of quotes) use(quote);
 * console.error(quotes.summary().text); // read 1,000 = 998 accepted + 2 rejected (998 quotes)
 */
export class RecordStream<T> implements AsyncIterable<T> {
  private readonly checker: RecordChecker;
  private readonly produce: (checker: RecordChecker) => AsyncIterable<T[]>;
  private started = false;

  constructor(produce: (checker: RecordChecker) => AsyncIterable<T[]>, options: ReadOptions | RecordChecker = {}) {
    this.checker = options instanceof RecordChecker ? options : new RecordChecker(options);
    this.produce = produce;
  }

  /**
   * The same stream with each valid record passed through `transform`; counts and rejections are shared.
   *
   * @example
   * readNdjson('quotes.ndjson', { table: 'quotes' }).map((quote) => quote.id);
   */
  map<U>(transform: (item: T) => U): RecordStream<U> {
    return new RecordStream<U>(() => mapBatches(this.batches(), transform), this.checker);
  }

  /** The rejected input records kept so far (see `keepRejections`). */
  get rejections(): ReadonlyArray<Rejection> {
    return this.checker.rejections;
  }

  /** Counts so far; final once iteration has ended. */
  summary(): ReadSummary {
    return this.checker.summary();
  }

  /** Read, accepted and rejected so far, without building the summary text. */
  counts(): ReadCounts {
    return this.checker.counts();
  }

  /**
   * The valid records in batches of at most 256 input records, at least one per chunk of input (empty when
   * every record in it was rejected, so a consumer can report rejections as they occur): the fast way to
   * consume a large input.
   */
  async *batches(): AsyncGenerator<T[]> {
    if (this.started) throw new Error('A RecordStream can be iterated only once');
    this.started = true;
    for await (const batch of this.produce(this.checker)) {
      yield batch;
      if (this.checker.stopped) break;
    }
    if (this.checker.stopped) {
      const rejection = this.checker.rejections.at(-1);
      throw new SaidbyError(rejection?.issues ?? [], `${formatIssues(rejection?.issues ?? [])}\n${this.checker.summary().text}`);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const batch of this.batches()) yield* batch;
  }

  /** Reads everything into an array (for inputs that fit in memory). */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const batch of this.batches()) for (const item of batch) all.push(item);
    return all;
  }

  /** Reads to the end without keeping records, and returns the summary: validation only. */
  async drain(): Promise<ReadSummary> {
    for await (const _batch of this.batches());
    return this.summary();
  }
}

async function* mapBatches<T, U>(batches: AsyncIterable<T[]>, transform: (item: T) => U): AsyncGenerator<U[]> {
  for await (const batch of batches) yield batch.map(transform);
}
