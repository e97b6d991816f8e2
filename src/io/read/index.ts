export { RecordChecker, tableOfKeys } from './checker.js';
export type { KnownIds, PendingRecord, Position, ReadCounts, ReadOptions, ReadSummary, RecordOf, Rejection, TableRecord } from './checker.js';
export { RecordStream } from './stream.js';
export { limitsOf, readRecords } from './driver.js';
export type { DecodeLimits, Decoded, Decoder } from './driver.js';
export { IdSet } from './idset.js';
