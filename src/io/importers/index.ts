export { SlugRegistry, datasetSource, importLines, namedSpeaker } from './import.js';
export type { ImportState, LineMapping } from './import.js';
export { importLiar, liarRatings, mapLiarRow } from './liar.js';
export { importQuotebank, mapQuotebankRecord } from './quotebank.js';
export type { QuotebankLine } from './quotebank.js';
