export { bundledDatasetDirectory, packageDirectory, readArchive, readArchivedText } from './files.js';
export { chunksOf, readLimits, readLines } from './lines/index.js';
export type { Input, Line, LineEnd, LineOptions } from './lines/index.js';
export { IdSet, RecordChecker, RecordStream, readRecords, tableOfKeys } from './read/index.js';
export type {
  DecodeLimits,
  Decoded,
  Decoder,
  KnownIds,
  PendingRecord,
  Position,
  ReadCounts,
  ReadOptions,
  ReadSummary,
  RecordOf,
  Rejection,
  TableRecord,
} from './read/index.js';
export { csvDecoder, csvRecords, jsonDecoder, ndjsonDecoder, parseJsonText, readCsv, readJson, readNdjson } from './formats/index.js';
export type { CsvReadOptions, CsvRecordText, TableReadOptions } from './formats/index.js';
export { SlugRegistry, importLiar, importQuotebank, liarRatings, mapLiarRow, mapQuotebankRecord } from './importers/index.js';
export type { ImportState, LineMapping, QuotebankLine } from './importers/index.js';
export { slugOf } from '../text/index.js';
export { Channel, convertFile, convertSources, convertTargets } from './convert/index.js';
export type { ConvertFrom, ConvertOptions, ConvertResult, ConvertTo } from './convert/index.js';
export { addArticle, draftCounts, loadDataset, mergeArticle, quoteIdAt, updateDataset } from '../folder/index.js';
export type { AddOptions, AddSummary, ArticleDrafts, MergeResult } from '../folder/index.js';
