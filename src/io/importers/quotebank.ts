import * as z from 'zod';
import { version } from '../../../package.json';
import type { SaidbyIssue } from '../../error/index.js';
import type { Quote } from '../../schema/records.js';
import type { Input, Line } from '../lines/index.js';
import { unannotated } from '../../schema/defaults.js';
import { datasetSource, importLines, namedSpeaker, unknownOrigin, type ImportState, type LineMapping } from './import.js';
import { parseJsonLine } from '../formats/index.js';
import type { PendingRecord, ReadOptions, RecordStream, TableRecord } from '../read/index.js';

const QuotebankLineSchema = z.looseObject({
  quoteID: z.string().min(1),
  quotation: z.string().min(1),
  speaker: z.string().min(1),
  qids: z.array(z.string()),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/, 'Expected "YYYY-MM-DD hh:mm:ss"'),
  numOccurrences: z.int().nonnegative(),
  probas: z.array(z.tuple([z.string(), z.union([z.string(), z.number()])])),
  urls: z.array(z.string()),
  phase: z.string().regex(/^[A-Za-z0-9]+$/).optional(),
});

/** One line of Quotebank's quotation-centric JSON-lines files. */
export type QuotebankLine = z.infer<typeof QuotebankLineSchema>;

const agent = `saidby import quotebank ${version}`;
const noSpeaker = 'None';

function probabilityOf(line: QuotebankLine): number | null {
  const entry = line.probas.find(([name]) => name === line.speaker);
  const value = entry === undefined ? Number.NaN : Number(entry[1]);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

/**
 * Maps one Quotebank quotation-centric record to saidby records: the dataset source (first time its phase is
 * seen), the speaker (first time the name is seen; `wikidata` stays null, the candidate QIDs go to
 * `extensions.quotebank.qids`) and the quote (span null: Quotebank has no offsets into an archived text).
 * Every Quotebank field except `quoteID` and `quotation` is kept as it was in `extensions.quotebank`.
 *
 * @example
 * mapQuotebankRecord(JSON.parse(line), state); // { records: [source?, speaker?, quote] } or { issues }
 */
export function mapQuotebankRecord(value: unknown, state: ImportState): LineMapping {
  const parsed = QuotebankLineSchema.safeParse(value);
  if (!parsed.success) {
    const issues: SaidbyIssue[] = parsed.error.issues.map((issue) => ({
      code: issue.code,
      path: ['quotebank', ...issue.path],
      message: `not a Quotebank quotation-centric record: ${issue.message}`,
    }));
    return { issues };
  }
  const line = parsed.data;
  const records: PendingRecord[] = [];
  const sourceId = line.phase === undefined ? 'quotebank' : `quotebank-${line.phase.toLowerCase()}`;
  if (!state.sources.has(sourceId)) {
    records.push({
      table: 'sources',
      value: datasetSource({
        id: sourceId,
        title: `Quotebank quotation-centric data${line.phase === undefined ? '' : `, phase ${line.phase}`}`,
        outlet: 'Quotebank',
        evidence: 'Quotebank aggregates quotations from many news articles; their addresses are in each quote\'s extensions.quotebank.urls',
        extensions: { quotebank: { phase: line.phase ?? null } },
      }),
    });
  }
  let speakerId: string | null = null;
  if (line.speaker !== noSpeaker) {
    const { id, isNew } = state.speakers.idOf(line.speaker);
    speakerId = id;
    if (isNew) records.push({ table: 'speakers', value: namedSpeaker(id, line.speaker, { extensions: { quotebank: { qids: line.qids } } }) });
  }
  const { quoteID, quotation, ...kept } = line;
  const day = line.date.slice(0, 10);
  const quote: Quote = {
    id: `quotebank:${quoteID}`,
    sourceId,
    speakerId,
    speakerMention: null,
    kind: 'direct',
    text: quotation,
    span: null,
    prefix: '',
    suffix: '',
    quotedSegments: [],
    cue: null,
    date: {
      value: null,
      precision: null,
      certainty: 'range',
      earliest: null,
      latest: day,
      evidence: `Quotebank: the earliest article quoting these words is dated ${line.date}; they were said on or before that day`,
    },
    origin: unknownOrigin('Quotebank does not record where the words first appeared'),
    ...unannotated(),
    provenance: {
      method: 'imported',
      agent,
      confidence: probabilityOf(line),
      note:
        'Quotebank quotation-centric record: no offsets into an archived article, so span is null. ' +
        (line.speaker === noSpeaker
          ? 'Quotebank attributes it to no speaker (most probable: "None"); confidence is that probability.'
          : "The speaker is Quotebank's most probable attribution and confidence its probability; all candidates are in extensions.quotebank.probas."),
    },
    extensions: { quotebank: kept as z.core.util.JSONType },
  };
  records.push({ table: 'quotes', value: quote });
  return { records };
}

/**
 * Imports Quotebank quotation-centric JSON lines (`quoteID`, `quotation`, `speaker`, `qids`, `date`,
 * `numOccurrences`, `probas`, `urls`, `phase`) as saidby sources, speakers and quotes, validated as they
 * stream. Yields `{ table, record }`; a line that is not JSON, not a Quotebank record, or maps to an invalid
 * record is reported with its line number and the rest is still imported.
 *
 * @example
 * const stream = importQuotebank('quotes-2020.json');
 * for await (const { table, record } of stream) write(table, record);
 * stream.summary().text; // 'read 1,000 = 999 accepted + 1 rejected (1 sources, 412 speakers, 999 quotes)'
 */
export function importQuotebank(input: Input, options: ReadOptions = {}): RecordStream<TableRecord> {
  return importLines(input, options, (line: Line, state, limits) => {
    const parsed = parseJsonLine(line, limits);
    return 'issues' in parsed ? parsed : mapQuotebankRecord(parsed.value, state);
  });
}
