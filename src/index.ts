export {
  dataset,
  deepFreeze,
  getQuote,
  getSource,
  getSpeaker,
  quotes,
  sources,
  speakers,
} from './dataset/index.js';
export type { DeepReadonly, FrozenDataset } from './dataset/index.js';
export { SaidbyError, formatIssues, issueCodes } from './error/index.js';
export type { IssuePath, SaidbyIssue, SaidbyIssueCode } from './error/index.js';
export { CodePointIndex, codePointLength } from './text/index.js';
export {
  checkQuery,
  dateInterval,
  dateMatches,
  dateText,
  findQuotes,
  findSpeakers,
  foldText,
  quoteRowColumns,
  quoteRows,
  queryOptions,
  quoteSorts,
} from './query/index.js';
export type {
  DateMatch,
  DayInterval,
  OneOrMore,
  OptionSchema,
  QueryOption,
  QuoteCollection,
  QuoteQuery,
  QuoteRecord,
  QuoteRow,
  QuoteSort,
  SpeakerRecord,
} from './query/index.js';
export {
  checkworthinessLevels,
  claimTypes,
  dateCertainties,
  datePrecisions,
  entityKinds,
  originCertainties,
  originMedia,
  provenanceMethods,
  quoteKinds,
  speakerKinds,
  tableNames,
} from './schema/vocabulary.js';
export type { Checkworthiness, ClaimType, QuoteKind, SpeakerKind, TableName } from './schema/vocabulary.js';
export type {
  Anchor,
  Dataset,
  DateEstimate,
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
} from './schema/records.js';
