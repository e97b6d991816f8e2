import * as z from 'zod';
import { SaidbyError, type SaidbyIssue, type SaidbyIssueCode } from '../error/index.js';
import { quoteContext, unannotated, unknownDate, unknownOrigin } from '../schema/defaults.js';
import { QuoteSchema, SpeakerSchema, type Quote, type QuotedSegment, type Span, type Speaker } from '../schema/records.js';
import { closingQuoteMarks, openingQuoteMarks } from '../schema/verify.js';
import { quoteIdAt } from '../folder/index.js';
import { CodePointIndex, slugOf } from '../text/index.js';
import type { Tables } from './folder.js';

const editableQuoteFields = ['span', 'kind', 'speakerId', 'date', 'origin', 'claimType', 'checkworthiness', 'topics'] as const;
const editableSpeakerFields = ['name', 'aliases', 'kind', 'role', 'affiliation', 'country', 'wikidata'] as const;

const pick = <T extends z.ZodRawShape, K extends keyof T & string>(shape: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, shape[key]])) as { [P in K]: T[P] };

const QuoteEditSchema = z.strictObject(pick(QuoteSchema.shape, editableQuoteFields)).partial();
const SpeakerEditSchema = z.strictObject({
  ...pick(SpeakerSchema.shape, editableSpeakerFields),
  id: SpeakerSchema.shape.id.optional(),
  create: z.boolean().optional(),
});

export const ChangeSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('save'),
    quote: z.string(),
    edit: QuoteEditSchema.optional(),
    speaker: SpeakerEditSchema.optional(),
    curate: z.boolean().optional(),
  }),
  z.strictObject({ action: z.literal('reject'), quote: z.string() }),
  z.strictObject({ action: z.literal('add'), source: z.string(), span: QuoteSchema.shape.span.unwrap() }),
  z.strictObject({ action: z.literal('undo') }),
]);

export type ReviewChange = z.infer<typeof ChangeSchema>;
export type QuoteEdit = z.infer<typeof QuoteEditSchema>;
export type SpeakerEdit = z.infer<typeof SpeakerEditSchema>;

const RecordChangeSchema = z.strictObject({
  table: z.enum(['quotes', 'speakers']),
  id: z.string(),
  index: z.int().nonnegative(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

export const LogEntrySchema = z.strictObject({
  seq: z.int().positive(),
  at: z.iso.datetime(),
  who: z.string().min(1),
  action: z.enum(['save', 'accept', 'reject', 'add', 'undo']),
  quote: z.string().nullable(),
  changes: z.array(RecordChangeSchema),
  undoes: z.int().positive().optional(),
});

export type RecordChange = z.infer<typeof RecordChangeSchema>;
export type LogEntry = z.infer<typeof LogEntrySchema>;

/** A change that cannot be made, with the issues naming the fields (paths relative to the edited quote). */
export class RefusedChange extends Error {
  constructor(readonly issues: SaidbyIssue[], readonly status = 422) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

function refuse(code: SaidbyIssueCode, path: PropertyKey[], message: string, status = 422): never {
  throw new RefusedChange([{ code, path, message }], status);
}

/** Parses the review log, naming the line of anything that is not a log entry. */
export function parseLog(text: string, fileName: string): LogEntry[] {
  const lines = text.split('\n');
  const entries: LogEntry[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SaidbyError([{ code: 'invalid_json', path: [fileName], line: index + 1, message: `${fileName} line ${index + 1} is not valid JSON` }]);
    }
    const result = LogEntrySchema.safeParse(value);
    if (!result.success) {
      throw new SaidbyError(result.error.issues.map((issue) => ({ code: issue.code, path: [fileName, ...issue.path], line: index + 1, message: `${fileName} line ${index + 1}: ${issue.message}` })));
    }
    entries.push(result.data);
  });
  return entries;
}

/** The log entries that an undo would revert, newest last. */
export function undoStack(entries: readonly LogEntry[]): LogEntry[] {
  const stack: LogEntry[] = [];
  for (const entry of entries) {
    if (entry.action !== 'undo') stack.push(entry);
    else {
      const at = stack.findIndex((candidate) => candidate.seq === entry.undoes);
      if (at >= 0) stack.splice(at, 1);
    }
  }
  return stack;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** True when two sets of tables hold the same records (key order aside). */
export function sameRecords(a: unknown, b: unknown): boolean {
  return same(a, b);
}

/** Applies record changes to a copy of the tables; refuses when a record is not what the change expects. */
export function applyRecordChanges(tables: Tables, changes: readonly RecordChange[]): Tables {
  const next: Tables = { sources: tables.sources, speakers: [...tables.speakers], quotes: [...tables.quotes] };
  for (const change of changes) {
    const rows = next[change.table] as Array<{ id: string }>;
    const at = rows.findIndex((row) => row.id === change.id);
    const current = at < 0 ? null : rows[at];
    if (!same(current, change.before)) {
      refuse('changed_since', [change.table, change.id], `${change.table} ${change.id} is no longer as this change left it (was it edited elsewhere?); nothing was changed`, 409);
    }
    if (change.after === null) rows.splice(at, 1);
    else if (at >= 0) rows[at] = change.after as never;
    else rows.splice(Math.min(change.index, rows.length), 0, change.after as never);
  }
  return next;
}

export function inverse(changes: readonly RecordChange[]): RecordChange[] {
  return [...changes].reverse().map((change) => ({ ...change, before: change.after, after: change.before }));
}

const isSpace = (character: string) => /^\s$/u.test(character);

/**
 * The span a selection stands for: white space trimmed at both ends and, for a direct quote, the quotation
 * marks around it left out. Offsets are code points.
 */
export function snapSpan(text: CodePointIndex, span: Span, kind: Quote['kind'] | null): Span {
  let { start, end } = span;
  const at = (offset: number) => text.slice(offset, offset + 1);
  const trim = () => {
    while (start < end && isSpace(at(start))) start++;
    while (end > start && isSpace(at(end - 1))) end--;
  };
  trim();
  if (kind === 'direct' && end - start >= 2 && openingQuoteMarks.includes(at(start)) && closingQuoteMarks.includes(at(end - 1))) {
    start++;
    end--;
    trim();
  }
  return { start, end };
}

const pairs: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“”', '‹': '›', '‘': '’' };

/** The passages inside quotation marks within a span (marks excluded), for a mixed quote. */
export function quotedSegmentsIn(text: CodePointIndex, span: Span): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  const from = Math.max(0, span.start - 1);
  const to = Math.min(text.length, span.end + 1);
  const characters = Array.from(text.slice(from, to));
  for (let i = 0; i < characters.length; i++) {
    const closers = pairs[characters[i]!];
    if (closers === undefined) continue;
    const j = characters.findIndex((character, k) => k > i && closers.includes(character));
    if (j < 0) break;
    const start = from + i + 1;
    const end = from + j;
    if (end > start && start >= span.start && end <= span.end) segments.push({ text: text.slice(start, end), span: { start, end } });
    i = j;
  }
  return segments;
}

function guessKind(text: CodePointIndex, span: Span): Quote['kind'] {
  const before = span.start > 0 ? text.slice(span.start - 1, span.start) : '';
  const after = span.end < text.length ? text.slice(span.end, span.end + 1) : '';
  if (before !== '' && openingQuoteMarks.includes(before) && after !== '' && closingQuoteMarks.includes(after)) return 'direct';
  return quotedSegmentsIn(text, span).length > 0 ? 'mixed' : 'indirect';
}

function checkSpan(text: CodePointIndex | undefined, span: Span): CodePointIndex {
  if (text === undefined) return refuse('span_without_archive', ['span'], 'this source has no archived text, so a span cannot point into it');
  if (span.end > text.length) refuse('span_out_of_range', ['span', 'end'], `the span ends at ${span.end}, past the archive's ${text.length} code points`);
  return text;
}

function placeSpan(quote: Quote, span: Span, text: CodePointIndex): Quote {
  const snapped = snapSpan(text, span, quote.kind);
  if (snapped.end <= snapped.start) refuse('empty_span', ['span'], 'the selection holds only white space or quotation marks');
  return {
    ...quote,
    span: snapped,
    text: text.slice(snapped.start, snapped.end),
    ...quoteContext(text, snapped),
    quotedSegments: quote.kind === 'mixed' ? quotedSegmentsIn(text, snapped) : [],
  };
}

export interface ChangeContext {
  readonly tables: Tables;
  readonly texts: ReadonlyMap<string, CodePointIndex>;
  readonly log: readonly LogEntry[];
  readonly who: string;
  readonly now: () => Date;
}

export interface PlannedChange {
  readonly entry: LogEntry;
  readonly tables: Tables;
}

function zodRefusal(error: z.ZodError): never {
  throw new RefusedChange(error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })));
}

function speakerChange(context: ChangeContext, edit: SpeakerEdit): { change: RecordChange | null; id: string } {
  const speakers = context.tables.speakers;
  const { create, id: givenId, ...fields } = edit;
  let id = givenId ?? slugOf(fields.name);
  const index = speakers.findIndex((speaker) => speaker.id === id);
  if (create) {
    if (givenId !== undefined && index >= 0) refuse('duplicate_id', ['speaker', 'id'], `speaker id "${id}" is already used by ${speakers[index]!.name}`);
    for (let n = 2; speakers.some((speaker) => speaker.id === id); n++) id = `${slugOf(fields.name)}-${n}`;
  } else if (index < 0) {
    refuse('unknown_reference', ['speaker', 'id'], `no speaker "${id}"`);
  }
  const before = create ? null : speakers[index]!;
  const after: Speaker = { id, ...fields, extensions: before?.extensions ?? {} };
  if (before !== null && same(before, after)) return { change: null, id };
  return { change: { table: 'speakers', id, index: create ? speakers.length : index, before, after }, id };
}

function curated(quote: Quote, who: string, note: string): Quote['provenance'] {
  if (quote.provenance.method === 'curated') return quote.provenance;
  return { method: 'curated', agent: who, confidence: null, note };
}

function planSave(context: ChangeContext, change: Extract<ReviewChange, { action: 'save' }>): { action: LogEntry['action']; changes: RecordChange[] } {
  const index = context.tables.quotes.findIndex((quote) => quote.id === change.quote);
  if (index < 0) refuse('unknown_reference', ['quote'], `no quote "${change.quote}"`, 404);
  const before = context.tables.quotes[index]!;
  const changes: RecordChange[] = [];
  const edit: QuoteEdit = { ...change.edit };
  if (change.speaker !== undefined) {
    const { change: speakerEdit, id } = speakerChange(context, change.speaker);
    if (speakerEdit !== null) changes.push(speakerEdit);
    edit.speakerId = id;
  }
  const { span, ...rest } = edit;
  let after: Quote = { ...before, ...rest };
  const text = context.texts.get(before.sourceId);
  if (span !== undefined && span !== null) after = placeSpan(after, span, checkSpan(text, span));
  else if (span === null) after = { ...after, span: null, prefix: '', suffix: '', quotedSegments: [] };
  else if (rest.kind !== undefined && rest.kind !== before.kind && after.span !== null && text !== undefined) {
    after = { ...after, quotedSegments: after.kind === 'mixed' ? quotedSegmentsIn(text, after.span) : [] };
  }
  const accepting = change.curate === true && before.provenance.method !== 'curated';
  if (change.curate) {
    const from = `${before.provenance.agent}${before.provenance.note === null ? '' : `; ${before.provenance.note}`}`;
    after = { ...after, provenance: curated(before, context.who, `Reviewed in saidby review from a draft by ${from}`) };
  }
  if (!same(before, after)) changes.push({ table: 'quotes', id: before.id, index, before, after });
  return { action: accepting ? 'accept' : 'save', changes };
}

function idsEverUsed(context: ChangeContext): Set<string> {
  const ids = new Set(context.tables.quotes.map((quote) => quote.id));
  for (const entry of context.log) for (const change of entry.changes) if (change.table === 'quotes') ids.add(change.id);
  return ids;
}

function planAdd(context: ChangeContext, change: Extract<ReviewChange, { action: 'add' }>): RecordChange {
  const source = context.tables.sources.find((candidate) => candidate.id === change.source);
  if (source === undefined) refuse('unknown_reference', ['source'], `no source "${change.source}"`, 404);
  const text = checkSpan(context.texts.get(source.id), change.span);
  const trimmed = snapSpan(text, change.span, null);
  const kind = trimmed.end > trimmed.start ? guessKind(text, snapSpan(text, trimmed, 'direct')) : 'indirect';
  const placed = snapSpan(text, trimmed, kind);
  const id = quoteIdAt(source.id, placed, idsEverUsed(context));
  const draft: Quote = {
    id,
    sourceId: source.id,
    speakerId: null,
    speakerMention: null,
    kind,
    text: ' ',
    span: null,
    prefix: '',
    suffix: '',
    quotedSegments: [],
    cue: null,
    date: unknownDate('Not yet annotated by the reviewer.'),
    origin: unknownOrigin('Not yet annotated by the reviewer.'),
    ...unannotated(),
    provenance: { method: 'curated', agent: context.who, confidence: null, note: 'Added in saidby review: the extractor did not propose it.' },
    extensions: {},
  };
  const after = placeSpan(draft, change.span, text);
  return { table: 'quotes', id: after.id, index: context.tables.quotes.length, before: null, after };
}

/**
 * Works out what a change does to the folder's tables, without writing anything: the new tables and the
 * log entry that records (and can revert) it. Throws RefusedChange naming the field when it cannot be made.
 */
export function planChange(context: ChangeContext, input: unknown): PlannedChange | null {
  const parsed = ChangeSchema.safeParse(input);
  if (!parsed.success) zodRefusal(parsed.error);
  const change = parsed.data;
  let action: LogEntry['action'];
  let quote: string | null;
  let changes: RecordChange[];
  let undoes: number | undefined;
  if (change.action === 'save') {
    ({ action, changes } = planSave(context, change));
    quote = change.quote;
  } else if (change.action === 'reject') {
    const index = context.tables.quotes.findIndex((candidate) => candidate.id === change.quote);
    if (index < 0) refuse('unknown_reference', ['quote'], `no quote "${change.quote}"`, 404);
    action = 'reject';
    quote = change.quote;
    changes = [{ table: 'quotes', id: change.quote, index, before: context.tables.quotes[index]!, after: null }];
  } else if (change.action === 'add') {
    const added = planAdd(context, change);
    action = 'add';
    quote = added.id;
    changes = [added];
  } else {
    const last = undoStack(context.log).at(-1);
    if (last === undefined) refuse('nothing_to_undo', [], 'there is no change to undo', 409);
    action = 'undo';
    quote = last.quote;
    changes = inverse(last.changes);
    undoes = last.seq;
  }
  if (changes.length === 0) return null;
  const tables = applyRecordChanges(context.tables, changes);
  const seq = (context.log.at(-1)?.seq ?? 0) + 1;
  const entry: LogEntry = { seq, at: context.now().toISOString(), who: context.who, action, quote, changes, ...(undoes === undefined ? {} : { undoes }) };
  return { entry, tables };
}
