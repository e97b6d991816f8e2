export { csvDecoder, csvRecords, readCsv } from './csv.js';
export type { CsvReadOptions, CsvRecordText } from './csv.js';
export { jsonTextIssue, numberIssue, parseJsonLine, parseJsonText } from './json.js';
export { jsonDecoder, readJson } from './json-array.js';
export { isBlank, ndjsonDecoder, ndjsonLine, readNdjson, recordValues, tableTeller, unknownTable } from './ndjson.js';
export type { TableReadOptions } from './ndjson.js';
