import { dataset, type DeepReadonly } from '../dataset/index.js';
import { SaidbyError, type SaidbyIssue } from '../error/index.js';
import type { Source } from '../schema/records.js';
import type { QuoteRecord, SpeakerRecord } from './collection-index.js';
import { dateText } from './dates.js';
import type { QuoteCollection } from './quotes.js';

interface Joined {
  readonly quote: QuoteRecord;
  readonly speaker: SpeakerRecord | undefined;
  readonly source: DeepReadonly<Source>;
}

const column = <Name extends string, Value>(name: Name, description: string, value: (joined: Joined) => Value) => ({ name, description, value });

const columns = [
  column('id', 'Quote id.', ({ quote }) => quote.id),
  column('speakerId', 'Speaker id; empty when unknown.', ({ quote }) => quote.speakerId),
  column('speaker', 'Speaker name.', ({ speaker }) => speaker?.name ?? null),
  column('speakerRole', 'Speaker role at the time.', ({ speaker }) => speaker?.role ?? null),
  column('speakerWikidata', 'Speaker Wikidata QID.', ({ speaker }) => speaker?.wikidata ?? null),
  column('kind', 'direct, indirect or mixed.', ({ quote }) => quote.kind),
  column('text', 'The quoted or reported words.', ({ quote }) => quote.text),
  column('date', 'Statement date: YYYY[-MM[-DD]], a range "earliest..latest" (an open end left empty), or empty when unknown.', ({ quote }) => dateText(quote.date)),
  column('dateCertainty', 'exact, inferred, range or unknown.', ({ quote }) => quote.date.certainty),
  column('originOutlet', 'Where the words first appeared.', ({ quote }) => quote.origin.outlet),
  column('originMedium', 'The form they first appeared in.', ({ quote }) => quote.origin.medium),
  column('claimType', 'Full Fact claim type.', ({ quote }) => quote.claimType),
  column('checkworthiness', 'ClaimBuster class.', ({ quote }) => quote.checkworthiness),
  column('topics', 'Topic slugs.', ({ quote }) => quote.topics),
  column('sourceId', 'Reporting article id.', ({ quote }) => quote.sourceId),
  column('sourceOutlet', 'Reporting outlet.', ({ source }) => source.outlet),
  column('sourceUrl', 'Reporting article address.', ({ source }) => source.url),
  column('sourceTitle', 'Reporting article headline.', ({ source }) => source.title),
] as const;

/** A quote joined with its speaker and source: one flat row for tables and spreadsheets (enum fields keep their types). */
export type QuoteRow = { readonly [Column in (typeof columns)[number] as Column['name']]: ReturnType<Column['value']> };

/** The columns of `QuoteRow`, in order, with what each holds. */
export const quoteRowColumns: ReadonlyArray<{ readonly name: keyof QuoteRow; readonly description: string }> = Object.freeze(
  columns.map(({ name, description }) => Object.freeze({ name, description })),
);

const reportedLimit = 100;

function missing(table: 'speakers' | 'sources', index: number, quote: QuoteRecord, field: 'speakerId' | 'sourceId', known: boolean): SaidbyIssue {
  return {
    code: known ? 'unknown_reference' : 'missing_collection',
    path: [index, field],
    record: quote.id,
    message: known ? `no ${table.slice(0, -1)} "${quote[field]}" in the collection` : `the collection has no ${table} to join ${quote[field]} with`,
  };
}

/**
 * Joins quotes with their speakers and sources into flat rows: speaker name, role and QID, source outlet,
 * url and title, origin, and the date as text. Joins against `collection` (the bundled tables when it is
 * left out); a quote whose speaker or source is not there throws a `SaidbyError` naming the quote.
 *
 * @example
 * quoteRows(findQuotes({ speaker: 'rudenko' }))[0]!.speaker; // 'Andrei Rudenko'
 * quoteRows(myQuotes, { speakers: mySpeakers, sources: mySources });
 */
export function quoteRows(quotes: ReadonlyArray<QuoteRecord>, collection: Omit<QuoteCollection, 'quotes'> = dataset): ReadonlyArray<QuoteRow> {
  const speakers = collection.speakers && new Map(collection.speakers.map((speaker) => [speaker.id, speaker]));
  const sources = collection.sources && new Map(collection.sources.map((source) => [source.id, source]));
  const issues: SaidbyIssue[] = [];
  const rows = quotes.map((quote, index) => {
    const speaker = quote.speakerId === null ? undefined : speakers?.get(quote.speakerId);
    if (quote.speakerId !== null && speaker === undefined && issues.length < reportedLimit) issues.push(missing('speakers', index, quote, 'speakerId', speakers !== undefined));
    const source = sources?.get(quote.sourceId);
    if (source === undefined) {
      if (issues.length < reportedLimit) issues.push(missing('sources', index, quote, 'sourceId', sources !== undefined));
      return undefined;
    }
    const joined: Joined = { quote, speaker, source };
    const row: Record<string, unknown> = {};
    for (const { name, value } of columns) row[name] = value(joined);
    return Object.freeze(row) as QuoteRow;
  });
  if (issues.length > 0) throw new SaidbyError(issues);
  return Object.freeze(rows as QuoteRow[]);
}
