import { dataset, type DeepReadonly } from '../dataset/index.js';
import { SaidbyError } from '../error/index.js';
import type { Source } from '../schema/records.js';
import { quoteIndexOf, speakerIdsNamed, type QuoteIndex, type QuoteRecord, type SpeakerRecord } from './collection-index.js';
import { parseDateBound } from './dates.js';
import { argumentIssue, checkQuery } from './options.js';
import type { QuoteQuery } from './schema.js';
import type { QuoteSort } from './vocabulary.js';
import { foldText, foldedWords } from '../text/index.js';

export type OneOrMore<T> = T | readonly T[];
export type { DateMatch, QuoteSort } from './vocabulary.js';
export type { QuoteQuery } from './schema.js';
export { dateMatches, quoteSorts } from './vocabulary.js';

/** Quotes with the speakers (and sources) their ids refer to. */
export interface QuoteCollection {
  readonly quotes: ReadonlyArray<QuoteRecord>;
  readonly speakers?: ReadonlyArray<SpeakerRecord>;
  readonly sources?: ReadonlyArray<DeepReadonly<Source>>;
}

const invalidArgument = (argument: string, message: string, allowed?: readonly string[]) =>
  new SaidbyError([argumentIssue('invalid_argument', [argument], message, allowed)]);

const listOf = (value: OneOrMore<string>): readonly string[] => (typeof value === 'string' ? [value] : value);

function valuesNamed(name: string, vocabulary: ReadonlyMap<string, readonly string[]>, byWords: boolean): string[] {
  const exact = vocabulary.get(foldText(name));
  if (exact !== undefined || !byWords) return exact === undefined ? [] : [...exact];
  const words = foldedWords(name);
  if (words.length === 0) return [];
  return [...vocabulary].filter(([folded]) => {
    const known = new Set(foldedWords(folded));
    return words.every((word) => known.has(word));
  }).flatMap(([, spellings]) => spellings);
}

function vocabularyChoices(argument: string, value: OneOrMore<string>, vocabulary: ReadonlyMap<string, readonly string[]>, byWords: boolean): Set<string> {
  return new Set(
    listOf(value).flatMap((item) => {
      const known = valuesNamed(item, vocabulary, byWords);
      if (known.length === 0) {
        throw invalidArgument(argument, `no quote has ${JSON.stringify(item)}`, [...vocabulary.values()].map((spellings) => spellings[0]!).sort());
      }
      return known;
    }),
  );
}

function speakerIdsOf(value: OneOrMore<string>, speakers: ReadonlyArray<SpeakerRecord>, index: QuoteIndex): string[] {
  const ids = new Set<string>();
  for (const name of listOf(value)) {
    const named = speakerIdsNamed(speakers, name);
    if (named.length === 0 && index.positionsOfSpeaker(name) === undefined) {
      const known = new Set(speakers.map((speaker) => speaker.id));
      throw invalidArgument('speaker', `no speaker is named ${JSON.stringify(name)}`, [...known].sort());
    }
    for (const id of named.length > 0 ? named : [name]) ids.add(id);
  }
  return [...ids];
}

type QuoteTest = (quote: QuoteRecord, position: number) => boolean;

interface CompiledQuery {
  readonly tests: QuoteTest[];
  readonly candidateLists: Array<() => ArrayLike<number>>;
}

function compileDates(query: QuoteQuery, index: QuoteIndex, compiled: CompiledQuery): void {
  const from = query.from === undefined ? -Infinity : parseDateBound('from', query.from, 'start');
  const to = query.to === undefined ? Infinity : parseDateBound('to', query.to, 'end');
  if (from > to) throw invalidArgument('to', `${query.to} is before from ${query.from}; the range is reversed`);
  if (query.from === undefined && query.to === undefined) return;
  const within = query.dateMatch === 'within';
  const includeUndated = query.includeUndated === true;
  const dates = index.dates();
  compiled.tests.push((_quote, position) => {
    const interval = dates.intervals[position];
    if (interval === undefined) return includeUndated;
    return within ? interval.start >= from && interval.end <= to : interval.start <= to && interval.end >= from;
  });
  if (!includeUndated) compiled.candidateLists.push(() => dates.candidates(from, to, within).sort((a, b) => a - b));
}

function compile(query: QuoteQuery, collection: QuoteCollection): CompiledQuery {
  const index = quoteIndexOf(collection.quotes);
  const compiled: CompiledQuery = { tests: [], candidateLists: [] };
  const { tests } = compiled;
  if (query.speaker !== undefined) {
    if (collection.speakers === undefined) {
      throw new SaidbyError([
        argumentIssue('missing_collection', ['speaker'], 'the collection has no speakers to resolve names against; pass { quotes, speakers }'),
      ]);
    }
    const ids = speakerIdsOf(query.speaker, collection.speakers, index);
    const wanted = new Set(ids);
    tests.push((quote) => quote.speakerId !== null && wanted.has(quote.speakerId));
    compiled.candidateLists.push(() => {
      const lists = ids.map((id) => index.positionsOfSpeaker(id) ?? new Uint32Array());
      return lists.length === 1 ? lists[0]! : Uint32Array.from(lists.flatMap((list) => [...list])).sort();
    });
  }
  if (query.kind !== undefined) {
    const kinds = new Set<string>(listOf(query.kind));
    tests.push((quote) => kinds.has(quote.kind));
  }
  compileDates(query, index, compiled);
  if (query.outlet !== undefined) {
    const outlets = vocabularyChoices('outlet', query.outlet, index.vocabulary('outlet', (quote) => (quote.origin.outlet === null ? [] : [quote.origin.outlet])), true);
    tests.push((quote) => quote.origin.outlet !== null && outlets.has(quote.origin.outlet));
  }
  if (query.claimType !== undefined) {
    const types = new Set<string>(listOf(query.claimType));
    tests.push((quote) => quote.claimType !== null && types.has(quote.claimType));
  }
  if (query.checkworthiness !== undefined) {
    const levels = new Set<string>(listOf(query.checkworthiness));
    tests.push((quote) => quote.checkworthiness !== null && levels.has(quote.checkworthiness));
  }
  if (query.checkworthy !== undefined) {
    const wanted = query.checkworthy;
    tests.push((quote) => quote.checkworthiness !== null && (quote.checkworthiness === 'check-worthy-factual') === wanted);
  }
  if (query.topic !== undefined) {
    const topics = vocabularyChoices('topic', query.topic, index.vocabulary('topic', (quote) => quote.topics), false);
    tests.push((quote) => quote.topics.some((topic) => topics.has(topic)));
  }
  if (query.mentions !== undefined) {
    const entities = vocabularyChoices(
      'mentions',
      query.mentions,
      index.vocabulary('mentions', (quote) => quote.mentions.flatMap((mention) => (mention.wikidata === null ? [mention.name] : [mention.name, mention.wikidata]))),
      true,
    );
    tests.push((quote) => quote.mentions.some((mention) => entities.has(mention.name) || (mention.wikidata !== null && entities.has(mention.wikidata))));
  }
  if (query.search !== undefined) {
    const terms = foldText(query.search).split(' ');
    tests.push((_quote, position) => {
      const text = index.foldedText(position);
      return terms.every((term) => text.includes(term));
    });
  }
  if (query.where !== undefined) {
    const where = query.where;
    tests.push((quote) => where(quote));
  }
  return compiled;
}

function sortPositions(positions: number[], sort: QuoteSort, quotes: ReadonlyArray<QuoteRecord>): number[] {
  if (sort === 'document') return positions;
  if (sort === 'id') return positions.sort((a, b) => (quotes[a]!.id < quotes[b]!.id ? -1 : quotes[a]!.id > quotes[b]!.id ? 1 : a - b));
  const intervals = quoteIndexOf(quotes).dates().intervals;
  const direction = sort === 'date' ? 1 : -1;
  return positions.sort((a, b) => {
    const left = intervals[a];
    const right = intervals[b];
    if (left === undefined || right === undefined) return (left === undefined ? 1 : 0) - (right === undefined ? 1 : 0) || a - b;
    return direction * (left.start - right.start || left.end - right.end) || a - b;
  });
}

function collectionOf(data: QuoteCollection | ReadonlyArray<QuoteRecord> | undefined): QuoteCollection {
  if (data === undefined) return dataset;
  if (Array.isArray(data)) return { quotes: data as ReadonlyArray<QuoteRecord> };
  return data as QuoteCollection;
}

/**
 * The quotes that pass every filter of `query`, as the (frozen) records themselves in a frozen array.
 * Works on the bundled dataset by default, or on any collection: an array of quotes (names resolve against
 * the bundled speakers) or `{ quotes, speakers }`. Speaker and date filters use indexes built on first use
 * for each collection. A filter value that cannot match anything (an unknown claim type, speaker, topic or
 * outlet, a date such as "2020-13-45", a reversed range, an unknown filter name) throws a `SaidbyError` that
 * names the argument and lists the allowed values.
 *
 * Dates: a quote dated "2020-11" stands for 2020-11-01..2020-11-30, one dated "2020" for the whole year, a
 * range for earliest..latest (an open end is unbounded). With `dateMatch: "overlap"` (the default) a quote
 * matches when any of its possible days lies in from..to; with "within", when all of them do. Quotes with an
 * unknown date are left out of date filters unless `includeUndated: true`.
 *
 * @example
 * findQuotes({ speaker: 'lavrov', checkworthy: true }).map((quote) => quote.id);
 * // ['azatutyun-30929229-q03', 'azatutyun-30929229-q06', 'azatutyun-30929229-q08']
 * findQuotes({ from: '2020-11', to: '2020-11', sort: 'date', limit: 5 }, { quotes: myQuotes, speakers: mySpeakers });
 */
export function findQuotes(
  query: QuoteQuery = {},
  data?: QuoteCollection | ReadonlyArray<QuoteRecord>,
): ReadonlyArray<QuoteRecord> {
  checkQuery(query);
  const collection = collectionOf(data);
  const { quotes } = collection;
  const { tests, candidateLists } = compile(query, collection);
  const sort: QuoteSort = query.sort ?? 'document';
  const limit = query.limit ?? Infinity;
  const candidates = candidateLists.map((list) => list()).sort((a, b) => a.length - b.length)[0];
  const stopAt = sort === 'document' ? limit : Infinity;
  const matched: number[] = [];
  const total = candidates ? candidates.length : quotes.length;
  for (let at = 0; at < total && matched.length < stopAt; at++) {
    const position = candidates ? candidates[at]! : at;
    const quote = quotes[position]!;
    if (tests.every((test) => test(quote, position))) matched.push(position);
  }
  const ordered = sortPositions(matched, sort, quotes);
  return Object.freeze(ordered.slice(0, limit).map((position) => quotes[position]!));
}

/**
 * Speakers that `name` denotes, as in the `speaker` filter of `findQuotes`: an id, a name or alias
 * (case- and diacritic-insensitive), or words that all occur in one of a speaker's names.
 *
 * @example
 * findSpeakers('lavrov').map((speaker) => speaker.id); // ['sergei-lavrov']
 */
export function findSpeakers(name: string, speakers: ReadonlyArray<SpeakerRecord> = dataset.speakers): ReadonlyArray<SpeakerRecord> {
  const ids = new Set(speakerIdsNamed(speakers, name));
  return Object.freeze(speakers.filter((speaker) => ids.has(speaker.id)));
}
