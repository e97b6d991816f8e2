import type { Quote, Source, Speaker } from '../schema/records.js';
import { deepFreeze, type DeepReadonly, type FrozenDataset } from './freeze.js';
import sourcesTable from '../../dataset/sources.json';
import speakersTable from '../../dataset/speakers.json';
import quotesTable from '../../dataset/quotes.json';

export { deepFreeze } from './freeze.js';
export type { DeepReadonly, FrozenDataset } from './freeze.js';

/** Every reporting article in the bundled dataset. */
export const sources = deepFreeze(sourcesTable as Source[]);
/** Every speaker in the bundled dataset. */
export const speakers = deepFreeze(speakersTable as Speaker[]);
/** Every attributed quote in the bundled dataset, in document order. */
export const quotes = deepFreeze(quotesTable as Quote[]);
/** The bundled dataset as one object of three tables. */
export const dataset: FrozenDataset = Object.freeze({ sources, speakers, quotes });

function indexById<T extends { readonly id: string }>(rows: ReadonlyArray<T>): ReadonlyMap<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

const quotesById = indexById(quotes);
const speakersById = indexById(speakers);
const sourcesById = indexById(sources);

/**
 * The bundled quote with this id, or undefined.
 *
 * @example
 * getQuote('azatutyun-30929229-q03')?.text; // 'However, it has not yet been possible ...'
 */
export function getQuote(id: string): DeepReadonly<Quote> | undefined {
  return quotesById.get(id);
}

/**
 * The bundled speaker with this id, or undefined.
 *
 * @example
 * getSpeaker('sergei-lavrov')?.wikidata; // 'Q58217'
 */
export function getSpeaker(id: string): DeepReadonly<Speaker> | undefined {
  return speakersById.get(id);
}

/**
 * The bundled source with this id, or undefined.
 *
 * @example
 * getSource('azatutyun-30929229')?.outlet; // 'Azatutyun (RFE/RL Armenian Service)'
 */
export function getSource(id: string): DeepReadonly<Source> | undefined {
  return sourcesById.get(id);
}
