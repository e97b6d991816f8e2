import * as z from 'zod';
import { tableSchemas } from './records.js';
import type { TableName } from './vocabulary.js';

export {
  AnchorSchema,
  DatasetSchema,
  DateEstimateSchema,
  MentionSchema,
  OriginSchema,
  ProvenanceSchema,
  QuoteSchema,
  QuotedSegmentSchema,
  RatingSchema,
  ReviewSchema,
  SourceSchema,
  SpanSchema,
  SpeakerSchema,
  isJsonValue,
  PartialDateSchema,
  tableSchemas,
} from './records.js';
export type {
  Anchor,
  Dataset,
  DateEstimate,
  JsonValue,
  WithReadonlyLists,
  Mention,
  Origin,
  Provenance,
  Quote,
  QuotedSegment,
  Rating,
  Review,
  Source,
  Span,
  Speaker,
} from './records.js';
export {
  assertVerified,
  checkRecord,
  closingQuoteMarks,
  openingQuoteMarks,
  parseDataset,
  validateRecord,
  verifyDataset,
} from './verify.js';
export type { VerifyOptions, VerifyReport } from './verify.js';
export { contextLength, quoteContext, unannotated, unknownDate, unknownOrigin } from './defaults.js';
export { columnNamesOf, columnsOf, fieldReferenceMarkdown, listDelimiter } from './columns.js';
export type { Column, ColumnConstraints, ColumnType, EmptyCell, FlatCell } from './columns.js';
export { flatCells, flattenRecord, unflattenRow } from './flat.js';
export type { FlatOptions, FlatRow } from './flat.js';
export { tableNames } from './vocabulary.js';
export { quoteQueryJsonSchema, quoteQuerySchema } from '../query/schema.js';
export type { QuoteQuery } from '../query/schema.js';
export type { TableName } from './vocabulary.js';

/**
 * JSON Schema (draft 2020-12) of one table's records, generated from the zod schema.
 *
 * @example
 * const schema = jsonSchemaOf('quotes');
 * schema.properties.kind.enum; // ['direct', 'indirect', 'mixed']
 */
export function jsonSchemaOf(table: TableName): Record<string, unknown> & { properties: Record<string, any> } {
  const schema = z.toJSONSchema(tableSchemas[table], { target: 'draft-2020-12', unrepresentable: 'throw' });
  return { ...schema, $id: `https://saidby.invalid/schema/${table}.json`, title: `saidby ${table}` } as never;
}
