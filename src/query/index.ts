export { findQuotes, findSpeakers, dateMatches, quoteSorts } from './quotes.js';
export type { DateMatch, OneOrMore, QuoteCollection, QuoteQuery, QuoteSort } from './quotes.js';
export { quoteRows, quoteRowColumns } from './rows.js';
export type { QuoteRow } from './rows.js';
export { dateInterval, dateText } from './dates.js';
export type { DayInterval } from './dates.js';
export { foldText } from '../text/index.js';
export type { QuoteRecord, SpeakerRecord } from './collection-index.js';
