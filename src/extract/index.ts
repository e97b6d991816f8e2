import { SaidbyError } from '../error/index.js';
import { SourceSchema, type Quote, type Source, type Speaker } from '../schema/records.js';
import { findDrafts } from './pipeline.js';
import { buildRecords } from './records.js';

export { extractorVersion } from './version.js';
export { matchQuotes, sameSpeaker, scoreQuotes, toScoredQuotes } from './score.js';
export type { PrecisionRecall, QuoteScore, ScoredDocument, ScoredQuote } from './score.js';

export interface ExtractOptions {
  /** Slug of the reporting article; default `article-` and the first 12 hex digits of the text's SHA-256. */
  readonly sourceId?: string;
  /** Address of the reporting article; default null. */
  readonly sourceUrl?: string | null;
  /** Headline as printed; default the first line of the text that looks like a headline. */
  readonly title?: string;
  /** Reporting outlet; default the host name of `sourceUrl`, else "Unknown outlet". */
  readonly outlet?: string;
  /** BCP 47 language tag of the text; default "en". */
  readonly language?: string;
  /** Where the text will be archived inside a dataset folder; default `sources/<sourceId>.txt`; null for none. */
  readonly archivePath?: string | null;
}

/** Draft records in the dataset's own table shapes. */
export interface ExtractResult {
  readonly sources: Source[];
  readonly speakers: Speaker[];
  readonly quotes: Quote[];
}

const optionNames: Record<string, string> = {
  id: 'sourceId',
  url: 'sourceUrl',
  title: 'title',
  outlet: 'outlet',
  language: 'language',
  archivePath: 'archivePath',
};

/**
 * Proposes draft attributed-quote records for an English news article: direct quotes (curly or straight marks,
 * split and follow-on quotes, quotes over several paragraphs), indirect speech (`X said (that) ...`,
 * `according to X`, `X told Y that ...`) and mixed quotes, each with its cue, its speaker (pronouns and
 * descriptions resolved to the most recent compatible named speaker; full names taken from elsewhere in the
 * article) and a confidence. Spans count Unicode code points into `text`. Rule-based and deterministic.
 * Everything the text cannot tell (dates, origins, claim types) is left unknown; records are marked as extracted.
 *
 * @example
 * const { quotes, speakers } = extractQuotes('“We will win,” Anna Petrova said on Monday.', { sourceId: 'demo' });
 * quotes[0].text; // 'We will win,'
 * speakers[0].name; // 'Anna Petrova'
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string') {
    throw new SaidbyError([{ code: 'invalid_type', path: ['text'], message: `Expected the article text as a string, got ${text === null ? 'null' : typeof text}` }]);
  }
  const drafts = findDrafts(text);
  const records = buildRecords(text, drafts, options);
  const checked = SourceSchema.safeParse(records.sources[0]);
  if (!checked.success) {
    throw new SaidbyError(
      checked.error.issues.map((issue) => ({
        code: issue.code,
        path: ['options', optionNames[String(issue.path[0])] ?? String(issue.path[0])],
        message: issue.message,
      })),
    );
  }
  return records;
}
