import { dataset } from '../dataset/index.js';
import type { QuoteRecord } from './collection-index.js';
import { dateText } from './dates.js';
import type { QuoteCollection } from './quotes.js';

/** A quote joined with its speaker and source: one flat row for tables and spreadsheets. */
export interface QuoteRow {
  readonly id: string;
  readonly speakerId: string | null;
  readonly speaker: string | null;
  readonly speakerRole: string | null;
  readonly speakerWikidata: string | null;
  readonly kind: string;
  readonly text: string;
  readonly date: string;
  readonly dateCertainty: string;
  readonly originOutlet: string | null;
  readonly originMedium: string | null;
  readonly claimType: string | null;
  readonly checkworthiness: string | null;
  readonly topics: readonly string[];
  readonly sourceId: string;
  readonly sourceOutlet: string | null;
  readonly sourceUrl: string | null;
  readonly sourceTitle: string | null;
}

/** The columns of `QuoteRow`, in order, with what each holds. */
export const quoteRowColumns: ReadonlyArray<{ readonly name: keyof QuoteRow; readonly description: string }> = Object.freeze([
  { name: 'id', description: 'Quote id.' },
  { name: 'speakerId', description: 'Speaker id; empty when unknown.' },
  { name: 'speaker', description: 'Speaker name.' },
  { name: 'speakerRole', description: 'Speaker role at the time.' },
  { name: 'speakerWikidata', description: 'Speaker Wikidata QID.' },
  { name: 'kind', description: 'direct, indirect or mixed.' },
  { name: 'text', description: 'The quoted or reported words.' },
  { name: 'date', description: 'Statement date: YYYY[-MM[-DD]], a range "earliest..latest" (an open end left empty), or empty when unknown.' },
  { name: 'dateCertainty', description: 'exact, inferred, range or unknown.' },
  { name: 'originOutlet', description: 'Where the words first appeared.' },
  { name: 'originMedium', description: 'The form they first appeared in.' },
  { name: 'claimType', description: 'Full Fact claim type.' },
  { name: 'checkworthiness', description: 'ClaimBuster class.' },
  { name: 'topics', description: 'Topic slugs.' },
  { name: 'sourceId', description: 'Reporting article id.' },
  { name: 'sourceOutlet', description: 'Reporting outlet.' },
  { name: 'sourceUrl', description: 'Reporting article address.' },
  { name: 'sourceTitle', description: 'Reporting article headline.' },
]);

/**
 * Joins quotes with their speakers and sources (the bundled tables unless `collection` gives its own) into
 * flat rows: speaker name, role and QID, source outlet, url and title, origin, and the date as text.
 *
 * @example
 * quoteRows(findQuotes({ speaker: 'rudenko' }))[0]!.speaker; // 'Andrei Rudenko'
 */
export function quoteRows(quotes: ReadonlyArray<QuoteRecord>, collection: Omit<QuoteCollection, 'quotes'> = {}): ReadonlyArray<QuoteRow> {
  const speakers = new Map((collection.speakers ?? dataset.speakers).map((speaker) => [speaker.id, speaker]));
  const sources = new Map((collection.sources ?? dataset.sources).map((source) => [source.id, source]));
  return Object.freeze(
    quotes.map((quote): QuoteRow => {
      const speaker = quote.speakerId === null ? undefined : speakers.get(quote.speakerId);
      const source = sources.get(quote.sourceId);
      return Object.freeze({
        id: quote.id,
        speakerId: quote.speakerId,
        speaker: speaker?.name ?? null,
        speakerRole: speaker?.role ?? null,
        speakerWikidata: speaker?.wikidata ?? null,
        kind: quote.kind,
        text: quote.text,
        date: dateText(quote.date),
        dateCertainty: quote.date.certainty,
        originOutlet: quote.origin.outlet,
        originMedium: quote.origin.medium,
        claimType: quote.claimType,
        checkworthiness: quote.checkworthiness,
        topics: quote.topics,
        sourceId: quote.sourceId,
        sourceOutlet: source?.outlet ?? null,
        sourceUrl: source?.url ?? null,
        sourceTitle: source?.title ?? null,
      });
    }),
  );
}
