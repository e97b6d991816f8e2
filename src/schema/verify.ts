import { createHash } from 'node:crypto';
import * as z from 'zod';
import { SaidbyError, type SaidbyIssue, type SaidbyIssueCode } from '../error/index.js';
import { CodePointIndex } from '../text/index.js';
import { quoteContext } from './defaults.js';
import { tableNames, type TableName } from './vocabulary.js';
import { DatasetSchema, tableSchemas, type Dataset, type Quote, type Source } from './records.js';

export const openingQuoteMarks = '"“„«‹‘‚\'';
export const closingQuoteMarks = '"”“»›’\'';

type IssueInput = Omit<SaidbyIssue, 'path'> & { path: PropertyKey[] };

function recordIdAt(input: unknown, table: TableName, index: number): string | undefined {
  const rows = (input as Record<string, unknown> | null)?.[table];
  const row = Array.isArray(rows) ? rows[index] : undefined;
  const id = (row as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, input: unknown): SaidbyIssue[] {
  return issues.map((issue) => {
    const [table, index] = issue.path;
    const record =
      tableNames.includes(table as TableName) && typeof index === 'number'
        ? recordIdAt(input, table as TableName, index)
        : undefined;
    return {
      code: issue.code,
      path: issue.path,
      message: issue.message,
      ...('values' in issue && Array.isArray(issue.values) ? { allowed: issue.values.map(String) } : {}),
      ...(record === undefined ? {} : { record }),
    };
  });
}

let compiledDataset: typeof DatasetSchema | undefined;

/**
 * Checks that `input` has the shape of a saidby dataset (three tables) and returns it typed.
 * Unknown fields are errors, not silently dropped. Throws a SaidbyError whose issues name the table,
 * the row index, the record id and the field.
 *
 * @example
 * const data = parseDataset(JSON.parse(readFileSync('my-dataset.json', 'utf8')));
 */
export function parseDataset(input: unknown): Dataset {
  const result = (compiledDataset ??= z.compile(DatasetSchema)).safeParse(input);
  if (!result.success) throw new SaidbyError(fromZodIssues(result.error.issues, input));
  return result.data;
}

/**
 * Validates one record of a table; returns the issues (empty when valid) with paths relative to the record.
 *
 * @example
 * validateRecord('speakers', { id: 'x' }).length > 0; // true: name, aliases, ... are missing
 */
export function validateRecord(table: TableName, record: unknown): SaidbyIssue[] {
  const checked = checkRecord(table, record);
  return 'issues' in checked ? checked.issues : [];
}

const compiledSchemas: { -readonly [T in TableName]?: (typeof tableSchemas)[T] } = {};

/** A table's schema compiled to a fast path once, on first use (z.compile falls back to zod's parser on failure, so issues are zod's own). */
function compiledSchemaOf<T extends TableName>(table: T): (typeof tableSchemas)[T] {
  return (compiledSchemas[table] ??= z.compile(tableSchemas[table]));
}

/**
 * Validates one record of a table with the compiled schema: the parsed record, or the issues (paths relative
 * to the record, record id attached) that say why not.
 *
 * @example
 * const checked = checkRecord('speakers', JSON.parse(line));
 * if ('issues' in checked) report(checked.issues); else keep(checked.record);
 */
export function checkRecord<T extends TableName>(table: T, record: unknown): { record: z.infer<(typeof tableSchemas)[T]> } | { issues: SaidbyIssue[] } {
  const result = compiledSchemaOf(table).safeParse(record);
  if (result.success) return { record: result.data as z.infer<(typeof tableSchemas)[T]> };
  const id = (record as { id?: unknown } | null)?.id;
  return { issues: fromZodIssues(result.error.issues, undefined).map((issue) => (typeof id === 'string' ? { ...issue, record: id } : issue)) };
}

export interface VerifyOptions {
  /**
   * Returns the archived bytes (or text) of a source, or undefined when it cannot be found. A SaidbyError it
   * throws (a refused file) is reported as an issue of that source's archivePath.
   */
  readArchive?: (source: Source) => Uint8Array | string | undefined;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly issues: ReadonlyArray<SaidbyIssue>;
  readonly counts: { readonly sources: number; readonly speakers: number; readonly quotes: number; readonly archives: number };
}

function findDuplicates(table: TableName, rows: ReadonlyArray<{ id: string }>, report: (issue: IssueInput) => void) {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const first = seen.get(row.id);
    if (first === undefined) seen.set(row.id, index);
    else
      report({
        code: 'duplicate_id',
        path: [table, index, 'id'],
        record: row.id,
        message: `${table} ${row.id}: id already used by row ${first}`,
      });
  });
}

function checkQuoteAgainstArchive(quote: Quote, index: number, archive: CodePointIndex, report: (issue: IssueInput) => void) {
  const at = (field: PropertyKey[], code: SaidbyIssueCode, message: string) =>
    report({ code, path: ['quotes', index, ...field], record: quote.id, message: `quotes ${quote.id} ${field.join('.')}: ${message}` });
  const fits = (span: { start: number; end: number }) => span.end <= archive.length;
  const checkAnchor = (field: string, anchor: { text: string; span: { start: number; end: number } | null } | null) => {
    if (anchor?.span == null) return;
    if (!fits(anchor.span)) return at([field, 'span'], 'span_out_of_range', `ends at ${anchor.span.end}, past the archive's ${archive.length} code points`);
    const found = archive.slice(anchor.span.start, anchor.span.end);
    if (found !== anchor.text) at([field, 'text'], 'text_mismatch', `archive has ${JSON.stringify(found)} at ${anchor.span.start}..${anchor.span.end}, not ${JSON.stringify(anchor.text)}`);
  };
  checkAnchor('cue', quote.cue);
  checkAnchor('speakerMention', quote.speakerMention);
  const span = quote.span;
  if (span === null) return;
  if (!fits(span)) return at(['span'], 'span_out_of_range', `ends at ${span.end}, past the archive's ${archive.length} code points`);
  const found = archive.slice(span.start, span.end);
  if (found !== quote.text) at(['text'], 'text_mismatch', `archive has ${JSON.stringify(found)} at ${span.start}..${span.end}, not ${JSON.stringify(quote.text)}`);
  const { prefix, suffix } = quoteContext(archive, span);
  if (quote.prefix !== prefix) at(['prefix'], 'prefix_mismatch', `expected the ${prefix.length} code points before the span, ${JSON.stringify(prefix)}`);
  if (quote.suffix !== suffix) at(['suffix'], 'suffix_mismatch', `expected the ${suffix.length} code points after the span, ${JSON.stringify(suffix)}`);
  const before = span.start > 0 ? archive.slice(span.start - 1, span.start) : '';
  const after = span.end < archive.length ? archive.slice(span.end, span.end + 1) : '';
  if (quote.kind === 'direct') {
    if (!openingQuoteMarks.includes(before) || before === '') at(['span', 'start'], 'not_quoted', `a direct quote starts right after an opening quotation mark; found ${JSON.stringify(before)}`);
    const runsOn = after === '\n';
    if (!runsOn && (!closingQuoteMarks.includes(after) || after === '')) at(['span', 'end'], 'not_quoted', `a direct quote ends right before a closing quotation mark; found ${JSON.stringify(after)}`);
  }
  quote.quotedSegments.forEach((segment, segmentIndex) => {
    const where = ['quotedSegments', segmentIndex];
    if (!fits(segment.span)) return at([...where, 'span'], 'span_out_of_range', `ends past the archive`);
    const segmentText = archive.slice(segment.span.start, segment.span.end);
    if (segmentText !== segment.text) at([...where, 'text'], 'text_mismatch', `archive has ${JSON.stringify(segmentText)} at ${segment.span.start}..${segment.span.end}`);
    if (segment.span.start < span.start || segment.span.end > span.end) at([...where, 'span'], 'segment_outside_quote', 'lies outside the quote span');
    const open = segment.span.start > 0 ? archive.slice(segment.span.start - 1, segment.span.start) : '';
    const close = archive.slice(segment.span.end, segment.span.end + 1);
    if (open === '' || !openingQuoteMarks.includes(open) || close === '' || !closingQuoteMarks.includes(close)) {
      at([...where, 'span'], 'not_quoted', `is not enclosed in quotation marks in the archive (found ${JSON.stringify(open)}…${JSON.stringify(close)})`);
    }
  });
}

/**
 * Verifies a dataset end to end: schema, unique ids, foreign keys, archive hashes and lengths, and every
 * quote, cue and speaker mention against the archived text at its code-point span. Never throws for bad data:
 * the report lists every problem with table, record id and field.
 *
 * @example
 * const report = verifyDataset(data, { readArchive: (source) => readFileSync(join(dir, source.archivePath!)) });
 * if (!report.ok) console.error(formatIssues(report.issues));
 */
export function verifyDataset(input: unknown, options: VerifyOptions = {}): VerifyReport {
  const issues: SaidbyIssue[] = [];
  const report = (issue: IssueInput) => issues.push(issue);
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: fromZodIssues(parsed.error.issues, input), counts: { sources: 0, speakers: 0, quotes: 0, archives: 0 } };
  }
  const data = parsed.data;
  findDuplicates('sources', data.sources, report);
  findDuplicates('speakers', data.speakers, report);
  findDuplicates('quotes', data.quotes, report);
  const speakerIds = new Set(data.speakers.map((speaker) => speaker.id));
  const sourcesById = new Map(data.sources.map((source) => [source.id, source]));
  const archives = new Map<string, CodePointIndex>();
  data.sources.forEach((source, index) => {
    if (source.archivePath === null || options.readArchive === undefined) return;
    const at = (field: string, code: SaidbyIssueCode, message: string) =>
      report({ code, path: ['sources', index, field], record: source.id, message: `sources ${source.id} ${field}: ${message}` });
    let content: Uint8Array | string | undefined;
    try {
      content = options.readArchive(source);
    } catch (error) {
      if (!(error instanceof SaidbyError)) throw error;
      for (const issue of error.issues) report({ ...issue, path: ['sources', index, 'archivePath'], record: source.id, message: `sources ${source.id} archivePath: ${issue.message}` });
      return;
    }
    if (content === undefined) return at('archivePath', 'archive_missing', `no archived file at ${source.archivePath}`);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== source.sha256) return at('sha256', 'hash_mismatch', `archive hashes to ${sha256}, not ${source.sha256}`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return at('archivePath', 'invalid_utf8', 'the archived file is not valid UTF-8');
    }
    const index_ = new CodePointIndex(text);
    if (index_.length !== source.codePointLength) {
      at('codePointLength', 'length_mismatch', `archive has ${index_.length} code points, not ${source.codePointLength}`);
    }
    archives.set(source.id, index_);
  });
  data.quotes.forEach((quote, index) => {
    if (!sourcesById.has(quote.sourceId)) {
      report({ code: 'unknown_reference', path: ['quotes', index, 'sourceId'], record: quote.id, message: `quotes ${quote.id} sourceId: no source "${quote.sourceId}"` });
    }
    if (quote.speakerId !== null && !speakerIds.has(quote.speakerId)) {
      report({ code: 'unknown_reference', path: ['quotes', index, 'speakerId'], record: quote.id, message: `quotes ${quote.id} speakerId: no speaker "${quote.speakerId}"` });
    }
    const archive = archives.get(quote.sourceId);
    if (archive) checkQuoteAgainstArchive(quote, index, archive, report);
    else if (quote.span !== null && sourcesById.get(quote.sourceId)?.archivePath === null) {
      report({ code: 'span_without_archive', path: ['quotes', index, 'span'], record: quote.id, message: `quotes ${quote.id} span: its source has no archived text to point into` });
    }
  });
  return {
    ok: issues.length === 0,
    issues,
    counts: { sources: data.sources.length, speakers: data.speakers.length, quotes: data.quotes.length, archives: archives.size },
  };
}

/**
 * Like verifyDataset, but throws a SaidbyError listing every problem.
 *
 * @example
 * assertVerified(data, { readArchive });
 */
export function assertVerified(input: unknown, options: VerifyOptions = {}): VerifyReport {
  const report = verifyDataset(input, options);
  if (!report.ok) throw new SaidbyError(report.issues);
  return report;
}
