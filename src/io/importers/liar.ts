import { version } from '../../../package.json';
import type { SaidbyIssue } from '../../error/index.js';
import type { Quote, Rating } from '../../schema/records.js';
import type { Input, Line } from '../lines/index.js';
import { slugOf } from '../../text/index.js';
import { unannotated } from '../../schema/defaults.js';
import { datasetSource, importLines, namedSpeaker, unknownDate, unknownOrigin, type ImportState, type LineMapping } from './import.js';
import type { PendingRecord, ReadOptions, RecordStream, TableRecord } from '../read/index.js';

/**
 * LIAR labels on PolitiFact's six-step Truth-O-Meter, as schema.org ratings: worst 1 ("pants-fire") to best 6
 * ("true"). `alternateName` is PolitiFact's wording of the label.
 */
export const liarRatings: Readonly<Record<string, Rating>> = Object.freeze({
  'pants-fire': { alternateName: 'Pants on Fire', ratingValue: 1, bestRating: 6, worstRating: 1 },
  false: { alternateName: 'False', ratingValue: 2, bestRating: 6, worstRating: 1 },
  'barely-true': { alternateName: 'Barely True', ratingValue: 3, bestRating: 6, worstRating: 1 },
  'half-true': { alternateName: 'Half True', ratingValue: 4, bestRating: 6, worstRating: 1 },
  'mostly-true': { alternateName: 'Mostly True', ratingValue: 5, bestRating: 6, worstRating: 1 },
  true: { alternateName: 'True', ratingValue: 6, bestRating: 6, worstRating: 1 },
});

const liarColumns = [
  'id',
  'label',
  'statement',
  'subjects',
  'speaker',
  'jobTitle',
  'state',
  'party',
  'barelyTrueCount',
  'falseCount',
  'halfTrueCount',
  'mostlyTrueCount',
  'pantsOnFireCount',
  'context',
] as const;

type LiarRow = Record<(typeof liarColumns)[number], string> & { justification?: string; index?: string };

const agent = `saidby import liar ${version}`;
const variants = {
  liar: { id: 'politifact-liar', title: 'LIAR: PolitiFact statements labelled for truthfulness (Wang, 2017)' },
  'liar-plus': { id: 'politifact-liar-plus', title: 'LIAR-PLUS: LIAR with justifications from the PolitiFact articles (Alhindi et al., 2018)' },
} as const;

function columnsOf(cells: string[]): { row: LiarRow; variant: keyof typeof variants } | undefined {
  const named = (values: string[]) => Object.fromEntries(liarColumns.map((name, index) => [name, values[index]!])) as LiarRow;
  if (cells.length === 14) return { row: named(cells), variant: 'liar' };
  if (cells.length === 15) return { row: { ...named(cells), justification: cells[14]! }, variant: 'liar-plus' };
  if (cells.length === 16) return { row: { ...named(cells.slice(1)), justification: cells[15]!, index: cells[0]! }, variant: 'liar-plus' };
  return undefined;
}

function count(row: LiarRow, column: keyof LiarRow, issues: SaidbyIssue[]): number | null {
  const text = (row[column] ?? '').trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) {
    issues.push({ code: 'invalid_liar_cell', path: ['liar', column], message: `${column}: expected a count, got ${JSON.stringify(text)}` });
  }
  return value;
}

function orNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Maps one LIAR (14 tab-separated columns) or LIAR-PLUS (15, or 16 with a leading row number, justification
 * last) row to saidby records: the dataset source, the speaker (first time seen) and the quote, with the label
 * as a PolitiFact `review` (see `liarRatings`). Every LIAR cell is kept in `extensions.liar`, the history counts as numbers.
 *
 * @example
 * mapLiarRow(line.text.split('\t'), state); // { records: [source?, speaker?, quote] } or { issues }
 */
export function mapLiarRow(cells: string[], state: ImportState): LineMapping {
  const columns = columnsOf(cells);
  if (columns === undefined) {
    return {
      issues: [{ code: 'wrong_column_count', path: [], message: `expected 14 tab-separated cells (LIAR) or 15-16 (LIAR-PLUS), found ${cells.length}` }],
    };
  }
  const { row, variant } = columns;
  const issues: SaidbyIssue[] = [];
  const rating = liarRatings[row.label.trim()];
  if (rating === undefined) {
    issues.push({
      code: 'invalid_value',
      path: ['liar', 'label'],
      allowed: Object.keys(liarRatings),
      message: `label: ${JSON.stringify(row.label)} is not a LIAR label`,
    });
  }
  const history = {
    barelyTrue: count(row, 'barelyTrueCount', issues),
    false: count(row, 'falseCount', issues),
    halfTrue: count(row, 'halfTrueCount', issues),
    mostlyTrue: count(row, 'mostlyTrueCount', issues),
    pantsOnFire: count(row, 'pantsOnFireCount', issues),
  };
  if (issues.length > 0 || rating === undefined) return { issues };
  const records: PendingRecord[] = [];
  const source = variants[variant];
  if (!state.sources.has(source.id)) {
    records.push({
      table: 'sources',
      value: datasetSource({
        id: source.id,
        title: source.title,
        outlet: 'PolitiFact',
        evidence: 'The LIAR files carry no publication date; each statement has PolitiFact\'s id in extensions.liar.id',
        extensions: { liar: { variant } },
      }),
    });
  }
  const speakerName = orNull(row.speaker);
  let speakerId: string | null = null;
  if (speakerName !== null) {
    const { id, isNew } = state.speakers.idOf(speakerName);
    speakerId = id;
    if (isNew) {
      records.push({
        table: 'speakers',
        value: namedSpeaker(id, speakerName, {
          role: orNull(row.jobTitle),
          extensions: { liar: { jobTitle: orNull(row.jobTitle), state: orNull(row.state), party: orNull(row.party) } },
        }),
      });
    }
  }
  const context = orNull(row.context);
  const topics = [...new Set(row.subjects.split(',').map((subject) => subject.trim()).filter(Boolean).map((subject) => slugOf(subject, 'subject')))];
  const quote: Quote = {
    id: `liar:${row.id.trim().replace(/\.json$/i, '').toLowerCase()}`,
    sourceId: source.id,
    speakerId,
    speakerMention: null,
    kind: 'indirect',
    text: row.statement.trim(),
    span: null,
    prefix: '',
    suffix: '',
    quotedSegments: [],
    cue: null,
    date: unknownDate('LIAR gives no date for the statement'),
    origin:
      context === null
        ? unknownOrigin('LIAR gives no context for the statement')
        : { outlet: context, medium: null, certainty: 'stated', evidence: 'The LIAR "context" column (venue or location of the statement, as PolitiFact recorded it)' },
    ...unannotated(),
    topics,
    review: { reviewer: 'PolitiFact', url: null, date: null, rating },
    provenance: {
      method: 'imported',
      agent,
      confidence: null,
      note: `Imported from ${variant === 'liar' ? 'LIAR' : 'LIAR-PLUS'}: the statement is PolitiFact's wording (not known to be verbatim, so kind is "indirect") and has no offsets (span null).`,
    },
    extensions: {
      liar: {
        id: row.id,
        label: row.label,
        subjects: row.subjects,
        speaker: row.speaker,
        jobTitle: row.jobTitle,
        state: row.state,
        party: row.party,
        history,
        context: row.context,
        ...(row.justification === undefined ? {} : { justification: row.justification }),
        ...(row.index === undefined ? {} : { index: row.index }),
      },
    },
  };
  records.push({ table: 'quotes', value: quote });
  return { records };
}

/**
 * Imports LIAR / LIAR-PLUS TSV (id, label, statement, subjects, speaker, job title, state, party, five history
 * counts, context[, justification]) as saidby sources, speakers and quotes with a PolitiFact review block,
 * validated as they stream. A row with the wrong number of cells, an unknown label or a bad count is reported
 * with its line number, and the rest is still imported.
 *
 * @example
 * const stream = importLiar('train.tsv');
 * const records = await stream.toArray();
 * records.filter((r) => r.table === 'quotes').length; // one per accepted row
 */
export function importLiar(input: Input, options: ReadOptions = {}): RecordStream<TableRecord> {
  return importLines(input, options, (line: Line, state: ImportState) => mapLiarRow(line.text.split('\t'), state));
}
