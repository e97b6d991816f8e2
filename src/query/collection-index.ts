import type { DeepReadonly } from '../dataset/index.js';
import type { Quote, Speaker } from '../schema/records.js';
import { dateInterval, type DayInterval } from './dates.js';
import { foldText, foldedWords } from '../text/index.js';

export type QuoteRecord = DeepReadonly<Quote>;
export type SpeakerRecord = DeepReadonly<Speaker>;

interface DateBucket {
  readonly maxLength: number;
  readonly starts: Float64Array;
  readonly positions: Uint32Array;
}

const bucketLengths = [0, 30, 365, Infinity];

/** The first index whose value is above `value` (or at least `value`, when `orEqual`). */
function firstIndexAbove(sorted: Float64Array, value: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value || (!orEqual && sorted[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function bucketOf(entries: Array<{ start: number; position: number }>, maxLength: number): DateBucket {
  entries.sort((a, b) => a.start - b.start || a.position - b.position);
  return {
    maxLength,
    starts: Float64Array.from(entries, (entry) => entry.start),
    positions: Uint32Array.from(entries, (entry) => entry.position),
  };
}

class DateIndex {
  readonly intervals: ReadonlyArray<DayInterval | undefined>;
  private readonly buckets: DateBucket[];
  private readonly openEnded: number[];

  constructor(quotes: ReadonlyArray<QuoteRecord>) {
    this.intervals = quotes.map((quote) => dateInterval(quote.date));
    const grouped = bucketLengths.map(() => [] as Array<{ start: number; position: number }>);
    const maxima = bucketLengths.map(() => 0);
    this.openEnded = [];
    this.intervals.forEach((interval, position) => {
      if (interval === undefined) return;
      if (!Number.isFinite(interval.start) || !Number.isFinite(interval.end)) {
        this.openEnded.push(position);
        return;
      }
      const length = interval.end - interval.start;
      const bucket = bucketLengths.findIndex((limit) => length <= limit);
      grouped[bucket]!.push({ start: interval.start, position });
      maxima[bucket] = Math.max(maxima[bucket]!, length);
    });
    this.buckets = grouped.map((entries, bucket) => bucketOf(entries, maxima[bucket]!));
  }

  /** Positions whose interval may overlap (or lie within) [from, to]; a superset, in no particular order. */
  candidates(from: number, to: number, within: boolean): number[] {
    const found = [...this.openEnded];
    for (const bucket of this.buckets) {
      const first = firstIndexAbove(bucket.starts, within ? from : from - bucket.maxLength, true);
      const last = firstIndexAbove(bucket.starts, to, false);
      for (let index = first; index < last; index++) found.push(bucket.positions[index]!);
    }
    return found;
  }
}

interface SpeakerNames {
  readonly byForm: ReadonlyMap<string, ReadonlySet<string>>;
  readonly byWord: ReadonlyMap<string, ReadonlySet<string>>;
  readonly wordsOfForms: ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function speakerNamesOf(speakers: ReadonlyArray<SpeakerRecord>): SpeakerNames {
  const byForm = new Map<string, Set<string>>();
  const byWord = new Map<string, Set<string>>();
  const wordsOfForms = new Map<string, Array<Set<string>>>();
  for (const speaker of speakers) {
    const forms = [speaker.name, ...speaker.aliases];
    wordsOfForms.set(speaker.id, forms.map((form) => new Set(foldedWords(form))));
    for (const form of forms) {
      addTo(byForm, foldText(form), speaker.id);
      for (const word of foldedWords(form)) addTo(byWord, word, speaker.id);
    }
  }
  return { byForm, byWord, wordsOfForms };
}

/**
 * Speaker ids that `name` denotes: an exact id, an exact name or alias (case- and diacritic-insensitive),
 * else every speaker one of whose names contains all the words of `name`.
 */
export function speakerIdsNamed(speakers: ReadonlyArray<SpeakerRecord>, name: string): string[] {
  const names = cachedOn(speakerNameCache, speakers, () => speakerNamesOf(speakers));
  if (names.wordsOfForms.has(name)) return [name];
  const exact = names.byForm.get(foldText(name));
  if (exact) return [...exact];
  const [first, ...rest] = foldedWords(name);
  if (first === undefined) return [];
  return [...(names.byWord.get(first) ?? [])].filter((id) =>
    names.wordsOfForms.get(id)!.some((words) => words.has(first) && rest.every((word) => words.has(word))),
  );
}

interface Cached<T> {
  readonly length: number;
  readonly value: T;
}

const speakerNameCache = new WeakMap<object, Cached<SpeakerNames>>();

function cachedOn<T>(cache: WeakMap<object, Cached<T>>, collection: ReadonlyArray<unknown>, make: () => T): T {
  const cached = cache.get(collection);
  if (cached && cached.length === collection.length) return cached.value;
  const value = make();
  cache.set(collection, { length: collection.length, value });
  return value;
}

/**
 * Indexes over one quote collection, each built the first time a query needs it and kept (in a WeakMap
 * keyed by the array) until the array is collected or its length changes.
 */
export class QuoteIndex {
  private speakerPositions?: ReadonlyMap<string | null, Uint32Array>;
  private dateIndex?: DateIndex;
  private foldedTexts?: readonly string[];
  private vocabularies = new Map<string, ReadonlyMap<string, readonly string[]>>();

  constructor(readonly quotes: ReadonlyArray<QuoteRecord>) {}

  positionsOfSpeaker(id: string | null): Uint32Array | undefined {
    if (!this.speakerPositions) {
      const grouped = new Map<string | null, number[]>();
      this.quotes.forEach((quote, position) => addToList(grouped, quote.speakerId, position));
      this.speakerPositions = new Map([...grouped].map(([key, positions]) => [key, Uint32Array.from(positions)]));
    }
    return this.speakerPositions.get(id);
  }

  dates(): DateIndex {
    return (this.dateIndex ??= new DateIndex(this.quotes));
  }

  foldedText(position: number): string {
    return (this.foldedTexts ??= this.quotes.map((quote) => foldText(quote.text)))[position]!;
  }

  /** Folded value → every spelling the quotes use, first written first, for one kind of value (topics, outlets, …). */
  vocabulary(name: string, valuesOf: (quote: QuoteRecord) => Iterable<string>): ReadonlyMap<string, readonly string[]> {
    let vocabulary = this.vocabularies.get(name);
    if (!vocabulary) {
      const values = new Map<string, string[]>();
      for (const quote of this.quotes) {
        for (const value of valuesOf(quote)) {
          const spellings = values.get(foldText(value));
          if (spellings === undefined) values.set(foldText(value), [value]);
          else if (!spellings.includes(value)) spellings.push(value);
        }
      }
      this.vocabularies.set(name, (vocabulary = values));
    }
    return vocabulary;
  }
}

function addToList<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const quoteIndexCache = new WeakMap<object, Cached<QuoteIndex>>();

/** The lazily built indexes of a quote collection. */
export function quoteIndexOf(quotes: ReadonlyArray<QuoteRecord>): QuoteIndex {
  return cachedOn(quoteIndexCache, quotes, () => new QuoteIndex(quotes));
}
